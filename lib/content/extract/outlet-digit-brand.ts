/**
 * A masthead spelt with figures glued to its letters, alone on the page's first line ("24sata", "15min", "7Dnevno",
 * "Nova24TV"): two signals agree. Its shape is a brand's: a section or menu word is a word of the language, never
 * letters and figures run together. And the page names it nowhere else: a topic's code with figures ("COVID19",
 * "Euro2024", "G20") is what the story is about, so its text writes it again ("COVID-19", "Euro 2024"), compared by
 * letters and figures only. A year or a short code (three characters or fewer: "F1", "5G", "U21") is no brand's, and a
 * word with a figure after it is read as the furniture reader reads it, a counter ("Comments14"; "Kurir24" stays unread).
 * In any script: figures and letters glued are a shape every language's pages share. Two points.
 */
import type { SourceLine } from '../source/normalise';
import { classifyFurniture } from '../segment/line-rules';
import { letterKey } from './outlet-address';
import type { OutletFind } from './outlet-lines';

/** Letters and figures glued in one word, both of them, nothing else: "24sata", "15min", "24новини". */
const GLUED = /^(?=[\p{L}\p{M}\p{N}]*\p{L})(?=[\p{L}\p{M}\p{N}]*\p{N})[\p{L}\p{M}\p{N}]{4,30}$/u;

/** A word's letters and figures, folded: "COVID-19" → "covid19"; in a script Latin transliteration cannot spell, the word lower case. */
const key = (word: string) => letterKey(word) || word.toLowerCase().replace(/[^\p{L}\p{M}\p{N}]/gu, '');

/** Whether one of `lines` writes `wanted` (a key) as a word, or as two words run together ("Euro 2024"). */
function writtenElsewhere(wanted: string, lines: readonly SourceLine[]): boolean {
  return lines.some((l) => {
    const ws = l.text.split(/\s+/u).map(key);
    return ws.some((w, i) => w === wanted || (i > 0 && `${ws[i - 1]}${w}` === wanted));
  });
}

/** The lone glued word on the first of `filled` (the page's non-empty lines from its first line proper), as the module comment reads it; null otherwise. */
export function digitBrandMastheadFind(filled: readonly SourceLine[]): OutletFind | null {
  const [first, ...others] = filled;
  if (!first || others.length === 0) return null;
  const word = first.text.trim();
  if (!GLUED.test(word) || classifyFurniture(word) !== null) return null;
  // A year, or a figure with a unit or a measure's letters beside it, is no brand: the letters must outnumber one.
  const figures = word.replace(/[^\p{N}]/gu, '');
  if (/^(?:19|20)\d\d$/u.test(figures) || word.replace(/[\p{N}\p{M}]/gu, '').length < 2) return null;
  const wanted = key(word);
  if (wanted.length < 4 || writtenElsewhere(wanted, others)) return null;
  return { value: word, line: first.n, kind: 'masthead', text: first.text, weight: 2 };
}
