/**
 * The masthead: a short name-like line among the first lines of a page. A top line is as often a
 * section word, so it names the outlet only when the page names it again (another find of the same
 * name or the same letters, a prompt or promo line that mentions it: "Follow Example News on
 * Telegram", "Ladda ner Norrbottens Tidnings app") or when it has a brand's shape. A masthead the
 * scraper glued to the section word or the date after it ("DélmagyarBelföld", "Site 05.12.2026")
 * offers its head as well. A name alone on the first line, read by its shape, is outlet-first-line.ts's.
 */
import type { SourceLine } from '../source/normalise';
import { type HeaderDates, headerDates } from '../dates/header-dates';
import { isOutletName, nameTokens as words } from './name-shape';
import { firstMention, GLUE } from './name-mention';
import { containsName, foldName, isDomain, spellsAlike, spellsSame } from './outlet-address';

const fold = foldName;

/** A name written as a domain ("novinky.cz"). */
const isDomainShaped = (name: string) => /\p{L}\.\p{L}{2,}$/u.test(name);

/** A name with the shape of a brand: a domain ("novinky.cz") or a case change inside a word ("BelarusDigest"). */
export const isBrandShaped = (name: string) => isDomainShaped(name) || /\p{Ll}\p{Lu}/u.test(name);

/** An acronym of two to six capitals ("NOS", "ERR", "MTI"): no section word is written so. */
const isAcronym = (word: string) => /^\p{Lu}{2,6}$/u.test(word);

/**
 * The names a top line offers: the whole line, and the head of a line glued to what follows it (a section
 * word at a case change, a date). The whole glued line stands only when its tail is no menu word of the page.
 */
export function mastheadNames(text: string, menu: ReadonlySet<string>, stopwords: ReadonlySet<string>, dates: HeaderDates = headerDates()): string[] {
  const t = text.trim();
  const names: string[] = [];
  const firstWord = t.split(/\s+/u)[0]!;
  const glue = GLUE.exec(firstWord);
  let wholeStands = true;
  if (glue && !isDomain(firstWord)) {
    const cut = glue.index + 1;
    const tail = t.slice(cut);
    const tailWord = tail.split(/[\s|·•]+/u)[0]!;
    if (menu.has(fold(tail)) || menu.has(fold(tailWord))) wholeStands = false;
    names.push(t.slice(0, cut));
  }
  if (/\p{Nd}/u.test(t)) {
    const date = dates(t);
    if (date && date.start > 0) {
      wholeStands = false;
      names.push(t.slice(0, date.start).replace(/[\s|·•,–—-]+$/u, ''));
    }
  }
  if (wholeStands) names.unshift(t);
  return [...new Set(names)].filter((n) => isOutletName(n, stopwords) && words(n).length <= 4);
}

/**
 * The line's first one to four words, up to a separator, a colon, a comma, a full stop after a word or a figure:
 * "Postimees Uudised 05.12.2026" → "Postimees", "Postimees Uudised"; "Harbour Ledger: your daily news", "Harbour
 * Ledger. News from the coast", "Harbour Ledger, the coast's daily" → "Harbour Ledger", not with its mark. A menu's
 * symbol before the name is no part of it ("≡ Harbour Ledger"); an initial's full stop is ("U.S. News").
 */
function wordPrefixes(text: string): string[] {
  const head = text
    .trim()
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .split(/\s+[|–—·•-]\s+|\s*\p{Nd}|[:,;](?:\s|$)|(?<=\p{L}{2})\.(?:\s|$)/u)[0]!
    .split(/\s+/u)
    .slice(0, 4);
  return head.map((_, i) => head.slice(0, i + 1).join(' ')).filter((p) => p !== '');
}

/**
 * The word prefixes (wordPrefixes) of every part of the line between separators, a breadcrumb's too: "World – Harbour
 * Ledger", "Новости › Северный вестник" offer the site's name after the first part. Only the page's address, spelling
 * one of them, makes it a name (mastheadFind).
 */
function partPrefixes(text: string): string[] {
  return text.split(/\s+[|–—·•›»>-]\s+/u).flatMap((part) => wordPrefixes(part));
}

