/**
 * Date expressions chrono-node does not read: seasons ("the winter of 2013"), decades
 * ("the late 2000s"), halves of a year, year ranges ("2005-2006") and bare years in a
 * date context ("in 2015", "since 2005"). Numbers that only look like years are refused:
 * model numbers (MAZ-6315, West-2017), quantities ("120 trucks", "$5m"), percentages.
 */
import { plausibleYear, YEAR_DIGITS } from '../dates/partial-date';
import type { DateHit, Season } from './raw-date';

const SEASONS: Record<string, Season> = { spring: 'spring', summer: 'summer', autumn: 'autumn', fall: 'autumn', winter: 'winter' };

/** Neither side of a year may touch a letter, hyphenated code, currency sign or decimal. */
const BEFORE = String.raw`(?<![\p{L}\d$€£₽.,/-])`;
const AFTER = String.raw`(?![\p{L}\d%/-]|[.,]\d)`;
const YEAR = `(${YEAR_DIGITS})`;

/** Words after which a lone four-digit number is read as a year. */
const YEAR_CONTEXT = new Set([
  'in', 'since', 'by', 'until', 'till', 'of', 'from', 'to', 'during', 'within', 'between', 'and', 'or', 'year',
  'before', 'after', 'early', 'late', 'mid', 'around', 'circa', 'throughout', 'for', 'as', 'spring', 'summer', 'autumn', 'fall', 'winter',
]);

/** A counted noun after a number makes it a quantity ("1999 units"), whatever came before it. */
const COUNTED = /^\s+(?:units|people|persons|soldiers|troops|servicemen|men|workers|jobs|vehicles|trucks|tanks|pieces|items|copies|rounds|shells|missiles|rockets|aircraft|planes|helicopters|tonnes|tons|km|kilometres|kilometers|miles|metres|meters|dollars|euros|roubles|rubles|hryvnias)\b/i;

/** Words before a year that make it a point of comparison, not the time of the statement. */
const COMPARISON = /\b(?:compared\s+(?:with|to)|than|versus|vs\.?)\s+$/i;

const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => DateHit['date'] | null }[] = [
  {
    re: new RegExp(String.raw`\b(spring|summer|autumn|fall|winter)\s+(?:of\s+)?${YEAR}${AFTER}`, 'giu'),
    read: (m) => ({ kind: 'season', season: SEASONS[m[1]!.toLowerCase()]!, year: Number(m[2]) }),
  },
  {
    re: new RegExp(String.raw`\b(?:(early|mid|late)[-\s]+)?((?:19|20)\d0)s\b`, 'giu'),
    read: (m) => {
      const decade = Number(m[2]);
      const part = m[1]?.toLowerCase();
      if (part === 'early') return { kind: 'decade', from: decade, to: decade + 3 };
      if (part === 'mid') return { kind: 'decade', from: decade + 3, to: decade + 6 };
      if (part === 'late') return { kind: 'decade', from: decade + 7, to: decade + 9 };
      return { kind: 'decade', from: decade, to: decade + 9 };
    },
  },
  {
    re: new RegExp(String.raw`\b(first|second|1st|2nd)\s+half\s+of\s+${YEAR}${AFTER}`, 'giu'),
    read: (m) => {
      const year = Number(m[2]);
      const first = /^(first|1st)$/i.test(m[1]!);
      return { kind: 'range', from: { year, month: first ? 1 : 7, day: null }, to: { year, month: first ? 6 : 12, day: null } };
    },
  },
  {
    re: new RegExp(String.raw`${BEFORE}${YEAR}\s*[-–—]\s*((?:19|20)?\d\d)${AFTER}`, 'gu'),
    read: (m) => {
      const from = Number(m[1]);
      const to = m[2]!.length === 2 ? Math.floor(from / 100) * 100 + Number(m[2]) : Number(m[2]);
      return plausibleYear(to) && to > from && to - from <= 20
        ? { kind: 'range', from: { year: from, month: null, day: null }, to: { year: to, month: null, day: null } }
        : null;
    },
  },
];

const BARE_YEAR = new RegExp(String.raw`${BEFORE}${YEAR}${AFTER}`, 'gu');

/** Seasons, decades, halves and year ranges in `sentence`, in text order. */
/** Every pattern above holds a year (or decade) of 19xx/20xx: a sentence without four such digits has no period. */
const ANY_YEAR = new RegExp(YEAR_DIGITS, 'u');

export function findPeriods(sentence: string): DateHit[] {
  if (!ANY_YEAR.test(sentence)) return [];
  const hits: DateHit[] = [];
  for (const { re, read } of PATTERNS) {
    for (const m of sentence.matchAll(re)) {
      const date = read(m as RegExpExecArray);
      if (date) hits.push({ index: m.index, text: m[0], date });
    }
  }
  return hits;
}

/** Four-digit years that stand in a date context ("in 2015", "since 2005"), not after "compared with". */
export function findBareYears(sentence: string): DateHit[] {
  const hits: DateHit[] = [];
  for (const m of sentence.matchAll(BARE_YEAR)) {
    const before = sentence.slice(0, m.index);
    const word = /([\p{L}]+)[\s,]*$/u.exec(before)?.[1]?.toLowerCase();
    if (!word || !YEAR_CONTEXT.has(word) || COMPARISON.test(before) || COUNTED.test(sentence.slice(m.index + m[0].length))) continue;
    hits.push({ index: m.index, text: m[0], date: { kind: 'point', point: { year: Number(m[1]), month: null, day: null } } });
  }
  return hits;
}
