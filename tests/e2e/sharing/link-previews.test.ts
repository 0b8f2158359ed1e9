/**
 * Every story page read as a link-preview client (Slack, Telegram, Facebook)
 * reads it: title, description, og:image → a real PNG of the declared size.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getArticles, getEntity, getStoryJoins } from '@/lib/content';
import { summarise } from '@/lib/seo/summary';
import { paths } from '@/lib/paths';
import { baseUrl } from '../support/browser';
import { documentOf, fileForUrl, metaContent, metaContents, pngSize, siteOrigin } from './export-site';
import { exportRoot } from '../support/served';
import path from 'node:path';

const origin = siteOrigin();
const articles = getArticles();

describe.each(articles.map((a) => [a.slug, a] as const))('the story page %s, as a link preview sees it', (slug, article) => {
  const doc = documentOf(path.join(exportRoot(), paths.article(slug), 'index.html'));

  it('has a title and og:title naming the story', () => {
    // <title> is the headline (plus the site name when it fits in 70 characters), or the headline cut on a word.
    const title = (doc.querySelector('title')?.text ?? '').replace(/ · Belarus Defence Archive$/, '');
    expect(title.length).toBeLessThanOrEqual(70);
    expect(title === article.title.value || (title.endsWith('…') && article.title.value.startsWith(`${title.slice(0, -1)} `))).toBe(true);
    expect(metaContent(doc, 'og:title')).toBe(article.title.value);
    expect(metaContent(doc, 'twitter:title')).toBe(article.title.value);
  });

  it('describes the story with its opening text, cut on a word boundary', () => {
    const description = metaContent(doc, 'description');
    expect(description).toBe(summarise(article.body));
    expect(metaContent(doc, 'og:description')).toBe(description);
    const opening = article.body.filter((b) => b.kind === 'paragraph').map((b) => b.text.replace(/\s+/g, ' ').trim()).join(' ');
    const kept = description.replace(/…$/, '');
    expect(opening.startsWith(kept)).toBe(true);
    if (description.endsWith('…')) expect(opening[kept.length]).toMatch(/[\s,;:.–—-]/);
  });

  it('is an og:type article with its real-precision date, author and a tag per entity', () => {
    expect(metaContent(doc, 'og:type')).toBe('article');
    expect(metaContent(doc, 'article:published_time')).toBe(article.datePublished.value ?? '');
    expect(metaContent(doc, 'article:modified_time')).toBe(article.dateModified?.value ?? '');
    expect(metaContents(doc, 'article:author')).toEqual(article.author ? [article.author.value] : []);
    const names = article.entities.flatMap((e) => getEntity(e.slug)?.name ?? []);
    expect(metaContents(doc, 'article:tag').sort()).toEqual(names.sort());
  });

  it('points og:image and twitter:image at a real 1200×630 PNG in the export, with alt text', async () => {
    const image = metaContent(doc, 'og:image');
    expect(image.startsWith(`${origin}/`)).toBe(true);
    expect(image).toMatch(/\.png$/);
    const file = fileForUrl(image);
    expect(file).not.toBeNull();
    const size = pngSize(readFileSync(file ?? ''));
    expect(size).toEqual({ width: Number(metaContent(doc, 'og:image:width')), height: Number(metaContent(doc, 'og:image:height')) });
    expect(size).toEqual({ width: 1200, height: 630 });
    expect(metaContent(doc, 'og:image:alt')).toMatch(/\S/);
    expect(metaContent(doc, 'twitter:card')).toBe('summary_large_image');
    expect(metaContent(doc, 'twitter:image')).toBe(image);
    // nginx serves it as a PNG, as a crawler fetching it would see.
    const response = await fetch(new URL(new URL(image).pathname, baseUrl()));
    expect(response.headers.get('content-type')).toBe('image/png');
  });

  it('has an absolute canonical URL on the site origin (a republished copy names its original)', () => {
    const original = getStoryJoins(article).republished.copyOf?.article;
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${origin}${paths.article(original?.slug ?? slug)}`);
    expect(metaContent(doc, 'og:url')).toBe(`${origin}${paths.article(slug)}`);
  });
});
