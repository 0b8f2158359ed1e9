/**
 * The shape of a name, in any script: a person's name (two to four name tokens)
 * and an outlet's name (a short run of name-like tokens). Capitalisation is read
 * only in scripts that have letter case; stopwords come from `stopwords-iso` for
 * the page's language, so a menu phrase ("Read more", "Все права") is no name.
 * The people a byline names are read in byline-people.ts.
 */
import { isCreditWord } from '../segment/byline-labels';
import { endsSentence } from '../segment/text-shape';
import { stopwordsOf } from './stopwords';

/**
 * The stopwords of a language (BCP 47 primary tag), lower-cased; an empty set for a language
 * without a list or `und`: a name check must not reject a name because some other language
 * happens to use its letters as a function word.
 */
export function nameStopwords(language: string): ReadonlySet<string> {
  return stopwordsOf(language, 'none');
}

/**
 * The words of a short line split at spaces, punctuation trimmed: names and headlines in every script
 * with spaces (combining marks stay in their word: Devanagari "दैनिक" is one token). Chinese or Japanese
 * without spaces stays one token, which is what a name check needs.
 */
export function nameTokens(text: string): string[] {
  return text
    .split(/[\s/|–—·•]+/u)
    .map((w) => w.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ''))
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/**
 * How many tokens nameTokens gives for `text`, counted up to one past `max` only: whether a line is
 * short needs no more. The same pieces (runs between the same separators, kept when they hold a letter
 * or digit, which trimming punctuation never removes), without building the token strings.
 */
export function nameTokenCount(text: string, max = Infinity): number {
  let n = 0;
  for (const m of text.matchAll(/[^\s/|–—·•]+/gu)) if (/[\p{L}\p{N}]/u.test(m[0]) && ++n > max) break;
  return n;
}

/** Whether the first letter of a word belongs to a script with letter case. */
export const isCased = (word: string) => {
  const first = /\p{L}/u.exec(word)?.[0] ?? '';
  // Georgian has capitals (Mtavruli) in Unicode, but running text and names are written without them.
  return first !== '' && first.toLowerCase() !== first.toUpperCase() && !/\p{Script=Georgian}/u.test(first);
};

// No `i` flag: with it \p{Lu} matches lower case too.
export const startsUpper = (word: string) => /^\p{Lu}/u.test(word);

/** Small words names carry in lower case ("Ludwig van Beethoven", "Ibn al-Haytham", "Maria da Silva"). */
const PARTICLES = new Set('de da di do dos das del della van von der den du la le al el bin ibn ben y zu ter'.split(' '));
/**
 * A particle written with its capital between two name words ("Yannick Le Goff", "Antonio Di Pietro", "Pieter De Vries"):
 * part of the surname, not a word of its own, though the page's stopword list holds it in lower case ("le", "di", "de").
 * Only between a first word and a last one that are no particles themselves, so "Le Monde" or "De Standaard" is not read so.
 */
