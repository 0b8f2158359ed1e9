/**
 * A reading-time counter glued after a date ("12 Marzo 2024 Tempo di lettura 3 minuti", "12. März 2024 Lesezeit 4 Min.",
 * "5 December 2026 3 min read"): a figure with the word for minutes, as CLDR writes that unit in every language it
 * formats dates in (Intl.NumberFormat's unit style, long and short), with at most a short label around it. A scrape
 * joins the header's elements with a space, so the counter stands beside the date with no bar to set it apart.
 */
import { dateLanguages } from './date-languages';

/** Words of a label before the figure ("Tempo di lettura", "Lesezeit:") and after the unit ("read", "di lettura"), at most. */
const MAX_BEFORE = 3;
const MAX_AFTER = 2;
const COUNTER = new RegExp(
  String.raw`^(?:[\p{L}\p{M}]+[:：]?\s+){0,${MAX_BEFORE}}\p{Nd}{1,3}\s*([\p{L}\p{M}]+)\.?(?:\s+[\p{L}\p{M}]+){0,${MAX_AFTER}}$`,
  'u',
);

let minuteWords: ReadonlySet<string> | null = null;

/** The words CLDR writes for minutes after a figure, in every date language, lower case (made once, on first use). */
function minutes(): ReadonlySet<string> {
  if (minuteWords) return minuteWords;
  const words = new Set<string>();
  for (const lang of dateLanguages()) {
    for (const unitDisplay of ['long', 'short'] as const) {
      const format = new Intl.NumberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay });
      for (const n of [1, 2, 3, 5, 21]) {
        for (const w of format.format(n).match(/[\p{L}\p{M}]{2,}/gu) ?? []) words.add(w.toLocaleLowerCase());
      }
    }
  }
  return (minuteWords = words);
}

/** True when the text is a reading-time counter alone: a short label, a figure and CLDR's word for minutes. */
export function isReadingTime(text: string): boolean {
  const m = COUNTER.exec(text.trim());
  return m !== null && minutes().has(m[1]!.toLocaleLowerCase());
}
