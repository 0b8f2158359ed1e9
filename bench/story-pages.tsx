/**
 * `CONTENT_DIR=<folder> NODE_ENV=production npx tsx bench/story-pages.tsx` — what the site's own code
 * costs per story page, without Next: every story's `ArticleView` and `JsonLd` rendered with React's
 * `renderToStaticMarkup`, with its `metadataFor` and `jsonLdFor`, on a store built first (its compile
 * is not counted). Prints CPU ms per page, best of PASSES (default 5) after a warm-up pass that also
 * resolves every story's joins (timed apart), and a hash of the pages' HTML, so two trees can be
 * compared for both cost and output (run them interleaved: the machine is shared). Not a test.
 */
import { createHash } from 'node:crypto';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ArticleView } from '@/components/article-view';
import { JsonLd } from '@/components/json-ld';
import { getArticles, getStoryJoins } from '@/lib/content';
import { jsonLdFor, metadataFor } from '@/lib/seo';

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const storeStart = cpuMs();
const articles = getArticles();
const storeMs = cpuMs() - storeStart;
const joinsStart = cpuMs();
for (const article of articles) getStoryJoins(article);
const joinsMs = (cpuMs() - joinsStart) / articles.length;

/** One story page's server components as HTML. */
function renderPage(article: (typeof articles)[number]): string {
  const joins = getStoryJoins(article);
  const seo = { kind: 'article' as const, article, entities: joins.entities, original: joins.republished.copyOf?.article ?? null };
  metadataFor(seo);
  return renderToStaticMarkup(createElement('div', null, createElement(JsonLd, { data: jsonLdFor(seo) }), createElement(ArticleView, { article, joins })));
}

const digest = createHash('sha256');
for (const article of articles) digest.update(renderPage(article));
const passes = Number(process.env.PASSES ?? 5);
const perPage: number[] = [];
for (let pass = 0; pass < passes; pass++) {
  const start = cpuMs();
  for (const article of articles) renderPage(article);
  perPage.push((cpuMs() - start) / articles.length);
}
perPage.sort((a, b) => a - b);

console.log(`| stories | store built, CPU ms | first joins, CPU ms a story | story page, CPU ms (best of ${passes}) | median | HTML sha256 |`);
console.log('| --: | --: | --: | --: | --: | --- |');
console.log(`| ${articles.length} | ${storeMs.toFixed(0)} | ${joinsMs.toFixed(2)} | ${perPage[0]?.toFixed(2)} | ${perPage[Math.floor(passes / 2)]?.toFixed(2)} | ${digest.digest('hex').slice(0, 16)} |`);
