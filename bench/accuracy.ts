/**
 * `npm run bench:accuracy` — how well the ingest reads real-looking scrapes.
 *
 * Prints three tables, each with one row per language and a total:
 * - development corpus: tests/fixtures/scrapes plus the seeds (content/articles
 *   against tests/fixtures/seeds), the cases the rules were written with;
 * - blind corpora: tests/fixtures/scrapes-blind and scrapes-blind-2 (with its lookalikes,
 *   body-lookalikes-blind-2), written without reading the rules. Whoever changes
 *   extraction rules reads only these tables, never their cases, so this bench never
 *   prints a blind case's name, lines or expectations;
 * - lookalikes: tests/fixtures/body-lookalikes, body sentences and subheadings that
 *   begin like furniture; every one must stay ("lost lookalike lines");
 * - holdout corpus and holdout lookalikes: tests/fixtures/scrapes-holdout and
 *   tests/fixtures/body-lookalikes-holdout, same formats, other sites and languages,
 *   that nobody tunes against; like the blind corpus, never printed case by case.
 *   Printed only with `--holdout`, so a rule changer running the bench never sees them.
 * - holdout 2 corpus and lookalikes: tests/fixtures/scrapes-holdout-2 and
 *   body-lookalikes-holdout-2, a later, fresh held-out set; same rules as the holdout.
 * - holdout 3 corpus and lookalikes: tests/fixtures/scrapes-holdout-3 and
 *   body-lookalikes-holdout-3, a third fresh held-out set; same rules as the holdout.
 * - blind corpus 3: tests/fixtures/scrapes-blind-3, written in stop 29 without reading the
 *   rules or running the ingest on it; nobody tunes against it, so like the holdouts it is
 *   printed only with `--holdout`.
 * - blind corpus 4 and its lookalikes: tests/fixtures/scrapes-blind-4 and
 *   body-lookalikes-blind-4, written in stop 30 the same way; printed only with `--holdout`,
 *   measured once at the end of a stop.
 * - blind corpus 5 and its lookalikes: tests/fixtures/scrapes-blind-5 and
 *   body-lookalikes-blind-5, written in stop 31 the same way; printed only with `--holdout`,
 *   measured once at the end of a stop.
 * - blind corpus 6 and its lookalikes: tests/fixtures/scrapes-blind-6 and
 *   body-lookalikes-blind-6, written in stop 32 the same way; printed only with `--holdout`,
 *   measured once at the end of a stop.
 * - blind corpus 7 and its lookalikes: tests/fixtures/scrapes-blind-7 and
 *   body-lookalikes-blind-7, written in stop 33 the same way; printed only with `--holdout`,
 *   measured once at the end of a stop (its "blind 7" column in the kind tables likewise).
 * - blind corpus 8 and its lookalikes: tests/fixtures/scrapes-blind-8 and
 *   body-lookalikes-blind-8, written in stop 34 the same way; printed only with `--holdout`,
 *   measured once at the end of a stop (its "blind 8" column in the kind tables likewise).
 * - blind corpus 9 and its lookalikes: tests/fixtures/scrapes-blind-9 and
 *   body-lookalikes-blind-9, written in stop 35 the same way; printed only with `--holdout`,
 *   measured once at the end of a stop (its "blind 9" column in the kind tables likewise).
 * - blind corpus 10 and its lookalikes: tests/fixtures/scrapes-blind-10 and
 *   body-lookalikes-blind-10, written in stop 36 the same way; printed only with `--holdout`,
 *   measured once at the end of a stop (its "blind 10" column in the kind tables likewise).
 * - blind corpus 11 and its lookalikes: tests/fixtures/scrapes-blind-11 and
 *   body-lookalikes-blind-11, written in stop 37 the same way; printed only with `--holdout`,
 *   measured once at the end of a stop (its "blind 11" column in the kind tables likewise).
 * - blind corpus 12 and its lookalikes: tests/fixtures/scrapes-blind-12 and
 *   body-lookalikes-blind-12, written in stop 38 the same way; printed only with `--holdout`,
 *   measured once at the end of a stop (its "blind 12" column in the kind tables likewise).
 * - blind corpus 13 and its lookalikes: tests/fixtures/scrapes-blind-13 and
 *   body-lookalikes-blind-13, written in stop 39 the same way; printed only with `--holdout`,
 *   measured once at the end of a stop (its "blind 13" column in the kind tables likewise).
 * - blind corpus 14 and its lookalikes: tests/fixtures/scrapes-blind-14 and
 *   body-lookalikes-blind-14, written in stop 40 the same way; printed only with `--holdout`,
 *   measured once at the end of a stop (its "blind 14" column in the kind tables likewise).
 * Columns: titles, dates (value and precision), authors, outlet (case-insensitive,
 * spaces folded), first and last body paragraph, rejects (pages of nothing but
 * furniture rejected with a reason), furniture lines leaked into the body, body lines
 * lost, entity recall, wrong tags. Targets (issue 16) on the blind table, in every
 * language: titles, dates, first+last ¶ ≥ 95%, outlet and authors ≥ 90%, at most 1
 * leaked line per 20 files, 0 lost lookalike lines. A benchmark: it always exits 0.
 * `--detail` lists every miss per case of the development corpus and the lookalikes.
 */
