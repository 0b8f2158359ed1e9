/**
 * A writer's name of two words alone under the story's last paragraph, where the line under it is no button or heading
 * that bareSignature (bare-signature.ts) reads as furniture: a longer line (a teaser headline with no heading above it,
 * a newsletter prompt), a block of several lines; or a name under a time alone ("10:45", "10:45 AM") under the last
 * paragraph.
 * Without that signal below, the page itself must vouch for the name: no word of it (in any inflection) is printed on
 * any other line. A tag, a section or a menu word recurs in the menus, breadcrumbs and tag lists; a place or a person
 * recurs in the story; the outlet recurs in its masthead and © line; a button's word recurs in its count or its
 * neighbours ("Comments", "Comments (3)"). A writer's name is printed once. The line under it must not be name-shaped
 * too (a run of short title-case lines is a tag list, "Local Politics" over "Harbour District"), nor a sentence (a
 * reader's comment under their name); and something must be under it: a short line that ends the page is as often
 * its last button. (A name over its bio, which repeats it, is read by story-footer.ts.)
 */
import type { Block } from '../segment/segment';
import { type Byline, matchBareName } from '../segment/byline';
import { endsSentence, wordCount } from '../segment/text-shape';
import { nameStopwords, personNames } from './name-shape';
import { namesSurname } from './bare-signature';

/** A time alone on its line ("10:45", "9.30", "10:45 AM"): a stamp between the story and its signature. */
const BARE_TIME = /^\(?\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\)?$/u;

/** A block of a date or a time alone: a marked dateline or stamp that names no one, or a bare time. */
function isTimeOnly(b: Block | undefined): boolean {
  if (b === undefined || b.lines.length !== 1) return false;
  if (b.mark?.kind === 'stamp' || (b.mark?.kind === 'dateline' && b.mark.byline === null)) return true;
  return b.mark === null && BARE_TIME.test(b.text.trim());
}

/** Every word capitalised (words of three letters or fewer aside: particles) and some letters in lower case. */
const isNameCased = (text: string) =>
  /\p{Ll}/u.test(text) && text.trim().split(/\s+/u).every((w) => !/^\p{L}/u.test(w) || /^\p{Lu}/u.test(w) || w.length <= 3);

/**
 * A line of two capitalised name words, none a stopword or a desk word of the page language. (Three capitalised words
 * over a longer line are as often a short headline over the next of a list of teasers: "Nowy Dworzec Otwarty".)
 */
function nameLine(text: string, stopwords: ReadonlySet<string>): Byline | null {
  if (wordCount(text) !== 2 || !isNameCased(text)) return null;
  const byline = matchBareName(text);
  return byline !== null && personNames(text, { stopwords }) !== null ? byline : null;
}

/** Whether a word of the name (two letters or more) is printed, in any inflection, on one of `others`. */
function wordsRecur(name: string, others: readonly string[]): boolean {
  return name
    .split(/\s+/u)
    .filter((w) => w.replace(/[^\p{L}]/gu, '').length >= 2)
    .some((w) => namesSurname(others, w));
}

export type LoneSignatureContext = { story: readonly string[]; lines: readonly string[]; language: string };

/**
 * The lone signature's block index and name in the footer (see the module comment), or null. `story` is the headline and
 * the paragraphs, `lines` every line of the page (the name's own once).
 */
export function loneSignature(footer: readonly Block[], { story, lines, language }: LoneSignatureContext): { at: number; byline: Byline } | null {
  if (story.length < 2 || !endsSentence(story.at(-1) ?? '')) return null;
  const at = isTimeOnly(footer[0]) ? 1 : 0;
  const b = footer[at];
  if (b === undefined || b.mark !== null || b.lines.length !== 1) return null;
  const stopwords = nameStopwords(language);
  const text = b.text.trim();
  const byline = nameLine(text, stopwords);
  const below = footer[at + 1];
  if (byline === null || below === undefined) return null;
  // A sentence under a name is as often a reader's comment under theirs; the next short title-case line makes the name
  // one of a list (tags, people, places).
  if (below.lines.length === 1 && endsSentence(below.text)) return null;
  if (below.lines.length === 1 && matchBareName(below.text) !== null && personNames(below.text, { stopwords }) !== null) return null;
  // The page's lines less the name's own (once: the same line printed again, in a menu or a tag list, is another line).
  const own = lines.findIndex((l) => l.trim() === text);
  const others = lines.filter((_, i) => i !== own);
  return wordsRecur(byline.author, others) ? null : { at, byline };
}
