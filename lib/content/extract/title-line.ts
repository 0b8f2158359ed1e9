/**
 * The headline inside a title line: a browser title with the site's name after it ("<headline> | Site"),
 * or fields set apart by bars or chevrons ("Site | Section | Headline").
 */
import { isTitleShaped, wordCount } from '../segment/text-shape';

const SITE_SUFFIX = /^(.+?)(?:\s+(\||–|—|-)\s+|\s*(｜)\s*)([^|｜–—]+)$/u;

/**
 * The headline inside a page-title line that has no separate headline line ("<headline> | Site").
 * The suffix goes only on evidence: a pipe (headlines do not use one), or the site name printed again
 * elsewhere in the file (a masthead, a © line). Otherwise the line is kept whole.
 */
export function stripSiteSuffix(line: string, others: readonly string[]): string {
  const m = SITE_SUFFIX.exec(line.trim());
  if (!m || wordCount(m[1]!) < 3 || wordCount(m[4]!) > 4) return line;
  const site = m[4]!.trim().toLowerCase();
  const named = others.some((o) => o.trim() !== line.trim() && o.toLowerCase().includes(site));
  return m[2] === '|' || m[3] !== undefined || named ? m[1]!.trim() : line;
}

/** Fields of a title line set apart by bars or chevrons: "Site | Section | Headline", "News › Defence › Headline". */
const FIELDS = /\s+[|｜›»→>]\s+|\s*[|｜]\s*/u;

/**
 * The headline inside a line of three or more fields ("Nyheter | Inrikes | Marinen får två nya korvetter"): the one
 * field of four words or more, when every other is a name or section of three words at most. The line whole otherwise.
 */
export function headlineField(line: string): string {
  const fields = line.split(FIELDS).map((f) => f.trim()).filter((f) => f !== '');
  if (fields.length < 3) return line;
  const long = fields.filter((f) => wordCount(f) >= 4);
  return long.length === 1 && isTitleShaped(long[0]!) && fields.every((f) => f === long[0] || wordCount(f) <= 3) ? long[0]! : line;
}