import path from 'node:path';
import { compileArchive } from '../lib/content/archive';
import { readContentFiles, readGazetteerFile } from '../lib/content/source/read-folder';
import { BLIND2_LOOKALIKES_DIR, BLIND4_LOOKALIKES_DIR, BLIND5_LOOKALIKES_DIR, BLIND6_LOOKALIKES_DIR, BLIND7_LOOKALIKES_DIR, BLIND8_LOOKALIKES_DIR, BLIND9_LOOKALIKES_DIR, BLIND10_LOOKALIKES_DIR, BLIND11_LOOKALIKES_DIR, BLIND12_LOOKALIKES_DIR, BLIND13_LOOKALIKES_DIR, BLIND14_LOOKALIKES_DIR, HOLDOUT2_LOOKALIKES_DIR, HOLDOUT3_LOOKALIKES_DIR, HOLDOUT_LOOKALIKES_DIR, LOOKALIKES_DIR, loadLookalikeCases } from '../tests/fixtures/body-lookalikes/load';
import { BLIND2_SCRAPES_DIR, BLIND3_SCRAPES_DIR, BLIND4_SCRAPES_DIR, BLIND5_SCRAPES_DIR, BLIND6_SCRAPES_DIR, BLIND7_SCRAPES_DIR, BLIND8_SCRAPES_DIR, BLIND9_SCRAPES_DIR, BLIND10_SCRAPES_DIR, BLIND11_SCRAPES_DIR, BLIND12_SCRAPES_DIR, BLIND13_SCRAPES_DIR, BLIND14_SCRAPES_DIR, BLIND_SCRAPES_DIR, HOLDOUT2_SCRAPES_DIR, HOLDOUT3_SCRAPES_DIR, HOLDOUT_SCRAPES_DIR, loadScrapeCases } from '../tests/fixtures/scrapes/load';
import { leakKindsOf, lineKindKeys, lostKindsOf } from '../tests/fixtures/scrapes/leak-kinds';
import { type MissKind, missKindsOf } from '../tests/fixtures/scrapes/miss-kinds';
import { type CaseScore, compileCase, lostLookalikesOf, scoreCase } from '../tests/fixtures/scrapes/score';
import { scoreSeeds } from './accuracy-seeds';

const gazetteer = readGazetteerFile('content');
/** Misses, leaked lines and lost lines by kind per corpus, counted for the kind tables (no case text is kept). */
const missesByCorpus = new Map<string, MissKind[]>();
const leakedByCorpus = new Map<string, string[]>();
const lostByCorpus = new Map<string, string[]>();
/** Scores every case of a scrape folder, keeping its misses, leaked and lost lines by kind under `corpus`. */
function scoreScrapes(corpus: string, dir?: string): CaseScore[] {
  const [misses, leaked, lost]: [MissKind[], string[], string[]] = [[], [], []];
  const scores = loadScrapeCases(dir).map((c) => {
    const out = compileCase(c, gazetteer);
    misses.push(...missKindsOf(c, out));
    leaked.push(...lineKindKeys(leakKindsOf(c, out), 'ends up'));
    lost.push(...lineKindKeys(lostKindsOf(c, out), 'how'));
    return scoreCase(c, out);
  });
  missesByCorpus.set(corpus, misses);
  leakedByCorpus.set(corpus, leaked);
  lostByCorpus.set(corpus, lost);
  return scores;
}
const development = scoreScrapes('development');
const seeds = scoreSeeds(compileArchive(readContentFiles('content'), gazetteer));
const blind = scoreScrapes('blind', BLIND_SCRAPES_DIR);
const blind2 = scoreScrapes('blind 2', BLIND2_SCRAPES_DIR);
/** Scores every lookalike case in a folder, counting its lookalike lines and the ones cleaning lost. */
const scoreLookalikes = (dir: string) =>
  loadLookalikeCases(dir).map((c) => {
    const out = compileCase(c, gazetteer);
    return { ...scoreCase(c, out), lookalikes: c.lookalikes.length, lostLookalikes: lostLookalikesOf(c.lookalikes, out.article?.body.map((b) => b.text) ?? null) };
  });