/** A capitalised word of a cased script, letters only. */
const capitalWord = (w: string) => /^\p{Lu}[\p{L}\p{M}&'’-]*$/u.test(w) && /\p{Ll}/u.test(w);

/**
 * Runs of one to four capitalised words inside the line's head that do not open it: "Welcome to Harbour Ledger",
 * "Latest from Harbour Ledger" → "Harbour Ledger", "Ledger". Only the page's address, spelling one of them, makes it a
 * name (mastheadFind): words around a name in a top line are a greeting's or a tagline's, and the address says where
 * the name stands among them.
 */
function innerRuns(text: string): string[] {
  const head = text.trim().split(/\s+[|–—·•›»>-]\s+|\s*\p{Nd}|:(?:\s|$)/u)[0]!.split(/\s+/u).map((w) => w.replace(/[,.;!?]+$/u, ''));
  if (head.length < 2 || head.length > 8) return [];
  const runs: string[] = [];
  for (let i = 1; i < head.length; i += 1) {
    for (let j = i; j < Math.min(head.length, i + 4) && capitalWord(head[j]!); j += 1) runs.push(head.slice(i, j + 1).join(' '));
  }
  return runs;
}

type Find = { value: string; line: number; kind: 'masthead'; text: string; weight: number };

/**
 * Whether a line is a name whose first words (`prefix`) the page's address spells, printed in full: "Nordkustens Tidning"
 * beside "nordkustens.se", "Süddeutsche Zeitung" beside "sueddeutsche.de". A domain often spells only a name's first
 * word; the line is the name when nothing but its capitalised words follows that word (a short lower-case particle
 * may join them) and none is a section word of the page's menu ("Postimees Uudised" beside "postimees.ee" is the
 * site and its section). A separator or a phrase running on in lower case is a tagline ("Postimees – Eesti uudised").
 */
function spelledWhole(text: string, prefix: string, menu: ReadonlySet<string>): boolean {
  if (prefix === text || !text.startsWith(`${prefix} `) || !/^[\p{L}\p{M}\p{N}&'’. -]+$/u.test(text) || / [-–—] /u.test(text)) return false;
  const rest = text.slice(prefix.length).trim().split(/\s+/u);
  // An address that spells a name of two words or more spells the whole of it: capitalised words after it are the
  // line's other links or a place ("Harbour Ledger Menu Search", "Harbour Ledger Northport" beside harbourledger.com).
  // A particle after it carries the name on ("La Voce del Popolo" beside lavoce.it).
  if (/\s/u.test(prefix) && !/^\p{Ll}{1,3}$/u.test(rest[0]!)) return false;
  const capitalised = rest.every((w, i) => /^\p{Lu}/u.test(w) || (i < rest.length - 1 && /^\p{Ll}{1,3}$/u.test(w)));
  const inMenu = (t: string) => menu.has(fold(t)) || menu.has(t.toLowerCase());
  return capitalised && words(text).length <= 4 && !inMenu(rest.join(' ')) && !rest.some(inMenu);
}

/**
 * The masthead among the top lines. `named` are the names other finds give; `prompts` the page's short
 * lines (three to fifteen words) that may mention it. A name named again weighs three; a brand's shape
 * alone two; a single plain word a line merely mentions nothing (a section word reads the same: "Mehr aus
 * der Politik lesen Sie hier"): it needs another find, or the page's address, to agree. Of the names a glued line
 * offers, one the page names again goes before the glued whole, whose brand shape may be the glue's.
 */
export function mastheadFind(
  l: SourceLine,
  finds: readonly { value: string; line: number }[],
  prompts: readonly SourceLine[],
  menu: ReadonlySet<string>,
  stopwords: ReadonlySet<string>,
  dates: HeaderDates = headerDates(),
): Find | null {
  // A find on this very line is no second witness of it.
  const named = finds.filter((f) => f.line !== l.n).map((f) => f.value);
  // A top line that opens with a name the page gives elsewhere is its masthead, whatever follows ("Délmagyar Belföld", "Site 05.12.2026").
  const opens = named.filter((n) => n.length >= 2 && fold(l.text).startsWith(fold(n)) && /^(?:$|[^\p{L}\p{N}]|\p{Lu})/u.test(l.text.trim().slice(n.length)));
  // Or whose first words spell the page's address ("Postimees – Eesti uudised" beside "postimees.ee").
  const domains = named.filter((n) => isDomain(n));
  const spelt = domains.length === 0 ? [] : [...partPrefixes(l.text), ...innerRuns(l.text)].filter((p) => domains.some((n) => spellsAlike(n, p)));
  const names = [...new Set([...mastheadNames(l.text, menu, stopwords, dates), ...opens.map((n) => l.text.trim().slice(0, n.length)), ...spelt])];
  const whole = spelt.some((p) => spelledWhole(l.text.trim(), p, menu));
  const found = names.map((name) => {
    const key = fold(name);
    // Named again also when another find holds this name among more words: "Alföldi Hírlap" over "© 2026 Alföldi Hírlap Kft.",
    // or when it is the whole line whose first words the address spells.
    const again = named.some((n) => fold(n) === key || containsName(n, name) || spellsSame(n, name) || (isDomain(n) && spellsAlike(n, name))) || (whole && name === l.text.trim());
    const mention = firstMention(prompts, l.n, name);
    // An acronym is no section word when a line mentions it, but alone it may be a language switch ("EN").
    const plainWord = words(name).length === 1 && !GLUE.test(name) && !isBrandShaped(name) && !isAcronym(name);
    const weight = again || (mention && !plainWord) ? 3 : 0;
    // A glued name the page prints spaced is the outlet as the page spells it.
    const value = !again && mention && /\s/u.test(mention) && !/\s/u.test(name) ? mention : name;
    return { value, line: l.n, kind: 'masthead' as const, text: l.text, weight, mentioned: mention !== null };
  });
  const again = found.filter((f) => f.weight > 0).sort((a, b) => b.weight - a.weight)[0];
  const find = (f: (typeof found)[number], weight: number): Find => ({ value: f.value, line: f.line, kind: f.kind, text: f.text, weight });
  if (again) return find(again, again.weight);
  // The head of a glued line that a line mentions goes before the glued whole, whose brand shape may be the glue's: one point.
  const head = found.find((f) => f.value !== l.text.trim() && f.mentioned);
  if (head) return find(head, 1);
  // A domain spells a site by itself: two points. A single word with a case change inside it ("NewsDesk", "eFakty") is a
  // brand's shape as often as a scraper's glue of two menu entries or a section's label: one point, so another find must
  // agree. Among other words the case change is the name's own ("Izwi LaseThekwini": a prefix before a proper noun).
  const brand = found.find((f) => isBrandShaped(f.value));
  return brand ? find(brand, isDomainShaped(brand.value) || /\s/u.test(brand.value) ? 2 : 1) : null;
}
