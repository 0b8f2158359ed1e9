/**
 * The seeds' part of `npm run bench:accuracy`: each seed article in content/
 * scored against its pinned expectation in tests/fixtures/seeds/<id>.json, in the
 * same terms as the scrape corpus. Seeds pin no entity list, so they add nothing
 * to entity recall; leaks are the pinned strings that must not appear.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Archive } from '../lib/content/schema';
import { type CaseScore, sameOutlet } from '../tests/fixtures/scrapes/score';

const SEEDS_DIR = path.join('tests', 'fixtures', 'seeds');

// Only the fields the benchmark reads; tests/content/seeds.test.ts validates the whole file.
const seedExpectation = z.looseObject({
  title: z.string(),
  titleSource: z.string(),
  datePublished: z.string().nullable(),
  datePrecision: z.string(),
  author: z.string().nullable(),
  outlet: z.string().nullable(),
  firstParagraph: z.string(),
  lastParagraph: z.string(),
  mustNotAppear: z.array(z.string()),
});

/** Scores every seed in the compiled archive against its pinned expectation. */
export function scoreSeeds(archive: Archive): CaseScore[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const id = f.replace(/\.json$/, '');
      const want = seedExpectation.parse(JSON.parse(readFileSync(path.join(SEEDS_DIR, f), 'utf8')));
      const a = archive.articles.find((x) => x.id === id);
      const base = { name: `seed ${id}`, language: 'en', bodyLines: 0, entitiesExpected: 0, entitiesFound: 0, wrongTags: [], lost: [] };
      if (!a) return { ...base, rejectedRight: false, titleRight: false, dateRight: false, authorRight: false, outletRight: false, paragraphsRight: false, leaks: [], notes: ['not published'] };
      const paragraphs = a.body.filter((b) => b.kind === 'paragraph').map((b) => b.text);
      const bodyText = a.body.map((b) => b.text).join('\n');
      const titleRight = a.title.value === want.title && a.title.source === want.titleSource;
      const dateRight = a.datePublished.value === want.datePublished && a.datePublished.precision === want.datePrecision;
      const authorRight = (a.author?.value ?? null) === want.author;
      const outletRight = sameOutlet(a.outlet?.value ?? null, want.outlet);
      const notes = [
        ...(titleRight ? [] : [`title: got "${a.title.value}" (${a.title.source})`]),
        ...(dateRight ? [] : [`date: got ${a.datePublished.value ?? 'null'}/${a.datePublished.precision}`]),
        ...(authorRight ? [] : [`author: got ${a.author?.value ?? 'null'}`]),
        ...(outletRight ? [] : [`outlet: got ${a.outlet?.value ?? 'null'}`]),
      ];
      return {
        ...base,
        rejectedRight: true,
        titleRight,
        dateRight,
        authorRight,
        outletRight,
        paragraphsRight: (paragraphs[0]?.startsWith(want.firstParagraph) ?? false) && (paragraphs.at(-1)?.startsWith(want.lastParagraph) ?? false),
        leaks: want.mustNotAppear.filter((s) => bodyText.includes(s)),
        notes,
      };
    });
}
