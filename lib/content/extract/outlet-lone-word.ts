/**
 * A masthead of one word alone on the page's first line ("Nordkuriren", "Postimees", "Délmagyar") that the page
 * names nowhere else. A section word has the same shape ("Politik", "Cronaca", "Europe"), so the word is read
 * only where nothing says it is one: it is not the head of a menu (the line under it is no short line of a
 * menu's kind: one to three words, no sentence), it stands nowhere else alone or in a breadcrumb (a section's
 * label is printed again: in the footer's menu, as a kicker, after "Home ›"), the page never writes it in lower
 * case (a common noun: "Про журнал" under "Журнал"), and it is no home link, skip link or label in capitals.
 * Two points; right over the headline, where a kicker stands ("Europe" over its story), chooseOutlet counts
 * one (`above`). Only in scripts with letter case: elsewhere the shape says nothing.
 */
import type { SourceLine } from '../source/normalise';
import { endsSentence } from '../segment/text-shape';
import { HOME_LINKS } from '../segment/furniture-words';
import { classifyFurniture } from '../segment/line-rules';
import { findDate } from '../dates/date-find';
import { isCased, isOutletName, nameTokenCount } from './name-shape';
import { foldName } from './outlet-address';
import { writtenLower } from './outlet-footer-echo';
import type { OutletFind } from './outlet-lines';

/** The home links, folded as names are compared. */
const HOME = new Set([...HOME_LINKS].map(foldName));

/** A line of a menu's kind: one to three words, no sentence, no figure (a date or a counter is another kind). */
const menuShaped = (text: string) => nameTokenCount(text, 3) <= 3 && !endsSentence(text.trim()) && !/\p{N}/u.test(text);

/** Whether `word` stands in a breadcrumb of the page: beside a crumb separator ("Home › Politik", "Start / Politik"). */
function inBreadcrumb(word: string, lines: readonly SourceLine[]): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const crumb = new RegExp(`(?:[›»>/|]\\s*${escaped}(?![\\p{L}\\p{M}\\p{N}]))|(?:(?<![\\p{L}\\p{M}\\p{N}])${escaped}\\s*[›»>/|])`, 'u');
  return lines.some((l) => crumb.test(l.text));
}

/** The lone word on the first of `filled` (the page's non-empty lines), as the module comment reads it; null otherwise. */
export function loneWordMastheadFind(filled: readonly SourceLine[], stopwords: ReadonlySet<string>): OutletFind | null {
  const [first, next] = filled;
  if (!first || !next) return null;
  const word = first.text.trim();
  if (/\s/u.test(word) || word.length < 3 || word.length > 30 || !isCased(word) || !/^\p{Lu}/u.test(word) || !/\p{Ll}/u.test(word)) return null;
  if (!/^[\p{L}\p{M}\p{N}.&'’-]+$/u.test(word) || endsSentence(word) || !isOutletName(word, stopwords) || stopwords.has(word.toLowerCase())) return null;
  if (HOME.has(foldName(word)) || classifyFurniture(word) !== null || (/\p{N}/u.test(word) && findDate(word) !== null)) return null;
  if (menuShaped(next.text)) return null;
  const others = filled.slice(1);
  if (others.some((l) => foldName(l.text) === foldName(word)) || inBreadcrumb(word, others) || writtenLower(word, others)) return null;
  return { value: word, line: first.n, kind: 'masthead', text: first.text, weight: 2, above: next.n };
}
