/**
 * The story pages of the built export, read back as plain text: what a reader sees on each story
 * page, so browser tests can compute what a tag page or a search must list by a brute-force scan
 * of the export itself, whatever content/ holds, without asking lib/content (the code under test).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { exportPages } from './export-pages';

export type BuiltStory = {
  /** `/articles/<slug>/`. */
  urlPath: string;
  /** The path of its canonical URL: another story's for a republished copy, its own otherwise. */
  canonicalPath: string;
  /** The headline (the page's h1), whitespace collapsed. */
  title: string;
  /** Each heading and paragraph of the story body, in order, whitespace collapsed; the ¶ self-links left out. */
  blocks: string[];
  /** Every `/tags/<slug>/` the page links to, anywhere on it (body entity links, the story's tag list). */
  tagLinks: Set<string>;
  /** The date the search index sorts it by (its `data-pagefind-sort="date"`), or null when undated. */
  date: string | null;
};

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** One story page's HTML read back (null when the page has no story body, as a redirect stub has not). */
export function readStory(urlPath: string, html: string): BuiltStory | null {
  const root = parse(html);
  const body = root.querySelector('[data-pagefind-body]');
  if (!body) return null;
  for (const anchor of body.querySelectorAll('a.paragraph-anchor')) anchor.remove();
  const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const tagLinks = new Set(
    root
      .querySelectorAll('a[href^="/tags/"]')
      .map((a) => a.getAttribute('href') ?? '')
      .filter((href) => /^\/tags\/[^/]+\/$/.test(href)),
  );
  return {
    urlPath,
    canonicalPath: canonical ? new URL(canonical, 'http://x').pathname : urlPath,
    title: collapse(root.querySelector('h1')?.text ?? ''),
    blocks: body.querySelectorAll('p, h2, h3, h4, li, blockquote').map((el) => collapse(el.text)).filter(Boolean),
    tagLinks,
    date: root.querySelector('[data-pagefind-sort="date"]')?.text.trim() || null,
  };
}

const cache = new Map<string, BuiltStory[]>();

/** Every story page of the export at `root` (its `/articles/<slug>/` pages), sorted by path; read once per run. */
export function builtStories(root: string): BuiltStory[] {
  const key = path.resolve(root);
  const known = cache.get(key);
  if (known) return known;
  const stories = exportPages(root)
    .filter((p) => p.kind === 'page' && /^\/articles\/[^/]+\/$/.test(p.urlPath))
    .flatMap((p) => readStory(p.urlPath, readFileSync(p.file, 'utf8')) ?? []);
  cache.set(key, stories);
  return stories;
}

/** Lowercase without diacritics, as Pagefind compares words ("Bélarus" and "belarus" are one word to it). */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}
