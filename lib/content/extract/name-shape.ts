/**
 * The shape of a name, in any script: a person's name (two to four name tokens)
 * and an outlet's name (a short run of name-like tokens). Capitalisation is read
 * only in scripts that have letter case; stopwords come from `stopwords-iso` for
 * the page's language, so a menu phrase ("Read more", "Все права") is no name.
 */
import { capitalsRun } from '../segment/byline';
import { isBylineLabel, isCreditWord, isLeadInWord } from '../segment/byline-labels';
import { isCreditLead } from '../segment/credit-rules';
import { endsSentence } from '../segment/text-shape';
import { leadInStarts } from './lead-in-name';
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
const startsUpper = (word: string) => /^\p{Lu}/u.test(word);

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
const JOINERS = /\s+(?:and|und|et|y|e|i|ir|és|och|og|en|ve|și|a|и|і|та|dan|und)\s+|\s*[&,]\s*/u;

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
 * The name after a job title that capitals set as a name's ("Political Editor Anna Berg", "Senior Correspondent Anna
 * Berg"): one or two capitalised words, then a role word of four letters or more, then two or three words that read as
 * names. The order decides where the name starts: whatever stands before the role word belongs to the title, as a
 * field or a rank is printed before it; no list of ranks or fields is needed. Null for any other line. A title after the
 * name ("Anna Berg Political Editor") stays uncut here: there the word before the role may as well be the name's own.
 */
function afterTitledRole(tokens: readonly string[], check: NameCheck): string | null {
  for (const n of [2, 3]) {
    const role = tokens[n - 1];
    const rest = tokens.slice(n);
    if (role === undefined || rest.length < 2 || rest.length > 3 || role.length < 4 || !isBylineLabel(role)) continue;
    if (!tokens.slice(0, n - 1).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !isBylineLabel(w))) continue;
    const name = rest.join(' ');
    if (personNames(name, check)) return name;
  }
  return null;
}

/**
 * A field printed before a job title after a name ("Anna Berg Political Editor"): a capitalised word, then a job title of
 * four letters or more, where the page writes the first word in lower case elsewhere ("political" in the story, a menu
 * or a teaser). A name's own word is no common word of the page ("Maria Silva Santos Repórter" keeps "Santos"), so
 * without that evidence the word before the title stays the name's.
 */
function fieldBeforeRole([field, role]: readonly string[], check: NameCheck): boolean {
  return role !== undefined && field !== undefined && role.length >= 4 && isBylineLabel(role) && (isRunningWord(field, check.running) || isPrintedLower(field, check));
}

/**
 * The people a byline names, once words the page uses for something else are cut from its end: "Ana Souza Agência
 * Brasil" on a page whose menu or outlet says "Brasil" is "Ana Souza". The cut keeps a name of two words or more, and
 * only a tail that fails as a name (a menu, outlet or function word) is cut; null when no head reads as names.
 */
export function bylinePeople(written: string, check: NameCheck): string | null {
  // "Foto di Marco Rossi", "Sponsored by Acme Bank": a photographer's or a sponsor's credit, never the author.
  if (isCreditLead(written)) return null;
  const text = withoutRunningLead(written, check);
  if (text === null) return null;
  const tokens = text.trim().split(/\s+/u);
  // "LAURA GÓMEZ Madrid": a name set in capitals ends where the capitals end; the word in mixed case after it is a place or a role.
  const shouted = capitalsRun(text.trim());
  if (shouted !== text.trim() && personNames(shouted, check)) return shouted;
  // "Anna Svensson Reporter", "Sarah Miller Staff Writer": a job title after a name of two words or more is no part of it.
  for (const n of [2, 1]) {
    const head = tokens.slice(0, -n).join(' ').replace(/[\s,;–—-]+$/u, '');
    const role = isBylineLabel(tokens.slice(-n).join(' ')) || (n === 2 && fieldBeforeRole(tokens.slice(-2), check));
    if (tokens.length - n >= 2 && role && personNames(head, check)) return head;
  }
  // "Redaktor Jan Kowalski", "Korrespondentin Lena Huber": a job title before the name, as a label stands, is no part of it.
  for (const n of [2, 1]) {
    const rest = tokens.slice(n).join(' ');
    if (tokens.length - n >= 2 && isBylineLabel(tokens.slice(0, n).join(' ')) && personNames(rest, check)) return rest;
  }
  const titled = afterTitledRole(tokens, check);
  if (titled !== null) return titled;
  // Read on the line as written: a running word cut above may be the lead's first ("Tekstur na Juma Hassan").
  const led = afterLeadIn(written.trim().split(/\s+/u), check);
  if (led !== null) return led;
  if (personNames(text, check)) return text;
  for (let n = tokens.length - 1; n >= 2; n--) {
    const head = tokens.slice(0, n).join(' ');
    // A list's comma stays with the tail it introduces: "Ana Souza, Da Redação" is "Ana Souza".
    if (personNames(head, check)) return isPersonName(tokens.slice(n).join(' '), check) ? null : head.replace(/[,;]+$/u, '');
  }
  return null;
}

