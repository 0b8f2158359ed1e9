import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compileArchive } from '@/lib/content/archive';
import { readContentFiles } from '@/lib/content/source/read-folder';
import { compileSource } from '@/lib/content/compile-source';
import { readFileSync } from 'node:fs';
import { listFixtures, readJsonFixture, SEED_CONTENT } from '../support/fixtures';

const expectation = z.strictObject({
  title: z.string(),
  titleSource: z.string(),
  datePublished: z.string().nullable(),
  datePrecision: z.string(),
  dateSource: z.string(),
  dateModified: z.string().nullable(),
  author: z.string().nullable(),
  outlet: z.string().nullable(),
  outletSource: z.string().nullable(),
  firstParagraph: z.string(),
  lastParagraph: z.string(),
  headings: z.array(z.string()),
  paragraphCount: z.number().optional(),
  removed: z.record(z.string(), z.string()),
  mustNotAppear: z.array(z.string()),
  derivedFrom: z.string().nullable(),
});

const archive = compileArchive(readContentFiles(SEED_CONTENT));

describe('the five seeds compile as pinned', () => {
  it('publishes every seed and rejects nothing', () => {
    expect(archive.rejected).toEqual([]);
    expect(listFixtures('seeds', '.json').map((f) => f.replace(/\.json$/, ''))).toEqual(archive.articles.map((a) => a.id).sort());
  });

  for (const file of listFixtures('seeds', '.json')) {
    const id = file.replace(/\.json$/, '');
    const want = expectation.parse(readJsonFixture('seeds', file));
    describe(id, () => {
      const article = archive.articles.find((a) => a.id === id);
      const paragraphs = article?.body.filter((b) => b.kind === 'paragraph').map((b) => b.text) ?? [];
      const bodyText = article?.body.map((b) => b.text).join('\n') ?? '';

      it('has the pinned title and its source', () => {
        expect(article?.title.value).toBe(want.title);
        expect(article?.title.source).toBe(want.titleSource);
      });
      it('has the pinned publication date, precision and source', () => {
        expect(article?.datePublished.value).toBe(want.datePublished);
        expect(article?.datePublished.precision).toBe(want.datePrecision);
        expect(article?.datePublished.source).toBe(want.dateSource);
        expect(article?.dateModified?.value ?? null).toBe(want.dateModified);
      });
      it('has the pinned author and outlet', () => {
        expect(article?.author?.value ?? null).toBe(want.author);
        expect(article?.outlet?.value ?? null).toBe(want.outlet);
        expect(article?.outlet?.source ?? null).toBe(want.outletSource);
      });
      it('starts and ends the body on the pinned paragraphs', () => {
        expect(paragraphs[0]?.startsWith(want.firstParagraph)).toBe(true);
        expect(paragraphs.at(-1)?.startsWith(want.lastParagraph)).toBe(true);
        if (want.paragraphCount !== undefined) expect(paragraphs).toHaveLength(want.paragraphCount);
      });
      it('keeps exactly the pinned section headings', () => {
        expect(article?.body.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(want.headings);
      });
      it('records the pinned removed lines with their reasons', () => {
        const removed = new Map(article?.removed.map((r) => [String(r.line), r.reason]));
        for (const [line, reason] of Object.entries(want.removed)) expect(removed.get(line), `line ${line}`).toBe(reason);
      });
      it('lets no removed line or known furniture survive in the body', () => {
        for (const r of article?.removed ?? []) expect(article?.body.some((b) => b.text === r.text)).toBe(false);
        for (const text of want.mustNotAppear) expect(bodyText).not.toContain(text);
      });
      it('points a recovered article at its parent file', () => {
        expect(article?.derivedFrom ?? null).toBe(want.derivedFrom);
      });
    });
  }
});

describe('what the text alone says, before editors’ sidecars', () => {
  const textOnly = (id: string) => compileSource(id, `content/articles/${id}.txt`, readFileSync(`content/articles/${id}.txt`, 'utf8')).articles[0];

  it('keeps 002’s yearless “Apr 12” as a partial date, not a guessed year', () => {
    const date = textOnly('002_b8f2a3de1482b16f')?.datePublished;
    expect(date?.value).toBeNull();
    expect(date?.precision).toBe('none');
    expect(date?.partial).toEqual({ month: 4, day: 12 });
    expect(date?.source).toBe('in-text');
  });

  it('treats 004’s 2020 update stamp as a modification, not the publication date', () => {
    const a = textOnly('004_a8ef133bd965889e');
    expect(a?.datePublished.value).toBeNull();
    expect(a?.dateModified?.value).toBe('2020-05-31');
    expect(a?.dateModified?.source).toBe('stamp');
  });
});
