/**
 * Pagefind search on /search/, in Chromium against the nginx-served export:
 * the index holds story bodies only, finds the right stories, highlights the
 * terms, filters and sorts; without JavaScript the page says so.
 *
 * What a search must find is computed from the export itself (every story page's body text,
 * tests/e2e/support/built-stories.ts), so it holds whatever content/ holds.
 *
 * Stories are indexed in one Pagefind bundle per language, merged by the search page. Pagefind
 * answers a word a bundle lacks with the longest prefix of it the bundle has (Pagefind PR #315:
 * "STILET" finds the Czech preposition "s", "Palanez" the Swedish "på"), so a bundle without the
 * word adds stories that only contain such a prefix. Those results are told apart by their
 * highlighted words, all strict prefixes of the term, and checked to be exactly that; every other
 * result must mention the term.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { paths } from '@/lib/paths';
import { closeBrowser, openPage } from '../support/browser';
import { builtStories, foldForSearch } from '../support/built-stories';
import { exportRoot } from '../support/served';

afterAll(closeBrowser);

const stories = () => builtStories(exportRoot());

/** A word that begins with `term`, diacritics and case folded as Pagefind folds them (it matches the last word as a prefix). */
const beginsWith = (term: string) => new RegExp(`(^|[^\\p{L}\\p{N}])${foldForSearch(term)}`, 'u');

/** Stories whose body has a word beginning with `term`. */
function storiesMentioning(term: string): string[] {
  const word = beginsWith(term);
  return stories()
    .filter((s) => s.blocks.some((b) => word.test(foldForSearch(b))))
    .map((s) => s.urlPath)
    .sort();
}

type Hit = { url: string; marks: string[] };

/**
 * Splits results into those that matched `term` (a highlighted word begins with it) and Pagefind's
 * prefix fallbacks (every highlighted word a strict prefix of it; the excerpt may show none); throws
 * on a result that is neither. A story that mentions the term but shows no such highlight lands among
 * the fallbacks, so comparing the matched ones with the stories that mention it still catches it.
 */
function splitHits(term: string, hits: Hit[]): { matched: string[]; fallbacks: string[] } {
  const folded = foldForSearch(term);
  const word = (m: string) => foldForSearch(m).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const matched = new Set<string>();
  const fallbacks = new Set<string>();
  for (const { url, marks } of hits) {
    const path = new URL(url, 'http://x').pathname;
    if (marks.some((m) => word(m).startsWith(folded))) matched.add(path);
    else if (marks.every((m) => word(m).length > 0 && word(m).length < folded.length && folded.startsWith(word(m)))) fallbacks.add(path);
    else throw new Error(`${path} was found for "${term}" with highlights ${JSON.stringify(marks)}`);
  }
  return { matched: [...matched].sort(), fallbacks: [...fallbacks].filter((p) => !matched.has(p)).sort() };
}

async function searchFor(term: string) {
  const opened = await openPage('/search/', { javaScript: true });
  const { page } = opened;
  await page.locator('.pagefind-ui__search-input').fill(term);
  await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
  // Results render in a batch; wait until the count settles.
  await page.waitForFunction(() => !document.querySelector('.pagefind-ui__loading'));
  // Pagefind's UI shows the first few results and a "Load more results" button: open them all,
  // so the test holds however many stories mention the term.
  for (let more = 0; more < 100 && (await page.locator('button.pagefind-ui__button').count()) > 0; more++) {
    await page.locator('button.pagefind-ui__button').click();
    await page.waitForFunction(() => !document.querySelector('.pagefind-ui__loading'));
  }
  const hits: Hit[] = await page.locator('li.pagefind-ui__result').evaluateAll((items) =>
    items.flatMap((li) => [...li.querySelectorAll('.pagefind-ui__result-link')].map((a) => ({ url: a.getAttribute('href') ?? '', marks: [...li.querySelectorAll('mark')].map((m) => m.textContent ?? '') }))),
  );
  return { ...opened, hits };
}

