/**
 * The page's own address as outlet evidence: a web address it prints (a URL, "www.site.hu", a bare
 * "site.hu"), an e-mail address at a domain ("redactie@site.nl"), and the key that lets a brand name
 * and a domain agree ("Zeeuws Dagblad" and "zeeuwsdagblad.nl"; "ინტერპრესნიუსი" is spelt in Latin first).
 * An address alone is weak: a page links and quotes other sites too.
 */
import type { SourceLine } from '../source/normalise';
import { toLatin } from '../tagging/transliterate';
import { consonantSkeleton } from '../tagging/consonant-skeleton';
import { nameTokens } from './name-shape';
import { HOME_LINKS } from '../segment/link-words';
import { stripMarks } from '../fold-text';

/** A web address with its scheme or "www.": its host. */
const WEB_ADDRESS = /(?:https?:\/\/|(?<![\p{L}\p{N}.@/])www\.)((?:[\p{L}\p{N}-]+\.)+\p{L}{2,})/iu;
/** An e-mail address: the domain after "@". */
const EMAIL = /[\p{L}\p{N}._%+-]+@((?:[\p{L}\p{N}-]+\.)+\p{L}{2,})/u;
/**
 * A bare domain ("index.hu", "Glasnik.rs"): labels of two letters or more and a lower-case top-level
 * label of two to six, standing apart from other letters, dots and slashes (not "e.g.", "U.S.", "3.5").
 */
const BARE_DOMAIN = /(?<![\p{L}\p{N}.@/\\-])((?:[\p{L}\p{N}][\p{L}\p{N}-]*\.)+\p{Ll}{2,6})(?![\p{L}\p{N}/\\-]|\.[\p{L}\p{N}])/u;

/** A host without "www.", lower case: the outlet's name as a domain. */
export const bareHost = (host: string) => host.toLowerCase().replace(/^www\./u, '');

/**
 * Whether a name is written as a domain ("Index.hu", "curta.news", "www.site.com.tr"). A top-level label of seven
 * letters or more ("harbourledger.website", "site.example", "news.community") counts in lower case only, as a host
 * is printed: a capitalised word after a dot is a sentence glued to the last one.
 */
export const isDomain = (name: string) => /^(?:[\p{L}\p{N}-]+\.)+(?:\p{L}{2,6}|\p{Ll}{7,24})$/u.test(name.trim()) && !/\s/u.test(name.trim());

/** The host of an e-mail address in a line, or of a web address or bare domain printed in a short line; null for none. */
export function addressOf(text: string): { host: string; kind: 'web address' | 'e-mail address' } | null {
  if (!text.includes('.')) return null;
  // An e-mail address names its domain wherever it stands, in a footer's longer sentence too ("Write to the editor at
  // letters@site.example. We read every letter…"): it only agrees with a name that its letters spell.
  const mail = text.includes('@') ? EMAIL.exec(text) : null;
  if (mail) return { host: bareHost(mail[1]!), kind: 'e-mail address' };
  if (nameTokens(text).length > 12) return null;
  const web = WEB_ADDRESS.exec(text) ?? BARE_DOMAIN.exec(text);
  // A bare "name.tld" whose first label is one letter is an initial and a word ("J.smith"), not a site.
  if (!web || web[1]!.split('.')[0]!.length < 2) return null;
  return { host: bareHost(web[1]!), kind: 'web address' };
}

/** A line that is a host and nothing else but marks ("/ regionews.example", "www.site.hu"): a top-level label may run long there. */
const ADDRESS_LINE = /^[\p{P}\p{S}\s]*(?:https?:\/\/)?((?:[\p{L}\p{N}][\p{L}\p{N}-]*\.)+\p{Ll}{2,12})\/?[\p{P}\p{S}\s]*$/u;

/**
 * Finds of the page's address in one line, agreeing with a name only through `nameKeys`: one point inside other
 * words (a page links and quotes other sites too), two on a line of its own, where the scrape printed the page's
 * own address (the outlet convention: such a line stands in for the page's host).
 */
export function addressFind(l: SourceLine): { value: string; line: number; kind: 'web address' | 'e-mail address'; text: string; weight: number } | null {
  const own = ADDRESS_LINE.exec(l.text.trim());
  if (own && own[1]!.split('.')[0]!.length >= 2) return { value: bareHost(own[1]!), line: l.n, kind: 'web address', text: l.text, weight: 2 };
  const a = addressOf(l.text);
  return a ? { value: a.host, line: l.n, kind: a.kind, text: l.text, weight: 1 } : null;
}

/**
 * A social handle ("@jornaldovale", "Follow us: @Harbour_Ledger"): an "@" with no letter before it (an e-mail
 * address has one), then three to thirty letters, figures, dots or underscores.
 */
const HANDLE = /(?<![\p{L}\p{N}._%+-])@([\p{L}\p{N}_.]{3,30})(?![\p{L}\p{N}_@])/u;

