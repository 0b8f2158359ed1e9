/**
 * Where a text names an outlet's name as a whole word (mentionOf): spaced or glued where the name is glued ("NOS
 * Nieuws" for "NOSNieuws"), with the short ending an inflection or possessive adds. The masthead and footer rules read
 * a name's mentions with it. Split from outlet-masthead.ts.
 */
import type { SourceLine } from '../source/normalise';

/** Where a glued word breaks: "DélmagyarBelföld" after "r", "NOSNieuws" after "S". */
export const GLUE = /\p{Ll}(?=\p{Lu})|\p{Lu}(?=\p{Lu}\p{Ll})/u;

/**
 * The form in which `text` names `name` as a whole word, spaced or glued where the name is glued ("NOS
 * Nieuws" for "NOSNieuws"), without the short ending an inflection or possessive adds ("Tidnings",
 * "Délmagyart", "Herald's"); null when it does not.
 */
export function mentionOf(text: string, name: string): string | null {
  const mention = mentionPattern(name);
  // The pattern holds every piece of the name as written (no case folding): a text without them holds no mention,
  // and most lines tried hold none, so the search is spared, and the pattern is built only then.
  if (!text.includes(mention.opening) || !mention.pieces.every((p) => text.includes(p))) return null;
  const body = (mention.pattern ??= patternOf(name));
  // `body` finds the name's own characters; the letters either side are read with patterns built once (a pattern
  // with letter classes costs about a millisecond to build, and every page brings new names). At each place `body`
  // matches in one way only (a space is optional only before a letter), so the first place whose neighbours pass is
  // where one pattern with a look-behind and a look-ahead would match.
  for (body.lastIndex = 0; ; ) {
    const m = body.exec(text);
    if (!m) return null;
    const start = m.index;
    TAIL.lastIndex = start + m[0].length;
    if (!LETTER_BEFORE.test(text.slice(Math.max(0, start - 2), start)) && TAIL.test(text)) return m[0];
    const code = text.codePointAt(start);
    body.lastIndex = start + (code !== undefined && code > 0xffff ? 2 : 1);
  }
}

/** A letter or figure ending a text: the code point before a mention may not be one. */
const LETTER_BEFORE = /[\p{L}\p{N}]$/u;
/** What may follow a mention where it ends (sticky): the short ending an inflection or possessive adds, then no letter or figure. */
const TAIL = /['’]?\p{Ll}{0,3}(?![\p{L}\p{N}])/uy;

/**
 * The pattern mentionOf looks for a name with (built on first need), the characters it opens with, and every piece it
 * holds as written: each word, cut where a space may be glued in ("NOSNieuws": "NOS", "Nieuws"). A text holds every
 * piece wherever the pattern matches, so one that lacks a piece is passed over without the pattern.
 */
type Mention = { pattern: RegExp | null; opening: string; pieces: readonly string[] };

/** Patterns already built, by name: a page's every prompt line is tried against each of its top lines' names. Bounded. */
const MENTION = new Map<string, Mention>();
const GLUE_ALL = new RegExp(GLUE.source, 'gu');

/** What mentionOf looks for `name` with: the characters its pattern opens with, and the pattern once a text holds them. */
function mentionPattern(name: string): Mention {
  let found = MENTION.get(name);
  if (found) return found;
  const first = name.trim().split(/\s+/u)[0]!;
  // The first word up to the first place a space may be glued in (after its first glue letter), as the pattern reads it.
  const glue = GLUE.exec(first);
  const pieces = name.trim().split(/\s+/u).flatMap((w) => w.replace(GLUE_ALL, '$&\u0000').split('\u0000')).filter((p) => p !== '');
  found = { pattern: null, opening: glue ? first.slice(0, glue.index + glue[0].length) : first, pieces };
  if (MENTION.size >= 2_000) MENTION.clear();
  MENTION.set(name, found);
  return found;
}

/** `name`'s own characters, spaced or glued where it is glued; global, so mentionOf says where each search starts. */
function patternOf(name: string): RegExp {
  const body = name.trim().split(/\s+/u).map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(GLUE_ALL, '$&\\s?')).join('\\s*');
  return new RegExp(body, 'gu');
}

/** The first of `lines` (other than line `n`) that mentions `name`, as mentionOf gives it; null when none does. */
export function firstMention(lines: readonly SourceLine[], n: number, name: string): string | null {
  for (const o of lines) {
    if (o.n === n) continue;
    const m = mentionOf(o.text, name);
    if (m !== null) return m;
  }
  return null;
}
