/**
 * Names the tagger did not resolve: runs of capitalised words and acronyms in an
 * article's own text that no gazetteer entry covers. content:check lists them so
 * an editor adding a new scrape sees what the gazetteer lacks.
 *
 * English capitalises the first word of every sentence, so a capitalised word at
 * a sentence start, or anywhere in a headline (headline case is unreliable), is
 * kept only if the same article also capitalises it in mid-sentence, or if it is
 * an acronym. Months and weekdays (the runtime's Intl calendar names), words of
 * office, roman numerals and, when the article's language is known, its
 * stopwords (stopwords-iso) are never names on their own (name-runs.ts). Model designations
 * ("S-400", "Su-25", "MZKT-7930", "Т-72") are names whole, not split at the hyphen (designations.ts).
 */
import type { BodyBlock, Mention } from '../schema';
import { isStopword } from './common-words';
import { designationsIn } from './designations';
import { afterOfficeWords, connectors, runs, type Scanned, scan, splitWhere } from './name-runs';
import { isAllCaps, isCapitalised, surfaceKey } from './tokens';

/** An unresolved name, how often it occurs and in which blocks (-1 = the title). */
export type CandidateName = { name: string; count: number; blocks: number[] };

/**
 * Lists the capitalised names and acronyms in the title and body that no
 * mention covers, most frequent first. `ignore` holds names an editor has ruled
 * out (compared as surface forms).
 */
export function findCandidateNames(
  title: string,
  body: readonly BodyBlock[],
  mentions: readonly Mention[],
  ignore: readonly string[] = [],
  language: string | null = null,
): CandidateName[] {
  const blocks: { index: number; text: string; headline: boolean }[] = [
    { index: -1, text: title, headline: true },
    ...body.map((b, index) => ({ index, text: b.text, headline: b.kind === 'heading' })),
  ];
  const byBlock = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = byBlock.get(m.block);
    if (list) list.push(m);
    else byBlock.set(m.block, [m]);
  }
  const designations = blocks.map((b) => designationsIn(b.text, b.index, byBlock.get(b.index) ?? []));
  const scannedBlocks = blocks.map((b, i) => ({ ...b, scanned: scan(b.text, [...(byBlock.get(b.index) ?? []), ...(designations[i] ?? [])]) }));
  const capitalisedMidSentence = new Set(
    scannedBlocks
      .filter((b) => !b.headline)
      .flatMap((b) => b.scanned.filter((s) => !s.initial && isCapitalised(s.token.text)).map((s) => s.token.text)),
  );
  const trusted = (s: Scanned, headline: boolean) =>
    isAllCaps(s.token.text) || (!s.initial && !headline) || capitalisedMidSentence.has(s.token.text);

  const ignored = new Set(ignore.map(surfaceKey));
  const found = new Map<string, CandidateName>();
  const count = (name: string, block: number) => {
    if (ignored.has(surfaceKey(name))) return;
    const entry = found.get(name) ?? { name, count: 0, blocks: [] };
    entry.count += 1;
    if (!entry.blocks.includes(block)) entry.blocks.push(block);
    found.set(name, entry);
  };
  for (const d of designations.flat()) count(d.surface, d.block);
  for (const b of scannedBlocks) {
    const pieces = runs(b.text, b.scanned)
      .flatMap(afterOfficeWords)
      .flatMap((run) => splitWhere(run, (s) => !trusted(s, b.headline)));
    for (const run of pieces) {
      while (run[0] && connectors.has(run[0].token.text)) run.shift();
      while (run.length > 0 && connectors.has(run[run.length - 1]?.token.text ?? '')) run.pop();
      const first = run[0];
      const last = run[run.length - 1];
      if (!first || !last) continue;
      // A lone common word of the article's language ("However", "Dabei") is not a name, wherever it stands.
      if (first === last && !isAllCaps(first.token.text) && language !== null && isStopword(first.token.text, language)) continue;
      count(b.text.slice(first.token.start, last.token.end), b.index);
    }
  }
  return [...found.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
