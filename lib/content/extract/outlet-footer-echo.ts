/**
 * A masthead the footer echoes: a short name alone on the page's first line (a single word too: "Postimees",
 * "Nordkuriren") that one of the page's last lines prints again among other words ("Nordkuriren på Facebook",
 * "Om Nordkuriren", "Nordkuriren AB, Storgatan 4"). Two signals agree: the first line is the masthead's place, and
 * a site names itself in its footer. A section word has the first line's shape too ("Nyheter", "Politik"), and the
 * guards are what it does instead: it stands again alone as a menu entry (the footer's menu, a kicker), and a
 * common noun runs on in lower case somewhere on the page ("Про журнал" under "Журнал"), where a name keeps its
 * capital. A mention inside a sentence of running text is no footer's ("Consiliul Local a aprobat…").
 */
import type { SourceLine } from '../source/normalise';
import { endsSentence, isRunningSentence } from '../segment/text-shape';
import { classifyFurniture } from '../segment/line-rules';
import { isCased, isOutletName } from './name-shape';
import { foldName, isHomeLink } from './outlet-address';
import { mentionOf } from './name-mention';
import { holdsBetween } from './literal-place';

type Find = { value: string; line: number; kind: 'masthead'; text: string; weight: number };

/**
 * Whether `name` is written in lower case as a word of some line: a common noun ("журнал", "nyheter"), not a name.
 * An address or handle is lower case whatever the name's case ("nordkuriren.se", "@nordkuriren"), and does not count.
 */
export function writtenLower(name: string, lines: readonly SourceLine[]): boolean {
  const lower = name.toLowerCase();
  if (lower === name) return false;
  // Only lines that hold the lower-case name at all are tried with the pattern (built once, for them).
  const holding = lines.filter((l) => l.text.includes(lower));
  if (holding.length === 0) return false;
  return holding.some((l) => holdsBetween(l.text, lower, LOWER_NOT_AFTER, LOWER_NOT_BEFORE));
}

/** What may not stand before a name written in lower case: a letter or figure, or an address's or handle's sign. */
const LOWER_NOT_AFTER = /[\p{L}\p{M}\p{N}@./_-]$/u;
/** What may not stand after it (sticky): a letter or figure, or a domain's dot and letter. */
const LOWER_NOT_BEFORE = /(?![\p{L}\p{M}\p{N}_]|\.\p{L})/uy;

/**
 * The first line's name when one of the page's last `end` lines prints it again among other words (see the module
 * comment): the masthead, two points. `filled` are the page's non-empty lines in order.
 */
export function footerEchoedMastheadFind(filled: readonly SourceLine[], stopwords: ReadonlySet<string>, end = 5): Find | null {
  const first = filled[0];
  if (!first || filled.length < end + 2) return null;
  const name = first.text.trim();
  const tokens = name.split(/\s+/u);
  if (tokens.length > 4 || name.length > 40 || /\p{N}/u.test(name) || endsSentence(name) || !isOutletName(name, stopwords)) return null;
  // A cased name opens with a capital and is no label shouted in capitals ("SON DAKİKA", "IN EVIDENZA").
  if (isCased(tokens[0]!) && (!/^\p{Lu}/u.test(name) || !/\p{Ll}/u.test(name))) return null;
  if (isHomeLink(name) || isHomeLink(tokens[0]!) || classifyFurniture(name) !== null) return null;
  const others = filled.slice(1);
  // Printed again alone, it is a menu entry or a section's label; written in lower case, a common word.
  if (others.some((l) => foldName(l.text) === foldName(name)) || writtenLower(name, others)) return null;
  const echo = filled.slice(-end).find((l) => l.n !== first.n && !isRunningSentence(l.text) && mentionOf(l.text, name) !== null);
  return echo ? { value: name, line: first.n, kind: 'masthead', text: first.text, weight: 2 } : null;
}