function innerParticle(tokens: readonly string[], i: number): boolean {
  return i > 0 && i < tokens.length - 1 && PARTICLES.has(tokens[i]!.toLowerCase()) && !PARTICLES.has(tokens[i + 1]!.toLowerCase()) && /^\p{Lu}\p{Ll}{1,2}$/u.test(tokens[i]!);
}
/** An Arabic article or a French "d'" glued to a name word before its capital ("al-Masri", "el-Sisi", "d'Estaing"). */
const GLUED_ARTICLE = /^(?:al|el|ad|an|ar|as|ash|at|az|ud|ul|d)[-'’](?=\p{Lu})/u;
/** Words that join two names in a byline ("Lena Huber und Max Gruber"): split on, never part of a name. */
export const JOINERS = /\s+(?:and|und|et|y|e|i|ir|és|och|og|en|ve|și|a|и|і|та|dan|und)\s+|\s*[&,]\s*/u;

export type NameCheck = {
  /** Stopwords of the page language (nameStopwords). */
  stopwords: ReadonlySet<string>;
  /** Lower-cased words that are the page's menu, section or outlet words: never part of a person's name. */
  exclude?: ReadonlySet<string>;
  /** Words the story's running text writes in lower case (running-words.ts): a label's or a phrase's, never a name's. */
  running?: ReadonlySet<string>;
  /**
   * Words any line of the page writes in lower case (running-words.ts printedLowerCaseWords), read on first use: a word
   * at a byline's head that the page prints in lower case anywhere is a label's ("Le" in a caption's "… le Iain Moireach").
   */
  printed?: () => ReadonlySet<string>;
};

/**
 * A person's name: 2–4 name tokens (particles aside), no digits, each capitalised where its
 * script has case, none a stopword of the page language or one of its menu, section or outlet words.
 */
export function isPersonName(text: string, { stopwords, exclude }: NameCheck): boolean {
  const t = text.trim();
  if (t === '' || /\p{N}/u.test(t) || endsSentence(t) || /[:;!?()[\]{}«»"“”|/\\@#]/u.test(t)) return false;
  const tokens = t.split(/\s+/u);
  // Chinese and Japanese write a name without spaces: one run of two to six Han or kana characters; Korean one of two to four syllables.
  if (tokens.length === 1 && /^(?:[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}・]{2,6}|\p{Script=Hangul}{2,4})$/u.test(t)) return !stopwords.has(t);
  const names = tokens.filter((w, i) => !PARTICLES.has(w) && !innerParticle(tokens, i));
  if (names.length < 2 || names.length > 4 || tokens.length > 6) return false;
  if (PARTICLES.has(tokens[0]!) && isCased(tokens[0]!)) return false;
  return names.every((w) => {
    // An article glued to the name word ("al-Masri", "el-Sisi", "d'Estaing") is read from the capital after it.
    const bare = w.replace(/^[\p{P}]+|[\p{P}]+$/gu, '').replace(GLUED_ARTICLE, '');
    const lower = bare.toLowerCase();
    if (bare === '' || !/^\p{L}/u.test(bare)) return false;
    if (isCased(bare) && !startsUpper(bare)) return false;
    // An initial ("J.", "Ж.") is a name token; longer words must be neither function words nor menu words.
    if (bare.length === 1 && isCased(bare)) return true;
    return !stopwords.has(lower) && !(exclude?.has(lower) ?? false);
  });
}

/** The people of a byline: "Lena Huber und Max Gruber" → both, when every part is a person's name; null otherwise. */
export function personNames(text: string, check: NameCheck): string[] | null {
  const parts = text.split(JOINERS).map((p) => p.trim()).filter((p) => p !== '');
  return parts.length > 0 && parts.length <= 4 && parts.every((p) => isPersonName(p, check) && !genericCredit(p)) ? parts : null;
}

/**
 * A generic credit ("Staff Reporter", "News Desk", "Redazione Online", "Редакция Новини"): a run that names a job or a
 * desk, with fewer than two other words to be a person's name. A name followed by a role ("Anna Svensson Reporter")
 * keeps two name words and is cut by bylinePeople, not refused here.
 */
function genericCredit(text: string): boolean {
  const tokens = text.trim().split(/\s+/u);
  const credit = tokens.filter(isCreditWord).length;
  return credit > 0 && tokens.length - credit < 2;
}

/**
 * An outlet's name: one to six tokens and at most 60 characters, starting with a capital, a digit or
 * a letter of a caseless script, no sentence end, no list (commas), at most one lower-case word in
 * cased scripts, and not made of stopwords only ("All rights", "Все права").
 */
export function isOutletName(text: string, stopwords: ReadonlySet<string>): boolean {
  const t = text.trim();
  if (t.length < 2 || t.length > 60 || /[,;:!?()«»"“”]/u.test(t) || (endsSentence(t) && !/\.\p{L}{2,}$/u.test(t))) return false;
  const tokens = t.split(/\s+/u);
  if (tokens.length > 6) return false;
  const first = tokens[0]!;
  // A name may open with a lower-case article before a capital ("de Volkskrant", "il Giornale", "la Repubblica").
  const article = tokens.length > 1 && /^\p{Ll}{1,3}$/u.test(first) && startsUpper(tokens[1]!);
  if (!/^[\p{L}\p{N}]/u.test(first) || (isCased(first) && !startsUpper(first) && !/\.\p{L}{2,}$/u.test(first) && !article)) return false;
  // A figure stands as the whole name, its first word ("360", "24 Kanal") or between words ("Il Sole 24 Ore"), not last ("Комментарии 0").
  if (tokens.slice(1).some((w, i) => /^[\p{N}\p{P}\p{S}]+$/u.test(w) && (i === tokens.length - 2 || !/\p{N}/u.test(w)))) return false;
  const lower = tokens.filter((w) => isCased(w) && !startsUpper(w) && !PARTICLES.has(w));
  if (lower.length > 1) return false;
  const ws = nameTokens(t);
  if (ws.length === 0 || !/\p{L}/u.test(t)) return false;
  return !ws.every((w) => stopwords.has(w.toLowerCase()));
}
