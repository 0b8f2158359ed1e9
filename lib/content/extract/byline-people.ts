/**
 * The people a byline names (bylinePeople): the name read from a byline once job titles, lead-ins, fields and the
 * page's own running or menu words around it are cut. Name shapes themselves are name-shape.ts's. Split from name-shape.ts.
 */
import { capitalsRun } from '../segment/name-capitals';
import { isBylineLabel, isCreditWord, isLeadInWord } from '../segment/byline-labels';
import { isCreditLead } from '../segment/credit-rules';
import { leadInStarts } from './lead-in-name';
import { isCased, isPersonName, JOINERS, type NameCheck, personNames, startsUpper } from './name-shape';

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
  const text = withoutRunningLead(withoutGluedLead(written), check);
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
  const untailed = beforeRoleTail(tokens, check);
  if (untailed !== null) return untailed;
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
 * The name before a role's tail of two or three words ("Ana Souza Reporter Lisbon", "Anna Berg Staff Harbour"): a word
 * that names a job, a desk or the wires (four letters or more: a short label, "by", "di", is a preposition too) after
 * two name words or more opens what is no part of the name, whatever follows it. A word alone at the end is left to the
 * job-title cut above: a desk's word may be a surname ("Haber"), and only a word followed by more reads as a tail's
 * head. Null when no such word stands there or the words before it read as no person's name.
 */
function beforeRoleTail(tokens: readonly string[], check: NameCheck): string | null {
  for (let n = 2; n <= tokens.length - 2 && n <= 4; n++) {
    const word = tokens[n]!;
    if (tokens.length - n > 3 || word.length < 4 || !(isBylineLabel(word) || isCreditWord(word))) continue;
    const head = tokens.slice(0, n).join(' ').replace(/[\s,;–—-]+$/u, '');
    return personNames(head, check) ? head : null;
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

/**
 * A label or a job title glued to the name's first word, as a scrape joins two elements with no space between them
 * ("ReporterAni Lestari", "PenulisDewi Anggraini", "reporterAni Lestari"): a word of five letters or more, in lower
 * case after a first capital, then a capital opening a name's word. A name's own inner capital follows a prefix of two to four letters ("McDonald",
 * "DeSantis", "MacLeod", "FitzGerald"), so a longer one is no name's. The glued word is cut when a name of two words or
 * more is left; any other byline is returned as written.
 */
function withoutGluedLead(text: string): string {
  const tokens = text.trim().split(/\s+/u);
  const glued = /^(\p{Lu}\p{Ll}{4,}|\p{Ll}{5,})(\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*)$/u.exec(tokens[0] ?? '');
  return glued !== null && tokens.length >= 2 && tokens.length <= 4 ? [glued[2]!, ...tokens.slice(1)].join(' ') : text;
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
