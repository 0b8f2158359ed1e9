/**
 * Bare names around the headline, read by position and shape together: a writer's name straight above the
 * headline, several names joined by a short lower-case word, and a place printed after a name that the story's
 * own dateline names again. No list of conjunctions, places or sections decides: the shape and the page do.
 */
import type { Block } from '../segment/segment';
import { matchBareName } from '../segment/byline';
import { wordCount } from '../segment/text-shape';
import { personNames } from './name-shape';

/** Where names are joined: a short lower-case word between two capitalised runs ("e", "и", "ve", "és", "și"), or an ampersand. */
const NAME_JOINER = /\s+\p{Ll}{1,3}\s+(?=\p{Lu})|\s*&\s*/u;

/**
 * Every name of a line at most three words long: one name ("Jane Doe"), or several joined by a short lower-case word
 * ("Ion Popescu și Maria Ionescu"), where each is. The joiner is read by its shape, not from a list of conjunctions.
 */
export function nameRunsShort(text: string): boolean {
  const runs = text.split(NAME_JOINER);
  return runs.length <= 4 && runs.every((r) => r.trim() !== '' && wordCount(r) <= 3);
}

const folded = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
const wordsOf = (s: string) => folded(s).match(/\p{L}+/gu) ?? [];
/** Every cased letter a capital: a kicker or a section is shouted as often as a name, so the position alone cannot tell. */
const shouted = (s: string) => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);

/**
 * The line straight above the headline when it is a writer's bare name ("Иван Петров" over the headline), or null.
 * A kicker or a section has the same place and often the same shape, so three signals must agree: the shape of
 * people's names (two to four capitalised words each, none a stopword of the page or a desk word), no word of it
 * printed anywhere else on the page (a section repeats in the menu, a kicker's words in the headline or the story,
 * the outlet in its title and rights lines; a writer's name is printed once), and mixed case; and some line of the
 * header stands above it (the page's first line over the headline is its section).
 */
export function nameAboveHeadline(header: readonly Block[], headline: Block | null, pageLines: readonly string[], stopwords: ReadonlySet<string>): Block | null {
  const i = headline ? header.indexOf(headline) : -1;
  // A section label often opens the page straight above the headline ("Local News"); a writer's name comes under the menu.
  const above = i > 1 ? header[i - 1]! : null;
  if (!above || above.mark !== null || above.lines.length !== 1 || headline!.line - above.line !== 1) return null;
  const text = above.text.trim();
  if (shouted(text) || !nameRunsShort(text) || !matchBareName(text) || !personNames(text, { stopwords })) return null;
  const own = new Set(wordsOf(text).filter((w) => w.length >= 3));
  const elsewhere = pageLines.filter((l) => l.trim() !== text).some((l) => wordsOf(l).some((w) => own.has(w)));
  return elsewhere ? null : above;
}

/** A line that opens with a dateline: a place in capitals or capitalised, then a dash or a comma ("TORINO –", "Torino, 12 marzo –"). */
const DATELINE_OPEN = /^(\p{Lu}[\p{L}'’\-]+)\s*(?:[–—-]|,)/u;

/**
 * A writer's name with the place they file from glued after it ("Marco Rossi Torino" from "Marco Rossi Torino 12/03/2024"):
 * the name without the place when the story's own dateline names that place ("TORINO – Il consiglio…"). A three-word name
 * has the same shape, so only the dateline's evidence cuts, and only a last word, leaving two words at least.
 */
export function withoutDatelinePlace(author: string, paragraphs: readonly string[]): string {
  const tokens = author.trim().split(/\s+/u);
  if (tokens.length < 3) return author;
  const last = folded(tokens.at(-1)!);
  const placed = paragraphs.slice(0, 3).some((p) => {
    const m = DATELINE_OPEN.exec(p.trim());
    return m !== null && folded(m[1]!) === last;
  });
  return placed ? tokens.slice(0, -1).join(' ') : author;
}