const lookalikes = scoreLookalikes(LOOKALIKES_DIR);
const withHoldout = process.argv.includes('--holdout');

type Row = { label: string; scores: CaseScore[] };

const count = (xs: CaseScore[], f: (s: CaseScore) => boolean | null) => {
  const applicable = xs.filter((s) => f(s) !== null);
  return { right: applicable.filter((s) => f(s) === true).length, of: applicable.length };
};
const ratio = ({ right, of }: { right: number; of: number }) => (of === 0 ? '–' : `${right}/${of} ${Math.round((100 * right) / of)}%`);
const sum = <T>(xs: T[], f: (s: T) => number) => xs.reduce((n, s) => n + f(s), 0);

const HEADER = ['language', 'files', 'titles', 'dates', 'authors', 'outlet', 'first+last ¶', 'rejects', 'leaked lines', 'lost body lines', 'entity recall', 'wrong tags'];

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
    ratio(count(scores, (s) => s.outletRight)),
    ratio(count(scores, (s) => s.paragraphsRight)),
    ratio(count(scores, (s) => (s.titleRight === null ? s.rejectedRight : null))),
    String(sum(scores, (s) => s.leaks.length)),
    lines === 0 ? `${lost}` : `${lost}/${lines} ${((100 * lost) / lines).toFixed(1)}%`,
    expected === 0 ? '–' : (sum(scores, (s) => s.entitiesFound) / expected).toFixed(2),
    String(sum(scores, (s) => s.wrongTags.length)),
  ];
}

