import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { getArticle, getStoryJoins } from '@/lib/content';
import { paths } from '@/lib/paths';
import { exportPages } from './support/export-pages';
import { exportRoot } from './support/served';

/** The story a page of the export shows, when it is a story page. */
const storyAt = (urlPath: string) => {
  const slug = /^\/articles\/([^/]+)\/$/.exec(urlPath)?.[1];
  return slug === undefined ? undefined : getArticle(slug);
};

/** Where a page's canonical URL must point: its own path, or, for a republished copy, its original's. */
const canonicalPathOf = (urlPath: string) => {
  const story = storyAt(urlPath);
  const original = story ? getStoryJoins(story).republished.copyOf : null;
  return original ? paths.article(original.article.slug) : urlPath;
};

/** Two story pages may share a title when their files carry the same headline (a republication, two reports under one headline). */
const sameHeadline = (a: string, b: string) => {
  const [x, y] = [storyAt(a), storyAt(b)];
  return x !== undefined && y !== undefined && x.title.value === y.title.value;
};

const pages = exportPages(exportRoot());
const content = pages.filter((p) => p.kind === 'page');

function headOf(file: string) {
  const root = parse(readFileSync(file, 'utf8'));
  return {
    lang: root.querySelector('html')?.getAttribute('lang')?.trim() ?? '',
    titles: root.querySelectorAll('head title').map((t) => t.text.trim()),
    description: root.querySelector('meta[name="description"]')?.getAttribute('content')?.trim() ?? '',
    canonical: root.querySelectorAll('link[rel="canonical"]').map((l) => l.getAttribute('href') ?? ''),
  };
}

describe('every page of the export', () => {
  it('declares a language on <html>', () => {
    expect(pages.filter((p) => headOf(p.file).lang === '').map((p) => p.urlPath)).toEqual([]);
  });

  it('has exactly one non-empty title, and no two content pages share one', () => {
    const seen = new Map<string, string>();
    const problems: string[] = [];
    for (const page of content) {
      const { titles } = headOf(page.file);
      if (titles.length !== 1 || !titles[0]) problems.push(`${page.urlPath}: ${titles.length} titles ${JSON.stringify(titles)}`);
      const title = titles[0] ?? '';
      const other = seen.get(title);
      if (other && !sameHeadline(other, page.urlPath)) problems.push(`${page.urlPath} repeats the title of ${other}: "${title}"`);
      seen.set(title, page.urlPath);
    }
    expect(problems).toEqual([]);
  });

  it('has a meta description', () => {
    expect(content.filter((p) => headOf(p.file).description === '').map((p) => p.urlPath)).toEqual([]);
  });

  it('has one absolute canonical URL whose path is the page’s own (a republished copy’s: its original’s)', () => {
    const problems = content.flatMap((page) => {
      const { canonical } = headOf(page.file);
      if (canonical.length !== 1) return [`${page.urlPath}: ${canonical.length} canonical links`];
      let url: URL;
      try {
        url = new URL(canonical[0] ?? '');
      } catch {
        return [`${page.urlPath}: canonical "${canonical[0]}" is not an absolute URL`];
      }
      return url.pathname === canonicalPathOf(page.urlPath) ? [] : [`${page.urlPath}: canonical points at ${url.pathname}`];
    });
    expect(problems).toEqual([]);
  });

  it('is served by an export with a home page and a not-found page', () => {
    expect(content.map((p) => p.urlPath)).toContain('/');
    expect(pages.map((p) => p.urlPath)).toContain('/404.html');
  });
});
