/**
 * The headline inside a title line: a browser title with the site's name after it ("<headline> | Site"),
 * or fields set apart by bars or chevrons ("Site | Section | Headline"). A label glued in front of a headline is
 * glued-label.ts's.
 */
import { hasCase, isTitleShaped, wordCount, words } from '../segment/text-shape';
import { addressOf, foldName, spellsSame } from './outlet-address';
import { hasUnspacedScript } from './script/text-script';

// A spaced bullet, middle dot or double colon parts a site's name from the headline as a bar does ("<headline> • Site",
// "<headline> :: Site"): none of them is punctuation a headline uses between its words.
const SITE_SUFFIX = /^(.+?)(?:\s+(\||–|—|-|·|•|::)\s+|\s*(｜)\s*)([^|｜–—·•]+)$/u;

/**
 * The headline inside a page-title line that has no separate headline line ("<headline> | Site").
 * The suffix goes only on evidence: a pipe (headlines do not use one), or the site name printed again
 * elsewhere in the file (a masthead, a © line). Otherwise the line is kept whole.
 */
export function stripSiteSuffix(line: string, others: readonly string[]): string {
  const m = SITE_SUFFIX.exec(line.trim());
  if (!m) return stripOtherSuffix(line, others);
  if (wordCount(m[1]!) < 3 || wordCount(m[4]!) > 4) return line;
  const site = m[4]!.trim().toLowerCase();
  const named = others.some((o) => o.trim() !== line.trim() && o.toLowerCase().includes(site));
  return m[2] === '|' || m[3] !== undefined || named || isSiteShaped(m[1]!, m[4]!.trim()) || spelledByAddress(m[4]!, others) ? m[1]!.trim() : line;
}

/**
 * A site's name after a spaced chevron or slash ("<headline> » Site", "<headline> / Site"). A chevron also closes a quote in
 * French typography and a slash parts two names, so the name goes only on the evidence a dash needs (printed elsewhere on
 * the page, a name's shape after a headline in sentence case, or an address that spells it).
 */
const OTHER_SUFFIX = /^(.+?)\s+([»/])\s+([^»/|｜–—·•]+)$/u;

/** A site's name glued on with an underscore after a headline in Chinese or Japanese ("<标题>_新浪网"): how their title lines join it. */
const CJK_SUFFIX = /^([^_]+)_([^_]+)$/u;

/** The headline without a site's name after a chevron, a slash or (in an unspaced script) an underscore; the line unchanged otherwise. */
function stripOtherSuffix(line: string, others: readonly string[]): string {
  const t = line.trim();
  const cjk = CJK_SUFFIX.exec(t);
  if (cjk && hasUnspacedScript(cjk[1]!) && wordCount(cjk[2]!) <= 4 && !/\s/u.test(cjk[2]!.trim())) return cjk[1]!.trim();
  const m = OTHER_SUFFIX.exec(t);
  // A chevron after an opening one closes a quote (« … »), whatever follows it.
  if (!m || wordCount(m[1]!) < 3 || wordCount(m[3]!) > 4 || (m[2] === '»' && m[1]!.includes('«'))) return line;
  const [head, site] = [m[1]!.trim(), m[3]!.trim()];
  const named = others.some((o) => o.trim() !== t && o.toLowerCase().includes(site.toLowerCase()));
  return named || isSiteShaped(head, site) || spelledByAddress(site, others) ? head : line;
}

/**
 * Whether a web or e-mail address the page prints spells `name` ("Coastal Courier" and "desk@coastalcourier.com",
 * "Вечерний Город" and "vechernygorod.ru"): the site's own name, whatever its case or script. A headline's words after
 * a dash ("– Live Updates") spell no address of the page.
 */
function spelledByAddress(name: string, others: readonly string[]): boolean {
  return others.some((o) => {
    const address = o.includes('.') ? addressOf(o) : null;
    return address !== null && spellsSame(name, address.host);
  });
}

/** A site's name before the headline, set apart by a spaced bar or dash: "Site | <headline>", "Site – <headline>". */
const SITE_PREFIX = /^([^|｜–—]+?)(?:\s+(\||–|—|-)\s+|\s*(｜)\s*)(.+)$/u;

/**
 * The headline behind the site's name ("Jornal do Vale | Prefeitura abre concurso…", "Coast Daily – Harbour board
 * approves…"): a name of four words at most, then a title of four words or more with twice its words. A dash may
 * part a topic from a headline ("Ukraine – Russia talks resume"), so the name goes only on evidence: an address of
 * the page spells it, or, behind a bar (which no headline uses), the page prints it on a line of its own (its
 * masthead). The line unchanged otherwise.
 */
export function stripSitePrefix(line: string, others: readonly string[]): string {
  const m = SITE_PREFIX.exec(line.trim());
  if (!m) return line;
  const [site, rest] = [m[1]!.trim(), m[4]!.trim()];
  const n = wordCount(site);
  if (n < 1 || n > 4 || wordCount(rest) < Math.max(4, 2 * n) || !isTitleShaped(rest)) return line;
  const bar = m[2] === '|' || m[3] !== undefined;
  const alone = bar && others.some((o) => o.trim() !== line.trim() && foldName(o) === foldName(site));
  return alone || spelledByAddress(site, others) ? rest : line;
}

