/**
 * The masthead over the menu, in a script without letter case: a name of two to four words alone on the page's first
 * line, straight over a run of three lines or more of one or two words each, most of them shorter than it ("नगर
 * दर्पण" over "होम", "देश", "राज्य", "खेल"; "ქართული ამბები" over "მთავარი", "პოლიტიკა"…). Where capitals cannot tell a
 * name from a phrase, position and length carry it, and two signals agree: the first line is the masthead's place, and
 * the menu's run under it is the page's header (a section label or kicker stands over a headline or the story's text,
 * not over the menu). A first line as short as the entries under it is the menu's own first entry, and stays unread;
 * so do a home link, a line furniture wherever it stands, a line with a figure or a sentence's end, and a line the page
 * prints again alone (a section's label: the footer's menu repeats it). Two points. In cased scripts the name's
 * capitals are read instead (outlet-first-line.ts).
 */
import type { SourceLine } from '../source/normalise';
import { endsSentence } from '../segment/text-shape';
import { classifyFurniture } from '../segment/line-rules';
import { isCased, isOutletName } from './name-shape';
import { foldName, isHomeLink } from './outlet-address';
import type { OutletFind } from './outlet-lines';

/** The fewest menu lines under the name that say "menu": two short lines may be a kicker and a date's weekday. */
const MIN_RUN = 3;

/** A line's words split at spaces. */
const tokensOf = (text: string) => text.trim().split(/\s+/u).filter((w) => w !== '');

/** A word of letters and marks only (a hyphen or apostrophe inside), in a script without letter case. */
const uncasedWord = (w: string) => /^[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*$/u.test(w) && !isCased(w);

/** A menu entry: one or two words, no figure, no sentence end. */
const menuEntry = (text: string) => {
  const n = tokensOf(text).length;
  return n >= 1 && n <= 2 && !/\p{N}/u.test(text) && !endsSentence(text);
};

/**
 * The name on the first of `page` (the page's non-empty lines from its first line proper) when it stands over the
 * menu, as the module comment reads it; null otherwise.
 */
export function menuHeadMastheadFind(page: readonly SourceLine[], stopwords: ReadonlySet<string>): OutletFind | null {
  const first = page[0];
  if (!first) return null;
  const name = first.text.trim();
  const tokens = tokensOf(name);
  if (tokens.length < 2 || tokens.length > 4 || name.length > 40 || !tokens.every(uncasedWord)) return null;
  if (!isOutletName(name, stopwords) || isHomeLink(name) || isHomeLink(tokens[0]!) || classifyFurniture(name) !== null) return null;
  let end = 1;
  while (end < page.length && menuEntry(page[end]!.text)) end += 1;
  const run = page.slice(1, end);
  // Most entries shorter than the name: a first line of the entries' length is the first entry.
  const shorter = run.filter((l) => tokensOf(l.text).length < tokens.length).length;
  if (run.length < MIN_RUN || shorter < MIN_RUN || 3 * shorter < 2 * run.length) return null;
  if (page.slice(1).some((l) => foldName(l.text) === foldName(name))) return null;
  return { value: name, line: first.n, kind: 'masthead', text: first.text, weight: 2 };
}
