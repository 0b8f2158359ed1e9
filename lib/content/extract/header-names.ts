/**
 * Bare names around the headline, read by position and shape together: several names joined by a short
 * lower-case word, and a place printed after a name that the story's own dateline names again. No list of conjunctions, places or sections decides: the shape and the page do.
 */
import { wordCount } from '../segment/text-shape';
import { foldedLower } from '../fold-text';

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
  const last = foldedLower(tokens.at(-1)!);
  const placed = paragraphs.slice(0, 3).some((p) => {
    const m = DATELINE_OPEN.exec(p.trim());
    return m !== null && foldedLower(m[1]!) === last;
  });
  return placed ? tokens.slice(0, -1).join(' ') : author;
}
