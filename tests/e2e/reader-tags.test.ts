/**
 * The featured tag pages list the stories that name the entity, checked against the built export
 * itself: a brute-force whole-word scan of every story page's text with the entity's forms from the
 * test's own gazetteer fixture (tests/e2e/support/gazetteer-forms.ts), never lib/content's tagger
 * and never an assumption about which stories content/ holds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FEATURED_ENTITIES } from '@/lib/featured';
import { paths } from '@/lib/paths';
import { closeBrowser, openPage } from './support/browser';
import { builtStories, type BuiltStory } from './support/built-stories';
import { mentionTest } from './support/gazetteer-forms';
import { baseUrl, exportRoot } from './support/served';

afterAll(closeBrowser);

const SEEDS = path.resolve(import.meta.dirname, '../fixtures/seeds');

/** The headlines of the seeds, from their hand-written fixtures (tests/fixtures/seeds/*.json). */
function seedTitles(): Set<string> {
  const seed = z.object({ title: z.string() });
  return new Set(readdirSync(SEEDS).filter((f) => f.endsWith('.json')).map((f) => seed.parse(JSON.parse(readFileSync(path.join(SEEDS, f), 'utf8'))).title));
}

/** Original stories (a republished copy is listed once, under its original: README, Republications). */
const originals = (): BuiltStory[] => builtStories(exportRoot()).filter((s) => s.canonicalPath === s.urlPath);

/** The paths of the stories whose own text (headline and body) names `slug` by the fixture's forms. */
function storiesNaming(slug: string): string[] {
  const names = mentionTest(slug);
  if (!names) throw new Error(`the gazetteer fixture has no entry ${slug}`);
  return originals()
    .filter((s) => names(s.title) || s.blocks.some(names))
    .map((s) => s.urlPath)
    .sort();
}

describe('the requested tag pages', () => {
  for (const slug of FEATURED_ENTITIES) {
    it(`lists on /tags/${slug}/ exactly the stories whose own text mentions it, across all its pages`, async () => {
      expect((await fetch(new URL(paths.tag(slug), baseUrl()))).status, `${slug} has a tag page`).toBe(200);
      const { page, close } = await openPage(paths.tag(slug), { javaScript: false });
      try {
        // Walk the tag's static pages through their rel=next links: its first page (the latest), then the
        // numbered pages from the newest down to page 1, which between them hold every story once.
        const perPage: string[][] = [];
        for (let pages = 0; pages < 1_000; pages++) {
          perPage.push(await page.locator('#stories-heading ~ ol > li h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')));
          const next = (await page.locator('link[rel="next"]').count()) ? await page.locator('link[rel="next"]').getAttribute('href') : null;
          if (!next) break;
          await page.goto(new URL(next, page.url()).href);
        }
        // With numbered pages, the first page repeats the newest of them.
        const listed = (perPage.length > 1 ? perPage.slice(1) : perPage).flat();
        expect(new Set(listed).size).toBe(listed.length);
        expect(listed.length).toBeGreaterThan(0);
        const listedSet = new Set(listed);
        const naming = storiesNaming(slug);
        // Every story that names it as the gazetteer writes it is listed (other languages' inflected
        // forms, which the fixture cannot spell out, may add more stories, never fewer).
        expect(naming.filter((p) => !listedSet.has(p))).toEqual([]);
        // Every listed story is an original story page of the export that links this tag itself.
        const byPath = new Map(originals().map((s) => [s.urlPath, s]));
        expect(listed.filter((p) => !byPath.get(p)?.tagLinks.has(paths.tag(slug)))).toEqual([]);
        // On the seeds, whose text the fixtures pin, the list is exact: a seed is listed if and only if it names the entity.
        const seeds = originals().filter((s) => seedTitles().has(s.title));
        expect(seeds.filter((s) => listedSet.has(s.urlPath)).map((s) => s.urlPath).sort()).toEqual(naming.filter((p) => seeds.some((s) => s.urlPath === p)));
      } finally {
        await close();
      }
    });
  }
});
