/**
 * Relative time expressions ("last week", "a year ago", "this year", "recently",
 * "over the past year", "in the last decade"). They are only found here; they get a
 * date only against a known publication date (see resolve-date), and are then approximate.
 * Expressions counted from an undated event ("six months after those events",
 * "two years into the war") are not matched: there is nothing known to count from.
 */
import type { DateHit, Relative } from './raw-date';

const NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
const COUNT = String.raw`(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})`;

const count = (word: string) => NUMBERS[word.toLowerCase()] ?? Number(word);
const unitOf = (word: string): 'week' | 'month' | 'year' => (word.toLowerCase().startsWith('week') ? 'week' : word.toLowerCase().startsWith('month') ? 'month' : 'year');

const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => Relative }[] = [
  { re: /\b(?:over|in|during)\s+the\s+(?:past|last)\s+(decade|year)\b/giu, read: (m) => ({ unit: 'span', years: /decade/i.test(m[1]!) ? 10 : 1 }) },
  { re: new RegExp(String.raw`\b(?:over|in|during)\s+the\s+(?:past|last)\s+${COUNT}\s+years\b`, 'giu'), read: (m) => ({ unit: 'span', years: count(m[1]!) }) },
  { re: /\b(?:last|previous)\s+(week|month|year)\b/giu, read: (m) => ({ unit: unitOf(m[1]!), back: 1 }) },
  { re: /\bthis\s+(month|year)\b/giu, read: (m) => ({ unit: unitOf(m[1]!), back: 0 }) },
  { re: new RegExp(String.raw`\b${COUNT}\s+(weeks?|months?|years?)\s+ago\b`, 'giu'), read: (m) => ({ unit: unitOf(m[2]!), back: count(m[1]!) }) },
  { re: /\b(?:recently|lately)\b/giu, read: () => ({ unit: 'recent' }) },
];

/** Relative expressions in `sentence`, in text order. */
/** A word every pattern above contains: a sentence without one has no relative date (checked first; most sentences have none). */
const ANY_PATTERN_WORD = /\b(?:past|last|previous|this|ago|recently|lately)\b/iu;

export function findRelative(sentence: string): DateHit[] {
  if (!ANY_PATTERN_WORD.test(sentence)) return [];
  const hits: DateHit[] = [];
  for (const { re, read } of PATTERNS) {
    for (const m of sentence.matchAll(re)) hits.push({ index: m.index, text: m[0], date: { kind: 'relative', relative: read(m as RegExpExecArray) } });
  }
  return hits;
}
