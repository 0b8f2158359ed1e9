import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { exportPages } from './support/export-pages';
import { exportRoot } from './support/served';

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
      if (other) problems.push(`${page.urlPath} repeats the title of ${other}: "${title}"`);
      seen.set(title, page.urlPath);
    }
    expect(problems).toEqual([]);
  });

  it('has a meta description', () => {
    expect(content.filter((p) => headOf(p.file).description === '').map((p) => p.urlPath)).toEqual([]);
  });

  it('has one absolute canonical URL whose path is the page’s own', () => {
    const problems = content.flatMap((page) => {
      const { canonical } = headOf(page.file);
      if (canonical.length !== 1) return [`${page.urlPath}: ${canonical.length} canonical links`];
      let url: URL;
      try {
        url = new URL(canonical[0] ?? '');
      } catch {
        return [`${page.urlPath}: canonical "${canonical[0]}" is not an absolute URL`];
      }
      return url.pathname === page.urlPath ? [] : [`${page.urlPath}: canonical points at ${url.pathname}`];
    });
    expect(problems).toEqual([]);
  });

  it('is served by an export with a home page and a not-found page', () => {
    expect(content.map((p) => p.urlPath)).toContain('/');
    expect(pages.map((p) => p.urlPath)).toContain('/404.html');
  });
});