/**
 * The name after a lead-in ("Servizio di Marco Rossi" → "Marco Rossi", "Ein Kommentar von Lena Huber" → "Lena Huber"),
 * when a word of the lead is no name's (lead-in-name.ts): a stopword, a word the story writes in lower case, a menu word,
 * a byline label or the kind of piece. Null when no such lead stands before a person's name.
 */
function afterLeadIn(tokens: readonly string[], check: NameCheck): string | null {
  // Only a capitalised word of the lead counts: a lower-case one may be a name's particle ("van", "da").
  const noName = (word: string) => {
    if (!/^\p{Lu}/u.test(word)) return false;
    const lower = word.replace(/^[\p{P}]+|[\p{P}]+$/gu, '').toLocaleLowerCase();
    return check.stopwords.has(lower) || (check.exclude?.has(lower) ?? false) || isRunningWord(word, check.running) || isBylineLabel(word) || isLeadInWord(word) || isPrintedLower(word, check);
  };
  for (const start of leadInStarts(tokens, noName)) {
    // "Marco Rossi e Anna Bianco": a word joining two names ends no lead, and a lead that is itself a person's name is none.
    const lead = tokens.slice(0, start - 1).join(' ');
    if (JOINERS.test(` ${tokens[start - 1]} `) || isPersonName(lead, check)) continue;
    const rest = tokens.slice(start).join(' ');
    if (personNames(rest, check)) return rest;
  }
  return null;
}

/** A capitalised word of a cased script that the story's running text writes in lower case ("Troch", "Le"). */
const isRunningWord = (word: string, running: ReadonlySet<string> | undefined) =>
  running !== undefined && isCased(word) && startsUpper(word) && running.has(word.normalize('NFC').toLocaleLowerCase());

/**
 * A capitalised word the page prints in lower case on some line (`printed`): a word of a label's there, cut only from a
 * byline's head (never a reason to refuse a name: a page may print a surname's word in lower case, "rosa", "kaya").
 */
const isPrintedLower = (word: string, { printed }: NameCheck) => printed !== undefined && startsUpper(word) && isRunningWord(word, printed());

/**
 * A byline without the words of a label no table lists before the name: "Troch Jan de Vries", "Le Iain MacLeòid" on a
 * page whose story writes "troch" and "le" in lower case (or any line of the page prints them so: `printed`) is "Jan de
 * Vries", "Iain MacLeòid". Only leading words are cut, and two words at least are left. Null when two or more of the words left are the story's lower-case words too: a
 * phrase set in title case ("Nije Wike", "Naidheachdan Ionadail"), no one's name.
 */
function withoutRunningLead(text: string, check: NameCheck): string | null {
  const { running } = check;
  const tokens = text.trim().split(/\s+/u);
  let from = 0;
  while (tokens.length - from > 2 && (isRunningWord(tokens[from]!, running) || isPrintedLower(tokens[from]!, check))) from++;
  const left = tokens.slice(from);
  return left.filter((w) => isRunningWord(w, running)).length >= 2 ? null : left.join(' ');
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
