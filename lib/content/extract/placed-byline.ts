/**
 * Bylines in the header that neither a label table nor a capital reads: a lead of a few words in any language set off
 * from the name by a colon, a dash or a bar ("Mwandishi - Juma Hassan", "Na mwandishi wetu: Juma Hassan", "كتب - أحمد
 * محمود"). The shape says "a short lead, then a name"; the position says
 * "byline": the caller (story-header.ts markBareBylines) reads only lines placed as a byline is, and the line stands
 * under a longer title-shaped line (the headline). The page must agree: the surname is printed on no other line (a
 * story's subject, a tag or a related headline is named again) and no capitalised word is one the page writes in lower
 * case. Never a picture's or a sponsor's credit. A name of a script without case alone on its line (no lead) is not
 * read here: between the headline and the date two such words are as often a kicker or a toolbar's label, and on
 * held-out pages reading them gave a wrong author on four pages for each right one it added.
 */
import type { Block } from '../segment/segment';
import { type Byline, matchBareName } from '../segment/byline';
import { isBylineLabel, isLeadInWord } from '../segment/byline-labels';
import { isCreditLead, isPhotoCredit } from '../segment/credit-rules';
import { matchNameWithTail } from '../segment/name-tail';
import { matchUncasedNameBesideDate } from '../segment/uncased-name';
import { isTitleShaped, wordCount } from '../segment/text-shape';
import { type PageWords, pageDisowns } from './header-names';
import { isCased } from './name-shape';
import { foldedLower } from '../fold-text';

/** Where a lead ends: a colon, a bar or a bullet, or a spaced dash ("Mwandishi - Juma Hassan"). */
const LEAD_END = /\s*[:：|·•]\s*|\s+[-–—]\s+/u;
/** In a script without case only a colon or a dash parts a lead from a name: a bar or a bullet parts a breadcrumb's steps. */
const UNCASED_LEAD_END = /^(?:\s*[:：]\s*|\s+[-–—]\s+)$/u;
/** Where a tail after a name starts: a spaced dash or bar, a comma or an opening bracket ("أحمد محمود - القاهرة"). */
const TAIL_START = /\s+[-–—|·•]\s+|\s*[,،(]\s*/u;

/** A name of a script without case, with at most a short tail of a role or a place (no figures, four words at most). */
export function uncasedNameWithTail(text: string): Byline | null {
  const tail = TAIL_START.exec(text);
  if (tail === null) return matchUncasedNameBesideDate(text);
  const rest = text.slice(tail.index + tail[0].length).replace(/\)\s*$/u, '');
  return tail.index > 0 && wordCount(rest) <= 4 ? matchUncasedNameBesideDate(text.slice(0, tail.index)) : null;
}

/**
 * The name after a lead of one to three words set off by a colon, a dash or a bar, in any language: "Mwandishi - Juma
 * Hassan", "Na mwandishi wetu: Juma Hassan, Dodoma", "كتب - أحمد محمود". The lead is no name itself, and after a dash
 * or a bar it holds a word bylines print; the name after it may carry a short tail (name-tail.ts). Null for any other
 * line.
 */
export function nameAfterSeparatedLead(text: string): Byline | null {
  const sep = LEAD_END.exec(text);
  if (sep === null || sep.index === 0) return null;
  const lead = text.slice(0, sep.index).trim();
  const rest = text.slice(sep.index + sep[0].length).trim();
  if (wordCount(lead) > 3) return null;
  const printed = (w: string) => (w.length >= 4 || !isCased(w)) && (isBylineLabel(w) || isLeadInWord(w));
  const leadPrinted = lead.split(/\s+/u).some(printed);
  // A lead that reads as a name is one ("Anna Berg - Harbour Post"), unless a word of it is one bylines print: a job title
  // set in capitals ("Staff Reporter: Anna Berg", "Chief Editor - Anna Berg").
  if (matchBareName(lead) !== null && !leadPrinted) return null;
  // A dash or a bar parts a section from its topic as well ("En vivo - Copa América", "Sección | Política Nacional"):
  // there a word of the lead must be one bylines print (a label, a job title, the kind of piece), of four letters at
  // least in a script with case: a short label ("de", "di", "by") is a preposition too ("كتب" is not). A colon makes the lead a field's label, whose value here
  // is a person's name, as COLON_LABELLED reads it (byline.ts).
  if (!/[:：]/u.test(sep[0]) && !leadPrinted) return null;
  const cased = matchNameWithTail(rest);
  if (cased !== null) return cased;
  return UNCASED_LEAD_END.test(sep[0]) ? uncasedNameWithTail(rest) : null;
}

/**
 * True when the words before the name are a line of their own elsewhere on the page: a breadcrumb's step repeats a menu
 * item ("Michezo | Ligi Kuu" under a menu that prints "Michezo"); a byline's label is no menu item.
 */
function leadIsMenuItem(text: string, name: string, page: PageWords): boolean {
  const lead = foldedLower(text.slice(0, text.indexOf(name))).replace(/[\s:：|·•–—-]+$/u, '');
  const first = lead.split(/[^\p{L}\p{M}]+/u).find((w) => w !== '');
  return first !== undefined && page.linesWith(first).some((l) => foldedLower(l).trim() === lead);
}

/**
 * The byline on header line `i` that no label table or capital reads (see the module comment): a name after a lead set
 * off by punctuation. Only a one-line block without figures, under
 * a longer title-shaped line, whose surname the page prints nowhere else; null otherwise.
 */
export function placedByline(header: readonly Block[], i: number, page: PageWords): Byline | null {
  const block = header[i]!;
  const text = block.text.trim();
  if (block.lines.length !== 1 || wordCount(text) > 8 || /\p{N}/u.test(text)) return null;
  // The shape first, the credit patterns (long alternations) only for a line that has it.
  const byline = nameAfterSeparatedLead(text);
  if (byline === null || isCreditLead(text) || isPhotoCredit(text)) return null;
  const above = header.slice(0, i).some((b) => b.mark === null && isTitleShaped(b.text) && wordCount(b.text) >= Math.max(4, wordCount(text) + 1));
  return above && !pageDisowns(text, byline.author, page) && !leadIsMenuItem(text, byline.author, page) ? byline : null;
}
