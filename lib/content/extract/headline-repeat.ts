/**
 * The headline printed again: a page prints its headline more than once (its title tag and its h1, a share line), with
 * small differences of case, marks and punctuation. Split from headline-score.ts; the scorer and the picker share it.
 */
import { wordCount, words } from '../segment/text-shape';
import { stripMarks } from '../fold-text';

/** A line's words with case, marks (Arabic vowel signs, accents) and punctuation set aside: how a repeat is recognised. */
export const repeatKey = (text: string) => words(stripMarks(text)).join(' ').toLowerCase();

/**
 * Whether `line` is `headline` printed again (the page's title tag and its h1) with small differences: the same
 * words once case, marks and punctuation are set aside. `key` is repeatKey(headline), when the caller has it.
 * Such differences change the length by a few characters, so other lines are not measured.
 */
export function isRepeatOf(line: string, headline: string, key?: string): boolean {
  if (line === headline || Math.abs(line.length - headline.length) > 3) return false;
  const k = key ?? repeatKey(headline);
  return wordCount(k) >= 4 && repeatKey(line) === k;
}
