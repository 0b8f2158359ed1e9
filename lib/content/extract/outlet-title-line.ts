/**
 * The site a title line names: "Headline – Site", "Headline | Section | Site", "…配備へ｜東洋新聞". The site stands
 * last, after the headline; two other orders are read only with their evidence: the site first ("Site | Headline")
 * when the page prints the headline again on a line of its own (the repetition says which part is the headline),
 * and the site before its tagline ("Headline | Site – news from the coast") when the last part runs on in lower
 * case like a phrase, which no site's name does.
 */
import type { SourceLine } from '../source/normalise';
import { endsSentence, wordCount } from '../segment/text-shape';
import { type HeaderDates, headerDates } from '../dates/header-dates';
import { isCased, nameTokens as words } from './name-shape';
import { isOutletName } from './outlet-name';
import type { OutletFind } from './outlet-lines';
import { isStreetField } from './outlet-footer-address';
import { isStoryText } from './outlet-credits';

const fold = (s: string) => s.toLowerCase().replace(/\s+/gu, ' ').trim();
/**
 * A title line's separators: spaced dashes, bars, bullets and guillemets ("Headline « Site"), and the bars and
 * underscores CJK titles write unspaced ("…配備へ｜東洋新聞", "…部署_新闻频道_东方网").
 */
const SEPARATOR = /\s+[|–—:\-·•»«]{1,2}\s+|\s*[｜_]\s*/u;
/**
 * A spaced slash separates a site only from a headline of four words or more and once ("Headline / Site"): a
 * breadcrumb writes slashes between short words ("Главная / Новости / Армия", "Home / Defence").
 */
function slashParts(text: string): string[] | null {
  const parts = text.split(/\s+\/\s+/u);
  return parts.length === 2 && wordCount(parts[0]!) >= 4 ? parts : null;
}

/** A site name without the section word the title glues after it ("Il Tirreno Cronaca", "Cronaca" a menu line of the page). */
function withoutSection(site: string, menu: ReadonlySet<string>): string {
  const ws = site.split(/\s+/u);
  return ws.length >= 3 && menu.has(fold(ws.at(-1)!)) ? ws.slice(0, -1).join(' ') : site;
}

/**
 * A tagline after a site's name: two to eight words running on in lower case like a phrase ("news from the coast",
 * "Sveriges största nyhetssajt"), no figure, no sentence end, and no name's shape.
 */
function isTagline(text: string, stopwords: ReadonlySet<string>): boolean {
  const ws = text.trim().split(/\s+/u);
  if (ws.length < 2 || ws.length > 8 || /\p{N}/u.test(text) || endsSentence(text)) return false;
  return ws.slice(1).some((w) => isCased(w) && /^\p{Ll}/u.test(w) && !stopwords.has(w.toLowerCase())) && !isOutletName(text, stopwords);
}

/** Whether `site` repeats a word of `head` other than a function word ("Belarus buys trucks – Belarus" is a kicker). */
function repeatsHeadline(site: string, head: string, stopwords: ReadonlySet<string>): boolean {
  const headWords = new Set(words(head).map((w) => w.toLowerCase()));
  return words(site).some((w) => headWords.has(w.toLowerCase()) && !stopwords.has(w.toLowerCase()));
}

/**
 * "Site | Headline": the first of two parts, when the second is a line the page prints again on its own (the
 * headline) and the first is a short name no menu line of the page holds (a section's label: "Politics | …").
 */
function siteFirstFind(l: SourceLine, parts: readonly string[], all: readonly SourceLine[], stopwords: ReadonlySet<string>, menu: ReadonlySet<string>): OutletFind | null {
  if (parts.length !== 2) return null;
  const [site, head] = [parts[0]!.trim(), parts[1]!.trim()];
  if (wordCount(head) < 4 || !all.some((o) => o.n !== l.n && fold(o.text) === fold(head))) return null;
  if (!isOutletName(site, stopwords) || words(site).length > 4 || menu.has(fold(site)) || /\p{N}/u.test(site) || repeatsHeadline(site, head, stopwords)) return null;
  return { value: site, line: l.n, kind: 'title line', text: l.text, weight: 3 };
}

/**
 * A footer's menu on one line ("Harbour Ledger | Privacy policy | Contact"): three parts of three words or fewer each,
 * below the story's text (some of it above the line, none below). A title line's site stands last after a headline;
 * a footer's menu has no headline, and its last part is a link's label, not the site.
 */
function footerMenu(l: SourceLine, parts: readonly string[], all: readonly SourceLine[]): boolean {
  if (parts.length !== 3 || !parts.every((p) => wordCount(p) <= 3)) return false;
  const i = all.findIndex((o) => o.n === l.n);
  return i > 0 && all.slice(0, i).some(isStoryText) && !all.slice(i + 1).some(isStoryText);
}

/** The part after the last separator of "Headline – Site", when it is short, name-like and repeats no headline word (see the module comment for the other orders). */
export function titleLineFind(l: SourceLine, all: readonly SourceLine[], stopwords: ReadonlySet<string>, menu: ReadonlySet<string> = new Set(), dates: HeaderDates = headerDates()): OutletFind | null {
  const split = l.text.split(SEPARATOR);
  const whole = split.length === 1 ? (slashParts(l.text) ?? split) : split;
  // Four parts or more are a list ("Share: Facebook · X · Email"), not a title with its site.
  if (whole.length < 2 || whole.length > 3) return null;
  // A street with its number between two parts is an imprint ("Harbour Ledger | 12 Quay Street | Northport"): its
  // last part is a town, and its name stands first (outlet-footer-address.ts reads it there).
  if (whole.length === 3 && isStreetField(whole[1]!)) return null;
  if (footerMenu(l, whole, all)) return null;
  // "Headline | Site – news from the coast": the tagline goes, the site is the last part before it.
  const parts = whole.length === 3 && isTagline(whole[2]!, stopwords) ? whole.slice(0, 2) : whole;
  const site = withoutSection(parts.at(-1)!.trim(), menu);
  const head = parts.slice(0, -1).join(' ');
  if (!isOutletName(site, stopwords) || /\p{N}{3}/u.test(head.slice(0, 4))) return siteFirstFind(l, parts, all, stopwords, menu);
  // A site repeats no headline word ("Belarus buys trucks – Belarus" is a kicker); function words do not count ("Il comune … | Il Sole 24 Ore").
  if (repeatsHeadline(site, head, stopwords)) return null;
  // The headline part is a headline: four words or more (counted by the segmenter, so Chinese and Japanese count
  // theirs), or a line the page prints again on its own (the headline alone, before its section).
  const standsAlone = all.some((o) => o.n !== l.n && (fold(o.text) === fold(head) || fold(o.text) === fold(parts[0]!)));
  const headCount = wordCount(head);
  // A headline may ask or exclaim ("Will the bridge open in May? – Site"); a full stop ends a caption's sentence ("A soldier stands by the truck. - Photo Desk").
  if ((headCount < 4 && !standsAlone) || (endsSentence(head) && !/[?!？！]$/u.test(head.trim()))) return null;
  if (words(site).length > 4 || wordCount(site) >= headCount) return siteFirstFind(l, parts, all, stopwords, menu);
  // "Site 05.12.2026 | Name Surname" is a dateline with a byline, not a headline with its site (read last: it costs most).
  if (/\p{Nd}/u.test(head) && dates(head) !== null) return null;
  return { value: site, line: l.n, kind: 'title line', text: l.text, weight: standsAlone ? 4 : 3 };
}