/** Searches every merged bundle through Pagefind's own API, as the search page does. */
const SEARCH_ALL_BUNDLES = (term: string) => `(async () => {
  const pagefind = await import('/pagefind/pagefind.js');
  const merged = await (await fetch('/pagefind/merge-index.json')).json();
  for (const { bundlePath, language } of merged) await pagefind.mergeIndex(bundlePath, { language });
  const search = await pagefind.search(${JSON.stringify(term)});
  return Promise.all(search.results.map(async (r) => { const d = await r.data(); return { url: d.url, content: d.content, excerpt: d.excerpt }; }));
})()`;

describe('search', () => {
  for (const term of ['STILET', 'Palanez']) {
    it(`finds exactly the stories whose text mentions "${term}", highlights it, and a result opens the story`, async () => {
      const expected = storiesMentioning(term);
      expect(expected.length).toBeGreaterThan(0);
      const { page, hits, problems, close } = await searchFor(term);
      try {
        // Sub-results (sections of a story) link to the same page with a fragment.
        expect(splitHits(term, hits).matched).toEqual(expected);
        await page.locator('.pagefind-ui__result-link').first().click();
        await page.waitForURL((url) => expected.includes(url.pathname));
        expect(problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
      } finally {
        await close();
      }
    });
  }

  it('indexes story bodies only: every story once, and none of the header, footer, share or tag text', async () => {
    const { page, close } = await openPage('/search/', { javaScript: true });
    try {
      // A string, so the test runner does not rewrite the browser's dynamic import.
      const found: unknown = await page.evaluate(SEARCH_ALL_BUNDLES('Belarus'));
      const results = z.array(z.object({ url: z.string(), content: z.string(), excerpt: z.string() })).parse(found);
      const marksOf = (excerpt: string) => [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1] ?? '');
      const { matched } = splitHits('Belarus', results.map((r) => ({ url: r.url, marks: marksOf(r.excerpt) })));
      expect(matched).toEqual(storiesMentioning('Belarus'));
      expect(new Set(results.map((r) => r.url)).size).toBe(results.length);
      const byPath = new Map(stories().map((s) => [s.urlPath, s]));
      for (const { url, content } of results) {
        const opening = byPath.get(url)?.blocks[0]?.slice(0, 40) ?? '';
        expect(opening.length, `${url} is a story page with a body`).toBeGreaterThan(0);
        expect(content.startsWith(opening), `${url} starts with its first paragraph`).toBe(true);
        for (const chrome of ['Skip to content', 'Belarus Defence Archive', 'Copy link', 'Permalink', '¶', 'Related stories']) expect(content).not.toContain(chrome);
      }
    } finally {
      await close();
    }
  });

  it('sorts by date when asked, newest first', async () => {
    const { page, close } = await openPage('/search/?q=Belarus&sort=newest', { javaScript: true });
    try {
      await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
      await page.waitForFunction(() => !document.querySelector('.pagefind-ui__loading'));
      const hrefs = await page.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      // Each story's date as its own page gives it to the index.
      const dateOf = new Map(stories().map((s) => [s.urlPath, s.date]));
      const pages = [...new Set(hrefs.map((h) => new URL(h, 'http://x').pathname))];
      const dates = pages.map((p) => dateOf.get(p)).filter((d): d is string => Boolean(d));
      expect(dates.length).toBeGreaterThan(1);
      expect(dates).toEqual([...dates].sort().reverse());
      await expect(page.locator('#search-sort').inputValue()).resolves.toBe('newest');
    } finally {
      await close();
    }
  });

  it('without JavaScript, says search needs it and links to the tag index', async () => {
    const { page, close } = await openPage('/search/', { javaScript: false });
    try {
      const notice = page.locator('p', { hasText: 'Search needs JavaScript' });
      await expect(notice.isVisible()).resolves.toBe(true);
      await expect(notice.locator(`a[href="${paths.tags()}"]`).count()).resolves.toBe(1);
    } finally {
      await close();
    }
  });
});
