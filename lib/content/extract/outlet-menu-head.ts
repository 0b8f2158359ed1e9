/**
 * The masthead over the menu, in a script without letter case: a name of two to four words alone on the page's first
 * line, straight over a run of three lines or more of one or two words each, most of them shorter than it ("नगर
 * दर्पण" over "होम", "देश", "राज्य", "खेल"; "ქართული ამბები" over "მთავარი", "პოლიტიკა"…). Where capitals cannot tell a
 * name from a phrase, position and length carry it, and two signals agree: the first line is the masthead's place, and
 * the menu's run under it is the page's header (a section label or kicker stands over a headline or the story's text,
 * not over the menu). A first line as short as the entries under it is the menu's own first entry, and stays unread;
 * so do a home link, a line furniture wherever it stands, a line with a figure or a sentence's end, and a line the page
 * prints again alone (a section's label: the footer's menu repeats it). Two points.
 * In a cased script a name in title case is read by its capitals (outlet-first-line.ts); one in sentence case
 * ("Gazeta ribeirinha", "Folkets tidning") has no capitals to read, and is read here as an uncased one is, with
 * what the case still says: the menu's entries each open with a capital (a menu's, not a sentence's fragments), the
 * line opens with a capital and is not shouted in capitals (a label), it neither opens nor ends with a function word (a
 * header's account link: "Sign in", "My account"), and none of its words but function words is one
 * the page writes in lower case elsewhere: a label's words are the page's common words ("Últimas notícias" over a
 * page that says "mais notícias"), a sentence-case name is printed once, at the top. Nor is the line after a
 * breadcrumb's separator.
 */
import type { SourceLine } from '../source/normalise';
import { endsSentence } from '../segment/text-shape';
import { classifyFurniture } from '../segment/line-rules';
import { isCased, isOutletName } from './name-shape';
import { foldName, isHomeLink } from './outlet-address';
import { writtenLower } from './outlet-footer-echo';
import { namedAsSection } from './outlet-lone-word';
import type { OutletFind } from './outlet-lines';
import { menuRunUnder, tokensOf } from './menu-run';

/** The fewest menu lines under the name that say "menu": two short lines may be a kicker and a date's weekday. */
const MIN_RUN = 3;

/** A word of letters and marks only (a hyphen or apostrophe inside), in a script without letter case. */
const uncasedWord = (w: string) => /^[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*$/u.test(w) && !isCased(w);

/** A menu entry: one or two words, no figure, no sentence end. */
const menuEntry = (text: string) => {
  const n = tokensOf(text).length;
  return n >= 1 && n <= 2 && !/\p{N}/u.test(text) && !endsSentence(text);
};

/**
 * Words of a cased script in sentence case: the first opens with a capital, some later word is all lower case (title
 * case is outlet-first-line.ts's), letters only, none shouted in capitals.
 */
const sentenceCased = (tokens: readonly string[]) =>
  tokens.every((w) => /^[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*$/u.test(w) && isCased(w) && /\p{Ll}/u.test(w)) &&
  /^\p{Lu}/u.test(tokens[0]!) &&
  tokens.slice(1).some((w) => !/\p{Lu}/u.test(w));

/**
 * A header's utility link, a verb or pronoun with its particle ("Sign in", "Log out", "About us", "My account"): a
 * sentence-case line that opens or ends with a function word, or ends with a particle's short lower-case word. A name
 * ends with a word of its own ("Folha da serra").
 */
const accountLink = (tokens: readonly string[], stopwords: ReadonlySet<string>) =>
  stopwords.has(tokens[0]!.toLowerCase()) || stopwords.has(tokens.at(-1)!.toLowerCase()) || /^\p{Ll}{1,3}$/u.test(tokens.at(-1)!);

/** A capitalised form of a word, which writtenLower reads for the word written in lower case elsewhere. */
const capitalised = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * Whether a sentence-case line is a common phrase of the page (`others`: its other lines): a word of it but function
 * words written in lower case elsewhere, or the line itself in lower case or after a breadcrumb's separator.
 */
function commonPhrase(name: string, tokens: readonly string[], others: readonly SourceLine[], stopwords: ReadonlySet<string>): boolean {
  return namedAsSection(name, others) || tokens.some((w) => !stopwords.has(w.toLowerCase()) && writtenLower(capitalised(w), others));
}

/**
 * The name on the first of `page` (the page's non-empty lines from its first line proper) when it stands over the
 * menu, as the module comment reads it; null otherwise.
 */
export function menuHeadMastheadFind(page: readonly SourceLine[], stopwords: ReadonlySet<string>): OutletFind | null {
  const first = page[0];
  if (!first) return null;
  const name = first.text.trim();
  const tokens = tokensOf(name);
  const cased = sentenceCased(tokens);
  if (tokens.length < 2 || tokens.length > 4 || name.length > 40 || !(tokens.every(uncasedWord) || cased)) return null;
  if (!isOutletName(name, stopwords) || isHomeLink(name) || isHomeLink(tokens[0]!) || classifyFurniture(name) !== null) return null;
  if (cased && (accountLink(tokens, stopwords) || commonPhrase(name, tokens, page.slice(1), stopwords))) return null;
  if (page.slice(1).some((l) => foldName(l.text) === foldName(name))) return null;
  const entry = (text: string) => menuEntry(text) && (!cased || /^\p{Lu}/u.test(text.trim()));
  let end = 1;
  while (end < page.length && entry(page[end]!.text)) end += 1;
  const run = page.slice(1, end);
  // Most entries shorter than the name: a first line of the entries' length is the first entry.
  const shorter = run.filter((l) => tokensOf(l.text).length < tokens.length).length;
  if (run.length >= MIN_RUN && shorter >= MIN_RUN && 3 * shorter >= 2 * run.length) return { value: name, line: first.n, kind: 'masthead', text: first.text, weight: 2 };
  return overMenuHead(page, tokens, cased, stopwords);
}

/**
 * The name over a menu whose head says it is one: its first line is or opens with the home link (a menu's first
 * entry: "Início", "Home | World | Sport"), or, under a name in sentence case, sets its entries on one line where the
 * name stands alone on its own ("Gündem Ekonomi Spor"; without case, a row under a section's label reads the same:
 * its sub-sections). Then the name is no entry of it, whatever the entries' length; three entries or more, and
 * no word of the name an entry of the menu or a line of the page alone (a section's label: "Notícias locais" over a menu
 * with "Notícias"). The line under the name is kept: were it the story's headline (a title in capitals reads as a
 * row), chooseOutlet weighs the name as a kicker's.
 */
function overMenuHead(page: readonly SourceLine[], tokens: readonly string[], cased: boolean, stopwords: ReadonlySet<string>): OutletFind | null {
  const [first, next] = page;
  if (!first || !next) return null;
  const run = menuRunUnder(page.slice(1), stopwords);
  if (run.entries.length < MIN_RUN || !(run.opensHome || (cased && run.opensRow))) return null;
  const sections = new Set([...run.entries, ...page.slice(1).map((l) => l.text)].map(foldName));
  if (tokens.some((w) => !stopwords.has(w.toLowerCase()) && sections.has(foldName(w)))) return null;
  return { value: first.text.trim(), line: first.n, kind: 'masthead', text: first.text, weight: 2, above: next.n };
}
