/**
 * Runs of name-like words in a block of text, for the candidate-name finder
 * (unknown-names.ts): capitalised words joined by spaces or hyphens, with inner
 * connectors ("of", "de"). Months and weekdays (the runtime's Intl calendar
 * names) and roman numerals are no words of a name; a run is cut at words of
 * office ("Deputy Defence Minister Viktor Khrenin" is "Viktor Khrenin").
 */
import { isMonthName } from '../dates/month-names';
import { intlWeekdays } from '../dates/weekday-names';
import type { Mention } from '../schema';
import { isCapitalised, normaliseSeparator, tokenize, type Token } from './tokens';

let weekdayNames: ReadonlySet<string> | null = null;
/** Weekday names, long and short, in the languages with month names, from Intl; read on first use. */
const weekdays = (): ReadonlySet<string> =>
  (weekdayNames ??= new Set(
    ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'id', 'ru', 'uk', 'be', 'pl', 'lt'].flatMap((language) =>
      (['long', 'short'] as const).flatMap((length) => intlWeekdays(language, length).map((w) => w.replace(/\.$/, '').toLowerCase())),
    ),
  ));
const isCalendarWord = (word: string) => isMonthName(word) || weekdays().has(word.toLowerCase());

/**
 * Words of office: "Deputy Defence Minister" is a post, not a name, and
 * "President" before a name is not part of it (evidence for a person, too:
 * proposal-type.ts).
 */
export const titleWords = new Set(
  (
    'President Vice Prime Minister Ministers Deputy Chairman Chairwoman Director Head Chief Commander General Colonel Lieutenant Leader Mr Mrs Ms Dr Sir ' +
    'Президент Премьер Министр Генерал Глава Председатель Прэзідэнт Міністр Старшыня Голова Prezydent Premier Minister Generał ' +
    'Präsident Bundeskanzler Kanzler Président Ministre Général Presiden Menteri Jenderal Prezidentas Ministras Generolas'
  ).split(' '),
);
/** Small words that may stand inside a name ("Ministry of Defence") but never open or close one. */
export const connectors = new Set(['of', 'for', 'the', 'de']);
const romanNumeral = /^[IVXLCDM]+$/;

/** A token of a block: does a sentence start there, does a resolved mention cover it. */
export type Scanned = { token: Token; initial: boolean; covered: boolean };

/** Marks each token of a block: does a sentence start there, does a resolved mention cover it. */
export function scan(text: string, mentions: readonly Mention[]): Scanned[] {
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

/** Splits a block into maximal runs of name-like tokens joined by spaces or hyphens, with inner connectors. */
export function runs(text: string, scanned: Scanned[]): Scanned[][] {
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
export function afterOfficeWords(run: Scanned[]): Scanned[][] {
  const lastOffice = run.findLastIndex((s) => titleWords.has(s.token.text));
  const rest = run.slice(lastOffice + 1);
  return rest.length > 0 ? [rest] : [];
}

/** Splits a run at the tokens `cut` selects, dropping them. */
export function splitWhere(run: Scanned[], cut: (s: Scanned) => boolean): Scanned[][] {
  const pieces: Scanned[][] = [[]];
  for (const s of run) {
    if (cut(s)) pieces.push([]);
    else pieces[pieces.length - 1]?.push(s);
  }
  return pieces.filter((p) => p.length > 0);
}
