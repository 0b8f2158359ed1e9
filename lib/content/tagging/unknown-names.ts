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
 * stopwords (stopwords-iso) are never names on their own. Model designations
 * ("S-400", "Su-25", "MZKT-7930", "Т-72") are names whole, not split at the hyphen.
 */
import { isMonthName } from '../dates/month-names';
import type { BodyBlock, Mention } from '../schema';
import { isStopword } from './common-words';
import { isAllCaps, isCapitalised, normaliseSeparator, surfaceKey, tokenize, type Token } from './tokens';

/** An unresolved name, how often it occurs and in which blocks (-1 = the title). */
export type CandidateName = { name: string; count: number; blocks: number[] };

let weekdayNames: ReadonlySet<string> | null = null;
/** Weekday names, long and short, in the languages with month names, from Intl (2001-01-01 was a Monday); read on first use. */
const weekdays = (): ReadonlySet<string> =>
  (weekdayNames ??= new Set(
    ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'id', 'ru', 'uk', 'be', 'pl', 'lt'].flatMap((language) =>
      (['long', 'short'] as const).flatMap((weekday) => {
        const format = new Intl.DateTimeFormat(language, { weekday, timeZone: 'UTC' });
        return Array.from({ length: 7 }, (_, d) => format.format(new Date(Date.UTC(2001, 0, 1 + d))).replace(/\.$/, '').toLowerCase());
      }),
    ),
  ));
const isCalendarWord = (word: string) => isMonthName(word) || weekdays().has(word.toLowerCase());

/**
 * Words of office: "Deputy Defence Minister" is a post, not a name, and
 * "President" before a name is not part of it (evidence for a person, too:
 * name-proposals.ts).
 */
export const titleWords = new Set(
  (
    'President Vice Prime Minister Ministers Deputy Chairman Chairwoman Director Head Chief Commander General Colonel Lieutenant Leader Mr Mrs Ms Dr Sir ' +
    'Президент Премьер Министр Генерал Глава Председатель Прэзідэнт Міністр Старшыня Голова Prezydent Premier Minister Generał ' +
    'Präsident Bundeskanzler Kanzler Président Ministre Général Presiden Menteri Jenderal Prezidentas Ministras Generolas'
  ).split(' '),
);
const connectors = new Set(['of', 'for', 'the', 'de']);
const romanNumeral = /^[IVXLCDM]+$/;

type Scanned = { token: Token; initial: boolean; covered: boolean };

/** Marks each token of a block: does a sentence start there, does a resolved mention cover it. */
function scan(text: string, mentions: readonly Mention[]): Scanned[] {
  const ranges = [...mentions].sort((a, b) => a.start - b.start);
  let next = 0; // mentions never overlap, so one pointer walks them alongside the tokens
  let previousEnd = 0;
  return tokenize(text).map((token, i) => {
    const gap = text.slice(previousEnd, token.start);
    previousEnd = token.end;
    const initial = i === 0 || (gap !== ' ' && (/[.!?:;]\S*\s/u.test(gap) || /[“"«(\[]/u.test(gap)));
    while ((ranges[next]?.end ?? Infinity) <= token.start) next += 1;
    const m = ranges[next];
    const covered = m !== undefined && m.start <= token.start && token.end <= m.end;
    return { token, initial, covered };
  });
}

const isWordOfName = (word: string) =>
  isCapitalised(word) && word.length > 1 && !isCalendarWord(word) && !romanNumeral.test(word);

/**
 * A model designation: a capitalised or all-caps prefix, an optional hyphen,
 * digits, an optional suffix ("Su-25", "S-400", "MZKT-7930", "Mi-8MTV",
 * "Т-72Б3"; a suffix after a second hyphen has at most four characters, so
 * "S-400-Systemen" is S-400 and a German noun); or a capitalised word, a hyphen and a short code in capitals
 * ("Tochka-U", "Точка-У", "Buk-MB3K", "Iskander-M").
 */
const DESIGNATION = String.raw`(?:\p{Lu}[\p{Lu}\p{Ll}]{0,5}[-‑]?\d{1,5}[\p{L}\d]*(?:[-‑]\p{Lu}[\p{L}\d]{0,3})?|\p{Lu}\p{Ll}{1,9}[-‑]\p{Lu}[\p{Lu}\d]{0,4})`;
const designation = new RegExp(String.raw`(?<![\p{L}\p{N}\-‑])${DESIGNATION}(?![\p{L}\p{N}])`, 'gu');
const wholeDesignation = new RegExp(`^${DESIGNATION}$`, 'u');

/** Whether a name is a model designation as a whole (the shape {@link designationsIn} finds in text). */
export const isDesignation = (name: string) => wholeDesignation.test(name);

/** The designations in a text that no mention covers, as pseudo-mentions (so their parts are not read again as names). */
function designationsIn(text: string, block: number, mentions: readonly Mention[]): Mention[] {
  const found: Mention[] = [];
  for (const m of text.matchAll(designation)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    // A known maker's name opening an unknown model ("MZKT" in "MZKT-7930") leaves the model unknown; a known model covers it.
    const overlapping = mentions.filter((x) => x.start < end && start < x.end);
    if (overlapping.some((x) => x.start < start || x.end >= end || /\d/u.test(x.surface))) continue;
    if (/^\p{Lu}\p{Ll}+\d/u.test(m[0]) && !/[-‑]/u.test(m[0])) continue; // "Word2" glued: more likely a typo than a model
    found.push({ entity: '', block, start, end, surface: m[0] });
  }
  return found;
}

/** Splits a block into maximal runs of name-like tokens joined by spaces or hyphens, with inner connectors. */
function runs(text: string, scanned: Scanned[]): Scanned[][] {
  const result: Scanned[][] = [];
  let current: Scanned[] = [];
  const close = () => {
    while (current.length > 0 && connectors.has(current[current.length - 1]?.token.text ?? '')) current.pop();
    if (current.length > 0) result.push(current);
    current = [];
  };
  scanned.forEach((s, i) => {
    const previous = scanned[i - 1];
    const joined = previous !== undefined && /^[ -]$/u.test(normaliseSeparator(text.slice(previous.token.end, s.token.start)));
    if (!joined || s.initial) close();
    // One word right before a known name is its given name or title ("Alexandr Lukashenko"), not a name of its own.
    if (s.covered && joined && current.length === 1) current = [];
    if (s.covered) return close();
    if (isWordOfName(s.token.text)) current.push(s);
    else if (current.length > 0 && connectors.has(s.token.text)) current.push(s);
    else close();
  });
  close();
  return result;
}

/**
 * Cuts a run at words of office and keeps what follows the last one: in
 * "Deputy Defence Minister Viktor Khrenin" the name is "Viktor Khrenin", and a
 * run that ends in a word of office ("Internal Minister") is a post, not a name.
 */
function afterOfficeWords(run: Scanned[]): Scanned[][] {
  const lastOffice = run.findLastIndex((s) => titleWords.has(s.token.text));
  const rest = run.slice(lastOffice + 1);
  return rest.length > 0 ? [rest] : [];
}

/** Splits a run at the tokens `cut` selects, dropping them. */
function splitWhere(run: Scanned[], cut: (s: Scanned) => boolean): Scanned[][] {
  const pieces: Scanned[][] = [[]];
  for (const s of run) {
    if (cut(s)) pieces.push([]);
    else pieces[pieces.length - 1]?.push(s);
  }
  return pieces.filter((p) => p.length > 0);
}

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
