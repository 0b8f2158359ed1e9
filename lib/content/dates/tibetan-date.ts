/**
 * Dates in Tibetan and Dzongkha, which write the year, then the word for month with the month's number or ordinal, then
 * the word for day with its number, in syllables parted by the tsheg ("་"): "ཕྱི་ལོ་ ༢༠༢༤ ཟླ་ ༣ ཚེས་ ༡༢",
 * "2026 ལོའི་ཟླ་༡༢ཚེས་5", "སྤྱི་ལོ་2026 ཟླ་བ་བཅུ་གཉིས་པའི་ཚེས་5" ("the twelfth month's day 5"). The other readers
 * read words of letters, and a Tibetan month is several syllables; this one reads them as syllables. The words are
 * the runtime's calendar data (Intl, CLDR: bo, dz), never typed here: the month word every month's name opens with, the
 * ordinal after it, the word before the day. Digits of any script are ASCII ones by the time text comes here.
 */
import { memo } from './date-languages';
import { type CalendarParts, validParts } from './partial-date';

const LOCALES = ['bo', 'dz'];
const TSHEG = '་';
const syllables = (s: string) => s.split(/[་\s]+/u).filter((x) => x !== '');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

type Words = { monthWords: Set<string>; ordinals: Map<string, number>; dayWords: Set<string> };

/** The month words, ordinals and day words CLDR writes for each locale's long and medium dates. */
function readWords(): Words {
  const words: Words = { monthWords: new Set(), ordinals: new Map(), dayWords: new Set() };
  for (const locale of LOCALES) {
    if (Intl.DateTimeFormat.supportedLocalesOf([locale]).length === 0) continue;
    const long = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC', calendar: 'gregory', numberingSystem: 'latn' });
    const names = Array.from({ length: 12 }, (_, m) => {
      const parts = long.formatToParts(new Date(Date.UTC(2026, m, 5)));
      const day = parts.findIndex((p) => p.type === 'day');
      // The last syllable of the letters right before the day is the word for day ("ཚེས་"); CLDR's genitive ("འི་") comes first.
      const dayWord = syllables(parts[day - 1]?.type === 'literal' ? parts[day - 1]!.value : '').at(-1);
      if (dayWord) words.dayWords.add(dayWord);
      return syllables(parts.find((p) => p.type === 'month')?.value ?? '');
    });
    // The syllables every month's name opens with are the word for month ("ཟླ་བ་", "ཟླ་"); the rest is its ordinal.
    let shared = 0;
    while (shared < names[0]!.length && names.every((n) => n[shared] === names[0]![shared] && n.length > shared + 1)) shared++;
    if (shared === 0) continue;
    for (let i = 1; i <= shared; i++) words.monthWords.add(names[0]!.slice(0, i).join(TSHEG));
    names.forEach((n, m) => words.ordinals.set(n.slice(shared).join(TSHEG), m + 1));
  }
  return words;
}

const WORDS = memo(readWords);

const pattern = memo((): RegExp | null => {
  const { monthWords, ordinals, dayWords } = WORDS();
  if (monthWords.size === 0 || dayWords.size === 0) return null;
  const alternatives = (set: Iterable<string>) => [...set].sort((a, b) => b.length - a.length).map(escape).join('|');
  const gap = '[་\\s]*';
  // Year (with one syllable after it, "ལོའི་"), the month word, the month's number or ordinal (with CLDR's genitive "འི"), the day word, the day.
  return new RegExp(
    String.raw`(?:(?<!\d)(\d{4})(?!\d)\s*(?:[\p{L}\p{M}]{1,6}་)?${gap})?(?<![\p{L}\p{M}])(?:${alternatives(monthWords)})${gap}(?:(\d{1,2})(?!\d)|(${alternatives(ordinals.keys())})(?:འི)?)${gap}(?:${alternatives(dayWords)})${gap}(\d{1,2})(?!\d)`,
    'gu',
  );
});

/** A date read here: its parts and where it stands. */
export type TibetanDate = { parts: CalendarParts; start: number; end: number };

/** The Tibetan-script dates in `text` (ASCII digits), in text order; a date without its year keeps the year unknown. */
export function tibetanDates(text: string): TibetanDate[] {
  if (!/[\u0F40-\u0FBC]/u.test(text)) return [];
  const re = pattern();
  if (!re) return [];
  const found: TibetanDate[] = [];
  for (const m of text.matchAll(re)) {
    const month = m[2] ? +m[2] : (WORDS().ordinals.get(m[3]!) ?? null);
    const parts = month === null ? null : validParts({ year: m[1] ? +m[1] : null, month, day: +m[4]! });
    if (parts) found.push({ parts, start: m.index!, end: m.index! + m[0].length });
  }
  return found;
}