/**
 * A social handle in a short line, as an address: it agrees with a name by its letters ("@jornaldovale" and "Jornal do
 * Vale") and weighs one point, since a page quotes other accounts too (an embedded post's "(@ministry)", a writer's
 * own handle beside the byline): it names the outlet only with another find that spells it.
 */
export function handleFind(l: SourceLine): { value: string; line: number; kind: 'social handle'; text: string; weight: number } | null {
  if (!l.text.includes('@') || nameTokens(l.text).length > 12) return null;
  const m = HANDLE.exec(l.text);
  const value = m ? m[1]!.replace(/\.+$/u, '') : '';
  return value.length >= 3 ? { value, line: l.n, kind: 'social handle', text: l.text, weight: 1 } : null;
}

/** A name's letters in Latin, lower case, nothing else: "Zeeuws Dagblad" → "zeeuwsdagblad". */
export const letterKey = (name: string) => toLatin(name).toLowerCase().replace(/[^a-z0-9]/gu, '');

/** The keys a domain answers to: its name label ("delmagyar" of "www.delmagyar.hu") and all its labels but the last. */
export function hostKeys(host: string): string[] {
  const labels = bareHost(host).split('.');
  const named = labels.slice(0, -1);
  // "site.com.tr": the name is the label before the generic second level.
  const nameLabel = named.length > 1 && named.at(-1)!.length <= 3 ? named.at(-2)! : named.at(-1)!;
  return [...new Set([letterKey(nameLabel), letterKey(named.join(''))])].filter((k) => k.length >= 2);
}

/**
 * The keys a brand name answers to when a domain spells it: all its letters ("Zeeuws Dagblad"), its letters
 * without lower-case particles ("Diario del Sur" → "diariosur"), and its first word when the name is an
 * acronym and a word ("NOS Nieuws" → "nos").
 */
export function nameKeys(name: string): string[] {
  if (isDomain(name)) return hostKeys(name);
  const tokens = name.trim().split(/\s+/u);
  const keys = [letterKey(name), letterKey(tokens.filter((t) => !/^\p{Ll}{1,4}$/u.test(t)).join(''))];
  if (tokens.length > 1 && /^\p{Lu}{2,6}$/u.test(tokens[0]!)) keys.push(letterKey(tokens[0]!));
  return [...new Set(keys)].filter((k) => k.length >= 3);
}

/** Whether a name and a domain (or two domains) name one site by their letters. */
export function spellsSame(a: string, b: string): boolean {
  const ka = nameKeys(a);
  return nameKeys(b).some((k) => ka.includes(k));
}

/** A transliteration's skeleton (consonant-skeleton.ts consonantSkeleton, read as romanised), empty when too short to be a key. */
const skeleton = (key: string) => consonantSkeleton(key, 'romanised') ?? '';

/**
 * Whether a name written in another script than Latin and a domain name one site by a transliteration of its letters
 * ("Северный вестник" and "severnyvestnik.ru": "severnyy" and "severny" differ in a letter a transliteration drops),
 * or by their letters as spellsSame reads them. Skeletons of five letters or more only: shorter ones agree by chance.
 */
export function spellsAlike(domain: string, name: string): boolean {
  if (spellsSame(domain, name)) return true;
  if (!/[^\p{Script=Latin}\P{L}]/u.test(name)) return false;
  const keys = nameKeys(name).map(skeleton).filter((k) => k.length >= 5);
  return keys.length > 0 && nameKeys(domain).some((k) => keys.includes(skeleton(k)));
}

/** A name folded for comparison: lower case, marks and runs of spaces gone ("HÜRRİYET" and "Hürriyet", dotless ı as i, "ΚΑΘΗΜΕΡΙΝΗ" and "Καθημερινή" agree). */
export const foldName = (s: string) => stripMarks(s).toLowerCase().replace(/ı/gu, 'i').replace(/\s+/gu, ' ').trim();

/** The home links (furniture-words.ts), folded once: a name that folds to one is a menu entry, not an outlet. */
const HOME_NAMES = new Set([...HOME_LINKS].map(foldName));

/** Whether `name` folds to a home link ("Home", "Strona główna"…). */
export function isHomeLink(name: string): boolean {
  return HOME_NAMES.has(foldName(name));
}

/**
 * Whether `long` opens with the words of `short`, after at most an article of one or two letters: "Postimees" in
 * "Postimees Grupp", "ΚΑΘΗΜΕΡΙΝΗ" in "Η ΚΑΘΗΜΕΡΙΝΗ Α.Ε.", but not "Ziņas" (a section word) in "Rīgas Ziņas".
 */
export function containsName(long: string, short: string): boolean {
  const [l, s] = [foldName(long), foldName(short)];
  if (s.length < 3) return false;
  const at = l.indexOf(s);
  const opens = at === 0 || (at > 0 && /^[\p{L}]{1,2} $/u.test(l.slice(0, at)));
  return opens && !/[\p{L}\p{N}]/u.test(l[at + s.length] ?? ' ');
}
