/**
 * JSON-LD on every page of the export: it parses, carries the fields search
 * engines read, and every `url`/`@id`/`item` on our origin is a page (or file)
 * that exists in the export.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getArticles, getEntity } from '@/lib/content';
import { paths } from '@/lib/paths';
import { MENTIONS_MAX } from '@/lib/seo/json-ld';
import { exportPages } from '../support/export-pages';
import { exportRoot } from '../support/served';
import { documentOf, resolvesInExport, siteOrigin } from './export-site';

type Json = unknown;
const origin = siteOrigin();
const pages = exportPages(exportRoot()).filter((p) => p.kind === 'page');

function blocksOf(file: string): { raw: string; data: Record<string, Json> }[] {
  return documentOf(file)
    .querySelectorAll('script[type="application/ld+json"]')
    .map((s) => {
      const data: unknown = JSON.parse(s.rawText);
      if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${file}: JSON-LD is not an object`);
      return { raw: s.rawText, data: Object.fromEntries(Object.entries(data)) };
    });
}

/** Every string under a `url`, `@id`, `item` or `mainEntityOfPage` key, at any depth. */
function linksIn(value: Json, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => linksIn(v, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (['url', '@id', 'item', 'mainEntityOfPage'].includes(key) && typeof v === 'string') out.push(v);
      else linksIn(v, out);
    }
  }
  return out;
}

const typeOf = (block: { data: Record<string, Json> }) => block.data['@type'];

describe('JSON-LD on every page', () => {
  it('parses on every content page, and escapes "<" so no text can close the script', () => {
    const problems = pages.flatMap((p) => {
      try {
        const blocks = blocksOf(p.file);
        if (blocks.length === 0) return [`${p.urlPath}: no JSON-LD`];
        return blocks.filter((b) => b.raw.includes('<')).map(() => `${p.urlPath}: raw "<" in JSON-LD`);
      } catch (error) {
        return [`${p.urlPath}: ${String(error)}`];
      }
    });
    expect(problems).toEqual([]);
  });

  it('links only to pages that exist in the export (for URLs on the site origin)', () => {
    const broken = pages.flatMap((p) =>
      blocksOf(p.file)
        .flatMap((b) => linksIn(b.data))
        .map((url) => url.split('#')[0] ?? url)
        .filter((url) => url.startsWith(origin) && !resolvesInExport(url))
        .map((url) => `${p.urlPath} → ${url}`),
    );
    expect(broken).toEqual([]);
  });

  it('has a BreadcrumbList on every page below home, ending at the page itself', () => {
    const problems = pages
      .filter((p) => p.urlPath !== '/' && !p.urlPath.startsWith('/404'))
      .flatMap((p) => {
        const crumbs = blocksOf(p.file).find((b) => typeOf(b) === 'BreadcrumbList');
        const items = crumbs?.data.itemListElement;
        if (!Array.isArray(items) || items.length < 2) return [`${p.urlPath}: no breadcrumbs`];
        const last: unknown = items.at(-1);
        const item = last && typeof last === 'object' && 'item' in last ? last.item : null;
        return item === `${origin}${p.urlPath}` ? [] : [`${p.urlPath}: last crumb is ${String(item)}`];
      });
    expect(problems).toEqual([]);
  });
});

describe.each(getArticles().map((a) => [a.slug, a] as const))('the NewsArticle of %s', (slug, article) => {
  const page = pages.find((p) => p.urlPath === paths.article(slug));
  const news = page ? blocksOf(page.file).find((b) => typeOf(b) === 'NewsArticle')?.data : undefined;

  it('names the story, its dates at their precision, author, source and image', () => {
    expect(news).toMatchObject({
      headline: article.title.value,
      url: `${origin}${paths.article(slug)}`,
      image: { url: `${origin}${paths.articleImage(slug)}`, width: 1200, height: 630 },
      // The file's own name, never the folder the build read it from.
      isBasedOn: { name: path.basename(article.sourceFile) },
    });
    expect(news?.datePublished).toBe(article.datePublished.value ?? undefined);
    expect(news?.dateModified).toBe(article.dateModified?.value ?? article.datePublished.value ?? undefined);
    if (article.author) expect(news?.author).toMatchObject({ name: article.author.value });
    if (article.outlet) expect(news?.sourceOrganization).toMatchObject({ name: article.outlet.value });
  });

  it('lists its most salient tagged entities in about (3) and mentions (at most MENTIONS_MAX) with the URL of each tag page', () => {
    const things = [news?.about, news?.mentions].flat().filter(Boolean);
    const urls = linksIn(things);
    const expected = article.entities
      .filter((e) => getEntity(e.slug))
      .slice(0, 3 + MENTIONS_MAX)
      .map((e) => `${origin}${paths.tag(e.slug)}`);
    expect(urls.sort()).toEqual(expected.sort());
  });
});

describe('collection pages', () => {
  const collections = pages.filter((p) => /^\/(tags\/[^/]+|timeline)\//.test(p.urlPath) && !p.urlPath.startsWith('/tags/by-count'));

  it('mark every tag page and timeline page as a CollectionPage with an ItemList of stories', () => {
    expect(collections.length).toBeGreaterThan(0);
    const problems = collections.flatMap((p) => {
      const page = blocksOf(p.file).find((b) => typeOf(b) === 'CollectionPage')?.data;
      const list = page?.mainEntity;
      if (!list || typeof list !== 'object' || !('itemListElement' in list) || !Array.isArray(list.itemListElement)) return [`${p.urlPath}: no ItemList`];
      const urls = linksIn(list.itemListElement);
      // A tag page past its stories carries only the rest of the entity's events: its list of stories is rightly empty.
      const eventsOnly = p.urlPath.startsWith('/tags/') && documentOf(p.file).querySelector('#stories-heading ~ ol') === null;
      if (urls.length === 0 && !eventsOnly) return [`${p.urlPath}: empty ItemList`];
      return urls.filter((u) => !u.startsWith(`${origin}/articles/`)).map((u) => `${p.urlPath}: item ${u} is not a story`);
    });
    expect(problems).toEqual([]);
  });
});
