/**
 * Credits: lines that name where a story came from, not the page that printed it. A wire agency signs with
 * its initials, in any language: alone on a line beside the story ("MTI", "spk/dpa", "MTI / STOP"), before the
 * story's time ("LETA 13:29, 26.05.2025"), after its last sentence ("… dedi. AA") or after the byline's name
 * ("Av Erik Lund TT"). Each is a credit of one point: under the outlet convention (tests/fixtures/scrapes/load.ts)
 * it names the outlet only when the page names no publication of its own (see `chooseOutlet`).
 */
import type { SourceLine } from '../source/normalise';
import { matchByline } from '../segment/byline';
import { endsSentence, wordCount } from '../segment/text-shape';
import { type HeaderDates, headerDates } from '../dates/header-dates';
import { isWeekdayName } from '../dates/weekday-names';
import type { OutletFind } from './outlet-lines';
import { isPhotoCredit } from '../segment/credit-rules';

/** An agency's initials: two to six capitals ("MTI", "TT", "БТА"); no section or menu word is written so beside a story. */
const INITIALS = String.raw`\p{Lu}{2,6}`;
const IS_INITIALS = new RegExp(`^${INITIALS}$`, 'u');
/**
 * A signature line: initials alone, or credits set apart by slashes, where a writer's lower-case initials may stand
 * before the agency ("spk/dpa", "ab/MTI", "MTI / STOP"). Lower-case parts only with a slash: "ad" alone is a word.
 */
const PART = String.raw`(?:${INITIALS}|\p{Ll}{2,4})`;
const SLASHED = new RegExp(`^${PART}(?:\\s*/\\s*${PART})+$`, 'u');
/** A story's last sentence with the agency's initials after it, on the same line ("… dedi. AA"). */
const TRAILING = new RegExp(`[.!?…]["»”’')]?\\s+(${INITIALS})$`, 'u');

const credit = (value: string, l: SourceLine, text: string): OutletFind => ({ value, line: l.n, kind: 'credit', text, weight: 1, credit: true });

/** A line of the story's text: a sentence of six words or more. */
export const isStoryText = (l: SourceLine | undefined) => l !== undefined && wordCount(l.text) >= 6 && endsSentence(l.text);

/** A line without the one pair of brackets or slashes a signature may stand in ("(MTI)", "[AA]", "/BTA/"). */
const unbracketed = (text: string) => text.trim().replace(/^(?:\((.+)\)|\[(.+)\]|\/(.+)\/)$/u, '$1$2$3').trim();

/**
 * A signature line beside the story (its initials bare or in brackets: "MTI", "(MTI)", "/BTA/"): the story's text stands within the two lines above it or on the line below,
 * and neither neighbour has the signature's shape too (a column of capitals is a tag list, not a signature).
 * The agency is the last credit of the line: the writer's initials come first ("spk/dpa").
 */
function signatureFind(filled: readonly SourceLine[], i: number): OutletFind | null {
  const t = unbracketed(filled[i]!.text);
  if (!IS_INITIALS.test(t) && !SLASHED.test(t)) return null;
  const shaped = (l: SourceLine | undefined) => l !== undefined && (IS_INITIALS.test(unbracketed(l.text)) || SLASHED.test(unbracketed(l.text)));
  if (shaped(filled[i - 1]) || shaped(filled[i + 1])) return null;
  if (!isStoryText(filled[i - 1]) && !isStoryText(filled[i - 2]) && !isStoryText(filled[i + 1])) return null;
  return credit(t.split(/\s*\/\s*/u).at(-1)!, filled[i]!, t);
}

/** Initials before the story's date or time and nothing else ("LETA 13:29, 26.05.2025"). */
function initialsBeforeDateFind(l: SourceLine, dates: HeaderDates): OutletFind | null {
  const m = /^(\p{Lu}{2,6})\s+(.*\p{Nd}.*)$/u.exec(l.text.trim());
  if (!m || isWeekdayName(m[1]!)) return null;
  const rest = m[2]!;
  const date = dates(rest);
  const left = date ? rest.slice(0, date.start) + rest.slice(date.end) : rest;
  return date && !/\p{L}/u.test(left) ? credit(m[1]!, l, l.text) : null;
}

/**
 * Initials after the story's last sentence ("… dedi. AA"). Only on the last paragraph, with no story text in the
 * three lines below: a caption inside the story ends with its photo agency the same way ("Troops at the border. EPA").
 */
function trailingInitialsFind(filled: readonly SourceLine[], i: number): OutletFind | null {
  const l = filled[i]!;
  const m = TRAILING.exec(l.text.trim());
  if (!m || wordCount(l.text) < 6 || filled.slice(i + 1, i + 4).some(isStoryText)) return null;
  return credit(m[1]!, l, l.text.slice(-60));
}

/** Initials after a byline's name ("Av Erik Lund TT"): the byline reads the name without them. */
function bylineInitialsFind(l: SourceLine): OutletFind | null {
  const t = l.text.trim();
  const last = t.split(/\s+/u).at(-1)!;
  if (!IS_INITIALS.test(last) || wordCount(t) > 8) return null;
  const by = matchByline(t);
  return by && !by.author.split(/\s+/u).includes(last) && by.outlet === null ? credit(last, l, t) : null;
}

/** Every credit on the page's non-empty lines, each on the line it stands on. */
export function creditFinds(filled: readonly SourceLine[], dates: HeaderDates = headerDates()): OutletFind[] {
  return filled.flatMap((l, i) => {
    const f = signatureFind(filled, i) ?? initialsBeforeDateFind(l, dates) ?? trailingInitialsFind(filled, i) ?? bylineInitialsFind(l);
    return f ? [f] : [];
  });
}

/**
 * Whether a © line opens with a picture's or source's label before its mark ("Photo: © Getty Images", "Foto © Anna
 * Berg / Reuters", "Sawir: © Hiiraan"): the name after the mark owns the picture, a photographer's or an agency's, not
 * the page. A label a table knows, with or without its colon, or one word and a colon in any language; never the word
 * "copyright" itself ("Copyright: © 2026 Harbour Ledger" is the page's own line). The caller reads it as a credit.
 */
export function isLabelledCopyright(text: string): boolean {
  const m = /^([^©ⓒⒸ]{1,40}?)\s*[©ⓒⒸ]/u.exec(text.trim());
  if (!m) return false;
  const label = m[1]!.trim();
  if (!/\p{L}/u.test(label) || /\p{N}/u.test(label) || /copyright/iu.test(label)) return false;
  return isPhotoCredit(label) || /^[\p{L}\p{M}'’.-]+\s*:$/u.test(label);
}