/** A web address in place of a site's name: "coastdaily.com", "www.example.co.uk". */
const DOMAIN = /^(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}$/u;

/** Cased words of a text: those whose first letter has case (none in Arabic, Hindi, Korean…). */
const casedWords = (text: string) => words(text).filter((w) => hasCase(w[0]!));

/**
 * Whether the part after a dash is a site's name by its shape alone, when the page prints it nowhere else: a web address,
 * or a name with every word capitalised but short particles ("Coast Daily", "Corriere del Lago") after a headline in sentence case (two words or more in lower
 * case) or in a script without case: a headline that goes on after a dash goes on in its own case and script ("Storm
 * hits the coast - live updates"). A headline in title case ("Storm Hits The Coast - Live Updates") gives no such evidence and stays whole.
 */
function isSiteShaped(head: string, suffix: string): boolean {
  if (DOMAIN.test(suffix)) return true;
  const [tail, lead] = [casedWords(suffix), casedWords(head)];
  const lower = lead.filter((w) => w[0] !== w[0]!.toUpperCase()).length;
  // A headline in a script without case (Korean, Hebrew, Telugu) before a name in capitals of a script with case ("YTN",
  // "Coast News"): the two parts are in different scripts, and the one in capitals is the site's name.
  const caselessHead = 2 * lead.length < wordCount(head);
  const capital = (w: string) => w[0] === w[0]!.toUpperCase();
  // A name may join its capitalised words with short particles in lower case ("Corriere del Lago", "Gazeta do Vale"): of
  // three letters at most, never first or last. A headline's own words go on longer ("– what we know so far").
  const particle = (w: string, i: number) => i > 0 && i < tail.length - 1 && [...w].length <= 3;
  const capitalised = tail.length > 0 && tail.length === wordCount(suffix) && tail.every((w, i) => capital(w) || particle(w, i));
  return capitalised && (lower >= 2 || caselessHead);
}

/**
 * The headline inside a page-title line: the one long field of a line of three or more fields first ("<headline> |
 * Section | Site" keeps no section), else the line without its site suffix (or, with none, without the site's name
 * before it), then without a label before a bar.
 */
export function headlineOfTitleLine(line: string, others: readonly string[]): string {
  const field = headlineField(line, others);
  if (field !== line) return field;
  const unsuffixed = stripSiteSuffix(line, others);
  const bare = unsuffixed === line ? stripSitePrefix(line, others) : unsuffixed;
  return headlineField(bare, others);
}

/** Fields of a title line set apart by bars or chevrons: "Site | Section | Headline", "News › Defence › Headline". */
const FIELDS = /\s+[|｜›»→>]\s+|\s*[|｜]\s*/u;

/**
 * The headline inside a line of three or more fields ("Nyheter | Inrikes | Marinen får två nya korvetter"): the one
 * field of four words or more, when every other is a name or section of three words at most. The line whole otherwise.
 */
export function headlineField(line: string, others: readonly string[] = []): string {
  const fields = line.split(FIELDS).map((f) => f.trim()).filter((f) => f !== '');
  if (fields.length <= 2) {
    const labelled = labelledField(line, others);
    return labelled !== line ? labelled : (oneLongField(line.split(DASH_FIELDS).map((f) => f.trim())) ?? line);
  }
  return oneLongField(fields) ?? line;
}

/** Fields set apart by spaced dashes: "<headline> – Section – Site". A headline may hold one such dash, not two. */
const DASH_FIELDS = /\s+[-–—]\s+/u;

/** The one field of four words or more among three or more, when every other is a name or section of three words at most. */
function oneLongField(fields: readonly string[]): string | null {
  if (fields.length < 3 || fields.some((f) => f === '')) return null;
  const long = fields.filter((f) => wordCount(f) >= 4);
  return long.length === 1 && isTitleShaped(long[0]!) && fields.every((f) => f === long[0] || wordCount(f) <= 3) ? long[0]! : null;
}

/** A label and the headline set apart by a bar or a spaced slash: "Esclusivo | Caccia, arriva…", "Difesa / Caccia, arriva…". */
const LABEL_FIELD = /^([^|｜/]+?)(\s*[|｜]\s*|\s+\/\s+)(.+)$/u;

/**
 * The headline behind a label of one or two words set apart by a bar or a spaced slash ("Esclusivo | Caccia, arriva il
 * primo F-35B", "Difesa / Caccia, arriva…"): the label is a word or two with a capital, the rest a title of four words or
 * more with twice the label's words. A headline does not use a bar; a slash may part two names in one ("Kiev / Mosca,
 * nuovi scambi…"), so behind a slash the label must also be printed alone elsewhere on the page (a menu's section name).
 * A site's name after its headline ("<headline> | Site") is cut before this (stripSiteSuffix). The line whole otherwise.
 */
function labelledField(line: string, others: readonly string[]): string {
  const m = LABEL_FIELD.exec(line.trim());
  if (!m) return line;
  const [label, rest] = [m[1]!.trim(), m[3]!.trim()];
  if (m[2]!.includes('/') && !others.some((o) => o.trim() === label)) return line;
  const n = wordCount(label);
  const capital = /^\p{Lu}/u.test(label) || !/\p{Ll}/u.test(label);
  return n >= 1 && n <= 2 && capital && wordCount(rest) >= 4 && wordCount(rest) >= 2 * n && isTitleShaped(rest) ? rest : line;
}