/** Prints a table; `extra` adds columns (header and one cell per row) after the common ones. */
function printTable(title: string, rows: Row[], extra?: { header: string; cell: (r: Row) => string }): void {
  const header = extra ? [...HEADER, extra.header] : HEADER;
  const table = [header, ...rows.map((r) => (extra ? [...cells(r), extra.cell(r)] : cells(r)))];
  const widths = header.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n${title}\n`);
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const r of table.slice(1)) console.log(line(r));
}

/** One row per language, then the given total rows. */
function byLanguage(scores: CaseScore[], totals: Row[]): Row[] {
  const languages = [...new Set(scores.map((s) => s.language))].sort();
  return [...languages.map((l) => ({ label: l, scores: scores.filter((s) => s.language === l) })), ...totals];
}

printTable(
  `Development corpus (${development.length} cases in tests/fixtures/scrapes + ${seeds.length} seeds)`,
  byLanguage(development, [
    { label: 'corpus', scores: development },
    { label: 'seeds (en)', scores: seeds },
    { label: 'total', scores: [...development, ...seeds] },
  ]),
);
printTable(`Blind corpus (${blind.length} cases in tests/fixtures/scrapes-blind; read this table, never the cases)`, byLanguage(blind, [{ label: 'total', scores: blind }]));
printTable(
  `Blind corpus 2 (${blind2.length} cases in tests/fixtures/scrapes-blind-2, once the fourth holdout; read this table, never the cases)`,
  byLanguage(blind2, [
    { label: 'total', scores: blind2 },
    { label: 'both blind', scores: [...blind, ...blind2] },
  ]),
);

/** A held-out corpus, scored only with --holdout: its table's label and title, its folder, and its lookalike set if it has one. */
type HeldOut = { label: string; title: string; dir: string; lookalikes?: { title: string; dir: string; note: string } };
const HOLDOUT_NOTE = '';
const BLIND_NOTE = 'nobody tunes against it: ';
/** The held-out corpora, in the order their tables print. */
const HELD_OUT: readonly HeldOut[] = [
  { label: 'holdout', title: 'Holdout corpus', dir: HOLDOUT_SCRAPES_DIR, lookalikes: { title: 'Holdout lookalikes', dir: HOLDOUT_LOOKALIKES_DIR, note: HOLDOUT_NOTE } },
  { label: 'holdout 2', title: 'Holdout 2 corpus', dir: HOLDOUT2_SCRAPES_DIR, lookalikes: { title: 'Holdout 2 lookalikes', dir: HOLDOUT2_LOOKALIKES_DIR, note: HOLDOUT_NOTE } },
  { label: 'holdout 3', title: 'Holdout 3 corpus', dir: HOLDOUT3_SCRAPES_DIR, lookalikes: { title: 'Holdout 3 lookalikes', dir: HOLDOUT3_LOOKALIKES_DIR, note: HOLDOUT_NOTE } },
  { label: 'blind 3', title: 'Blind corpus 3', dir: BLIND3_SCRAPES_DIR },
  { label: 'blind 4', title: 'Blind corpus 4', dir: BLIND4_SCRAPES_DIR, lookalikes: { title: 'Blind lookalikes 4', dir: BLIND4_LOOKALIKES_DIR, note: BLIND_NOTE } },
  { label: 'blind 5', title: 'Blind corpus 5', dir: BLIND5_SCRAPES_DIR, lookalikes: { title: 'Blind lookalikes 5', dir: BLIND5_LOOKALIKES_DIR, note: BLIND_NOTE } },
  { label: 'blind 6', title: 'Blind corpus 6', dir: BLIND6_SCRAPES_DIR, lookalikes: { title: 'Blind lookalikes 6', dir: BLIND6_LOOKALIKES_DIR, note: BLIND_NOTE } },
  { label: 'blind 7', title: 'Blind corpus 7', dir: BLIND7_SCRAPES_DIR, lookalikes: { title: 'Blind lookalikes 7', dir: BLIND7_LOOKALIKES_DIR, note: BLIND_NOTE } },
  { label: 'blind 8', title: 'Blind corpus 8', dir: BLIND8_SCRAPES_DIR, lookalikes: { title: 'Blind lookalikes 8', dir: BLIND8_LOOKALIKES_DIR, note: BLIND_NOTE } },
  { label: 'blind 9', title: 'Blind corpus 9', dir: BLIND9_SCRAPES_DIR, lookalikes: { title: 'Blind lookalikes 9', dir: BLIND9_LOOKALIKES_DIR, note: BLIND_NOTE } },
  { label: 'blind 10', title: 'Blind corpus 10', dir: BLIND10_SCRAPES_DIR, lookalikes: { title: 'Blind lookalikes 10', dir: BLIND10_LOOKALIKES_DIR, note: BLIND_NOTE } },
  { label: 'blind 11', title: 'Blind corpus 11', dir: BLIND11_SCRAPES_DIR, lookalikes: { title: 'Blind lookalikes 11', dir: BLIND11_LOOKALIKES_DIR, note: BLIND_NOTE } },
  { label: 'blind 12', title: 'Blind corpus 12', dir: BLIND12_SCRAPES_DIR, lookalikes: { title: 'Blind lookalikes 12', dir: BLIND12_LOOKALIKES_DIR, note: BLIND_NOTE } },
  { label: 'blind 13', title: 'Blind corpus 13', dir: BLIND13_SCRAPES_DIR, lookalikes: { title: 'Blind lookalikes 13', dir: BLIND13_LOOKALIKES_DIR, note: BLIND_NOTE } },
  { label: 'blind 14', title: 'Blind corpus 14', dir: BLIND14_SCRAPES_DIR, lookalikes: { title: 'Blind lookalikes 14', dir: BLIND14_LOOKALIKES_DIR, note: BLIND_NOTE } },
];
/** A fixture folder as the tables name it: "tests/fixtures/scrapes-blind-8". */
const fixtureFolder = (dir: string) => `tests/fixtures/${path.basename(dir)}`;

/** Prints a lookalike table: the common columns plus lost lookalike lines over all lookalike lines. */
function printLookalikes(title: string, scored: ReturnType<typeof scoreLookalikes>): void {
  const lostOf = new Map(scored.map((s) => [s.name, s.lostLookalikes.length]));
  const ofOf = new Map(scored.map((s) => [s.name, s.lookalikes]));
  printTable(title, byLanguage(scored, [{ label: 'total', scores: scored }]), {
    header: 'lost lookalike lines',
    cell: ({ scores }) => `${sum(scores, (s) => lostOf.get(s.name) ?? 0)}/${sum(scores, (s) => ofOf.get(s.name) ?? 0)}`,
  });
}
printLookalikes(`Body lookalikes (${lookalikes.length} cases in tests/fixtures/body-lookalikes; every lookalike line must stay)`, lookalikes);
const blind2Lookalikes = scoreLookalikes(BLIND2_LOOKALIKES_DIR);
printLookalikes(`Blind lookalikes (${blind2Lookalikes.length} cases in tests/fixtures/body-lookalikes-blind-2; every lookalike line must stay; read this table, never the cases)`, blind2Lookalikes);
if (withHoldout) {
  for (const { label, title, dir, lookalikes: set } of HELD_OUT) {
    const scored = scoreScrapes(label, dir);
    printTable(`${title} (${scored.length} cases in ${fixtureFolder(dir)}; nobody tunes against it: read this table, never the cases)`, byLanguage(scored, [{ label: 'total', scores: scored }]));
    if (!set) continue;
    const looks = scoreLookalikes(set.dir);
    printLookalikes(`${set.title} (${looks.length} cases in ${fixtureFolder(set.dir)}; every lookalike line must stay; ${set.note}never read the cases)`, looks);
  }
} else {
  console.log('\n(holdout tables not printed: `-- --holdout` prints them, for whoever judges rule changes, not whoever makes them)');
}
printKindCounts('Misses by kind (counts only, per corpus)', 'miss', [...missesByCorpus].map(([name, misses]) => [name, misses.map((m) => `${m.field}: ${m.kind}`)]));
printKindCounts(
  'Leaked lines by kind (counts only, per corpus; "ends up" and "stood" rows each add up to the leaked lines, a line may have several flags)',
  'leaked line',
  [...leakedByCorpus],
);
printKindCounts('Lost lines by kind (counts only, per corpus; "how" and "stood" rows each add up to the lost body lines)', 'lost line', [...lostByCorpus]);
console.log('\n"rejects": pages of nothing but furniture that must be rejected with a reason. "outlet": compared case-insensitively after folding spaces.');

/** Kinds counted, one row per kind and one column per corpus scored: counts only, never a case. */
function printKindCounts(title: string, first: string, corpora: [string, string[]][]): void {
  const keys = [...new Set(corpora.flatMap(([, kinds]) => kinds))].sort();
  const tally = corpora.map(([, kinds]) => kinds.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>()));
  const table = [[first, ...corpora.map(([name]) => name)], ...keys.map((k) => [k, ...tally.map((t) => String(t.get(k) ?? 0))])];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n${title}\n`);
  console.log(line(table[0]!));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const r of table.slice(1)) console.log(line(r));
}

if (process.argv.includes('--detail')) {
  // Development corpus and lookalikes only: the blind and holdout misses are never printed.
  const lookalikeNotes = new Map(lookalikes.map((s) => [s.name, s.lostLookalikes.map((l) => `lost lookalike: ${l.slice(0, 80)}`)]));
  for (const s of [...development, ...seeds, ...lookalikes]) {
    const notes = [
      ...s.notes,
      ...(s.paragraphsRight === false ? ['first or last paragraph differs'] : []),
      ...s.leaks.map((l) => `leaked: ${l}`),
      ...s.lost.map((l) => `lost: ${l.slice(0, 80)}`),
      ...(lookalikeNotes.get(s.name) ?? []),
      ...(s.wrongTags.length ? [`wrong tags: ${s.wrongTags.join(', ')}`] : []),
    ];
    if (notes.length) console.log(`\n${s.name}\n  ${notes.join('\n  ')}`);
  }
} else {
  console.log('Run with --detail (npm run bench:accuracy -- --detail) for every miss per development and lookalike case (never the blind or holdout ones).');
}
