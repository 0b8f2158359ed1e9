import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compileArchive } from '@/lib/content/archive';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES, listFixtures, readJsonFixture } from '../support/fixtures';

// Each folder in tests/fixtures/ingest is one scrape shape; expected.json pins only what the case is about.
const expectation = z.strictObject({
  title: z.string().optional(),
  titleSource: z.string().optional(),
  slug: z.string().optional(),
  author: z.string().nullable().optional(),
  datePublished: z.string().nullable().optional(),
  datePrecision: z.string().optional(),
  dateSource: z.string().optional(),
  dateModified: z.string().nullable().optional(),
  paragraphs: z.array(z.string()).optional(),
  paragraphCount: z.number().optional(),
  headings: z.array(z.string()).optional(),
  removed: z.record(z.string(), z.string()).optional(),
  mustNotAppear: z.array(z.string()).optional(),
  publishedCount: z.number().optional(),
});

for (const name of listFixtures('ingest')) {
  describe(`ingest fixture “${name}”`, () => {
    const want = expectation.parse(readJsonFixture('ingest', name, 'expected.json'));
    const file = path.join(FIXTURES, 'ingest', name, 'input.txt');
    const archive = compileArchive([{ path: file, bytes: readFileSync(file) }]);
    const article = archive.articles.find((a) => a.derivedFrom === null);
    const paragraphs = article?.body.filter((b) => b.kind === 'paragraph').map((b) => b.text);

    it('publishes without errors', () => {
      expect(archive.rejected).toEqual([]);
      expect(archive.articles).toHaveLength(want.publishedCount ?? 1);
    });
    if (want.title !== undefined) it('finds the headline', () => expect(article?.title.value).toBe(want.title));
    if (want.titleSource !== undefined) it('records where the title came from', () => expect(article?.title.source).toBe(want.titleSource));
    if (want.slug !== undefined) it('makes a readable ASCII slug', () => expect(article?.slug).toBe(want.slug));
    if (want.author !== undefined) it('reads the byline', () => expect(article?.author?.value ?? null).toBe(want.author));
    if (want.datePublished !== undefined) it('dates the story', () => expect(article?.datePublished.value).toBe(want.datePublished));
    if (want.datePrecision !== undefined) it('keeps the date’s precision', () => expect(article?.datePublished.precision).toBe(want.datePrecision));
    if (want.dateSource !== undefined) it('says where the date came from', () => expect(article?.datePublished.source).toBe(want.dateSource));
    if (want.dateModified !== undefined) it('sets the modification date', () => expect(article?.dateModified?.value ?? null).toBe(want.dateModified));
    if (want.paragraphs !== undefined) it('segments the paragraphs', () => expect(paragraphs).toEqual(want.paragraphs));
    if (want.paragraphCount !== undefined) it('counts the paragraphs', () => expect(paragraphs).toHaveLength(want.paragraphCount ?? 0));
    if (want.headings !== undefined)
      it('keeps the section headings', () => expect(article?.body.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(want.headings));
    if (want.removed !== undefined)
      it('records each removed line with its reason', () => {
        const removed = new Map(article?.removed.map((r) => [String(r.line), r.reason]));
        for (const [line, reason] of Object.entries(want.removed ?? {})) expect(removed.get(line), `line ${line}`).toBe(reason);
      });
    if (want.mustNotAppear !== undefined)
      it('lets no furniture into the body', () => {
        const text = [article?.title.value, ...(article?.body.map((b) => b.text) ?? [])].join('\n');
        for (const s of want.mustNotAppear ?? []) expect(text).not.toContain(s);
      });
  });
}
