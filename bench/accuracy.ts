/**
 * `npm run bench:accuracy` — how well the ingest reads real-looking scrapes.
 *
 * Runs every case of the scrape corpus (tests/fixtures/scrapes) through the real
 * pipeline with the real gazetteer (content/entities.yaml), and the seeds
 * (content/articles) against their pinned expectations (tests/fixtures/seeds),
 * then prints one row per language and a total: titles right, dates right (value
 * and precision), authors right, furniture lines leaked into the body, body lines
 * lost, entity recall and wrong tags. Targets on the corpus: titles ≥ 95%, dates
 * ≥ 95%, leaks ≤ 1 line per 20 files, lost body lines ≤ 1%, entity recall ≥ 0.95
 * in every language, wrong tags 0. A benchmark: it always exits 0. `--detail`
 * lists every miss per case.
 */
import { compileArchive, readContentFiles, readGazetteerFile } from '../lib/content/archive';
import { loadScrapeCases } from '../tests/fixtures/scrapes/load';
import { type CaseScore, compileCase, scoreCase } from '../tests/fixtures/scrapes/score';
import { scoreSeeds } from './accuracy-seeds';

const gazetteer = readGazetteerFile('content');
const corpus = loadScrapeCases().map((c) => scoreCase(c, compileCase(c, gazetteer)));
const seeds = scoreSeeds(compileArchive(readContentFiles('content'), gazetteer));

type Row = { label: string; scores: CaseScore[] };

const count = (xs: CaseScore[], f: (s: CaseScore) => boolean | null) => {
  const applicable = xs.filter((s) => f(s) !== null);
  return { right: applicable.filter((s) => f(s) === true).length, of: applicable.length };
};
const ratio = ({ right, of }: { right: number; of: number }) => (of === 0 ? '–' : `${right}/${of} ${Math.round((100 * right) / of)}%`);
const sum = (xs: CaseScore[], f: (s: CaseScore) => number) => xs.reduce((n, s) => n + f(s), 0);

function cells({ label, scores }: Row): string[] {
  const expected = sum(scores, (s) => s.entitiesExpected);
  const lines = sum(scores, (s) => s.bodyLines);
  const lost = sum(scores, (s) => s.lost.length);
  return [
    label,
    String(scores.length),
    ratio(count(scores, (s) => s.titleRight)),
    ratio(count(scores, (s) => s.dateRight)),
    ratio(count(scores, (s) => s.authorRight)),
    ratio(count(scores, (s) => s.paragraphsRight)),
    ratio(count(scores, (s) => (s.titleRight === null ? s.rejectedRight : null))),
    String(sum(scores, (s) => s.leaks.length)),
    lines === 0 ? `${lost}` : `${lost}/${lines} ${((100 * lost) / lines).toFixed(1)}%`,
    expected === 0 ? '–' : (sum(scores, (s) => s.entitiesFound) / expected).toFixed(2),
    String(sum(scores, (s) => s.wrongTags.length)),
  ];
}

function printTable(rows: Row[]): void {
  const header = ['language', 'files', 'titles', 'dates', 'authors', 'first+last ¶', 'rejects', 'leaked lines', 'lost body lines', 'entity recall', 'wrong tags'];
  const table = [header, ...rows.map(cells)];
  const widths = header.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const r of table.slice(1)) console.log(line(r));
}

const languages = [...new Set(corpus.map((s) => s.language))].sort();
printTable([
  ...languages.map((l) => ({ label: l, scores: corpus.filter((s) => s.language === l) })),
  { label: 'corpus', scores: corpus },
  { label: 'seeds (en)', scores: seeds },
  { label: 'total', scores: [...corpus, ...seeds] },
]);
console.log(`\n${corpus.length} corpus cases, ${seeds.length} seeds. "rejects": pages of nothing but furniture that must be rejected with a reason.`);

if (process.argv.includes('--detail')) {
  for (const s of [...corpus, ...seeds]) {
    const notes = [
      ...s.notes,
      ...(s.paragraphsRight === false ? ['first or last paragraph differs'] : []),
      ...s.leaks.map((l) => `leaked: ${l}`),
      ...s.lost.map((l) => `lost: ${l.slice(0, 80)}`),
      ...(s.wrongTags.length ? [`wrong tags: ${s.wrongTags.join(', ')}`] : []),
    ];
    if (notes.length) console.log(`\n${s.name}\n  ${notes.join('\n  ')}`);
  }
} else {
  console.log('Run with --detail (npm run bench:accuracy -- --detail) for every miss per case.');
}
