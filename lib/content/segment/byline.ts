/**
 * Bylines in any language and position: a label word ("By", "Von", "Par :",
 * "Oleh", "Автор:", "Журналіст") followed by a name, "Name Surname, Outlet", or
 * a bare name left over once a date is cut out of a header line
 * ("Jane Doe Mar 4, 2016"). A name is the shape that matters: one to four
 * capitalised words in any script, with the usual particles.
 */
import { alternation, isBylineLabel, isCreditWord, isJobTitle, LABEL, LABELS } from './byline-labels';
import { isPhotoCredit } from './credit-rules';
import { creditFields, creditLineFields, writerField } from './credit-fields';
import { capitalsRun, withoutAgencyInitials } from './name-capitals';
import { endsSentence, wordCount } from './text-shape';
import { foldedLower } from '../fold-text';

export type Byline = { author: string; outlet: string | null };

// Combining marks stay in the word: Yoruba "Fẹ́mi Akínṣọlá" writes its tones as marks after the letter.
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.\-]*`;
// An Arabic article or a French "d'" glued to the next name word ("Ahmed al-Masri", "Abdel Fattah el-Sisi", "Giscard d'Estaing").
const GLUED_NAME_WORD = String.raw`(?:al|el|ad|an|ar|as|ash|at|az|ud|ul|d)[-'’]${NAME_WORD}`;
const PARTICLE = String.raw`${GLUED_NAME_WORD}|de|da|di|van|von|der|den|du|la|le|al|bin|ibn|dos|del|y`;
const NAME = String.raw`${NAME_WORD}(?:\s+(?:${NAME_WORD}|${PARTICLE})){0,4}`;
const NAMES = String.raw`${NAME}(?:(?:\s+(?:and|und|et|y|e|i|dan|и|і)\s+|\s*&\s*)${NAME})?`;
const OUTLET_WORD = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}.&'’\-]*`;
const OUTLET = String.raw`${OUTLET_WORD}(?:\s+${OUTLET_WORD}){0,3}`;

// After a label a name may also be written in a script without case (Hebrew, Devanagari, Han, Georgian…); marks stay in the word.
const LABELLED_WORD = String.raw`(?:\p{Lu}|\p{Lo}|\p{Script=Georgian})[\p{L}\p{M}'’.\-]*`;
const LABELLED_NAME = String.raw`${LABELLED_WORD}(?:\s+(?:${LABELLED_WORD}|${PARTICLE})){0,4}`;
const LABELLED_NAMES = String.raw`${LABELLED_NAME}(?:(?:\s+(?:and|und|et|y|e|i|dan|и|і|és|och|og|ve|și|a|та)\s+|\s*&\s*)${LABELLED_NAME})?`;
// A label may be joined to a second one ("Text och foto:", "Texto e fotos:") and lead into the name by a short
// preposition ("Reportagem de", "Redacción de", "Testo di"): both are lower-case words of three letters at most.
// Only after a label of four letters or more (a noun: "Texto", "Redacción"), so "By the Numbers" stays a subheading.
const NOUN_LABEL = alternation(LABELS.filter((l) => l.length >= 4));
// A name of two words at least follows then: "inviato a Kiev" is a role and a place.
const TWO_NAME_WORDS = String.raw`(?=\p{Lu}\S*\s+\p{Lu})`;
const LABEL_RUN = String.raw`(?:(?:${NOUN_LABEL})(?:\s+\p{Ll}{1,3}\s+\p{L}+)?(?:\s*[:：]\s*|\s+)\p{Ll}{1,3}\s+${TWO_NAME_WORDS}|(?:${NOUN_LABEL})\s+\p{Ll}{1,3}\s+\p{L}+\s*[:：]\s*${TWO_NAME_WORDS}|(?:${LABEL})(?:\s*[:：]\s*|\s+))`;
// An agency in brackets may close the line ("Por Laura Gómez (Efe)"): a credit, not the page's outlet, so it is not kept.
const LABELLED = new RegExp(`^${LABEL_RUN}(${LABELLED_NAMES})(?:\\s*[,|/–—-]\\s*(${OUTLET})|\\s*\\(${OUTLET}\\))?$`, 'u');
// "By Tom Reed in Kyiv", "Von Lena Huber aus Wien", "Por Pedro Martín desde Lima", "By Tom Reed for The Daily Post": a label and
// a name of two or three words, then a short lower-case word (a preposition: no particle, no "and") and one to three
// capitalised words, a place or an outlet, which is not kept.
const LABELLED_FROM = new RegExp(
  `^${LABEL_RUN}(${NAME_WORD}(?:\\s+${NAME_WORD}){1,2})\\s+(?!(?:${PARTICLE}|and|und|et|e|i|og|och|ve|și|és|en)\\s)\\p{Ll}{1,5}\\s+${OUTLET_WORD}(?:\\s+${OUTLET_WORD}){0,2}$`,
  'u',
);
/**
 * A label of a language no table lists: one word of three to fourteen letters and a colon, then a name of two words or
 * more ("Редактор: Мария Иванова", "Words: Jane Doe", "Kirjoittanut: Matti Virtanen"). The colon makes the word a field
 * label, and a field whose value is a person's name is a credit; a photo credit is furniture before a byline is read.
 */
const COLON_LABELLED = new RegExp(`^\\p{L}[\\p{L}\\p{M}]{2,13}\\s*[:：]\\s*${TWO_NAME_WORDS}(${LABELLED_NAMES})$`, 'u');
/** The label of a field whose value the line no longer holds ("… Actualizado:" once its date is cut out): no part of a name. */
const TRAILING_FIELD_LABEL = /\s+\p{L}[\p{L}\p{M}]*\s*[:：]\s*$/u;
// "Sarah Miller, BBC News, Washington": a place of one or two words may follow the outlet.
const NAME_OUTLET = new RegExp(`^(${NAME_WORD}\\s+${NAME_WORD}(?:\\s+${NAME_WORD})?)\\s*,\\s*(${OUTLET})(?:\\s*,\\s*${OUTLET_WORD}(?:\\s+${OUTLET_WORD})?)?$`, 'u');
// "Laura Gómez @lauragomez", "Anna Svensson anna.svensson@tidning.se": a name and the writer's handle or mail address.
const NAME_CONTACT = new RegExp(`^(${NAME_WORD}\\s+${NAME_WORD}(?:\\s+${NAME_WORD})?)\\s+(?:@[\\p{L}\\p{N}_.]+|[\\p{L}\\p{N}_.+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+)$`, 'u');
// "Олег Савчук, військовий оглядач", "Anna Kowalski, Correspondent in Kyiv": a name, a comma and a job title of up to
// five words; a title written in capitals ("Correspondent in Kyiv") needs a lower-case word, or it reads as an outlet.
const NAME_ROLE = new RegExp(`^(${NAME_WORD}\\s+${NAME_WORD}(?:\\s+${NAME_WORD})?)\\s*,\\s*(?:\\p{Ll}[\\p{L}\\-]*(?:\\s+[\\p{L}\\-]+){0,3}|\\p{Lu}[\\p{L}\\-]*(?:\\s+[\\p{L}\\-]+){0,3}\\s+\\p{Ll}+(?:\\s+[\\p{L}\\-]+){0,2})$`, 'u');
// "Laura Gómez / Madrid", "Erik Lund/TT": a name, a slash, and a place or agency of one or two words. (Not a dash:
// "Inter Milano – Roma" is a headline.)
const NAME_PLACE = new RegExp(`^(${NAME_WORD}\\s+${NAME_WORD}(?:\\s+${NAME_WORD})?)\\s*/\\s*(${OUTLET_WORD}(?:\\s+${OUTLET_WORD})?)$`, 'u');
const NAME_BAR = new RegExp(`^(${NAME_WORD}\\s+${NAME_WORD}(?:\\s+${NAME_WORD})?)\\s*\\|\\s*(\\S.*)$`, 'u');
const OUTLET_ONLY = new RegExp(`^${OUTLET}$`, 'u');
const BARE_ONE = String.raw`${NAME_WORD}(?:\s+(?:${NAME_WORD}|${PARTICLE})){1,3}`;
// Several people: names of two words or more joined by a short lower-case word ("y", "e", "och", "и") or an ampersand.
const BARE_NAME = new RegExp(`^${BARE_ONE}(?:(?:\\s+\\p{Ll}{1,3}\\s+|\\s*&\\s*)${BARE_ONE}){0,3}$`, 'u');

/**
 * A name without a picture's label the label run joined before it ("Text und Foto Lena Huber": the short word after
 * "Text" reads as a preposition, and the credit word "Foto" as the name's first): a credit label alone is no name's word,
 * so it is cut when two name words or more are left. Any other name is returned as read.
 */
function withoutPictureLabel(name: string): string {
  const [first, ...rest] = name.split(/\s+/u);
  return rest.length >= 2 && isPhotoCredit(first!) && matchBareName(rest.join(' ')) !== null ? rest.join(' ') : name;
}

/** True when a handle or mail address is the name's own: it spells the surname ("Laura Gómez" → "@lauragomez"). */
function namesOwnAddress(name: string, address: string): boolean {
  const surname = foldedLower(name.split(/\s+/u).at(-1)!);
  return surname.length >= 3 && foldedLower(address).includes(surname);
}

/**
 * A byline: "By Andrei Parotnikau", "Par : Jeanne Dupont", "Von Hans Müller, Agentur",
 * "Журналіст Олена Коваль" or "Name Surname, Outlet". Only short lines qualify, so a
 * sentence such as "By the end of…" never does.
 */
export function matchByline(line: string): Byline | null {
  const read = readByline(line);
  // "Laporan Wartawan TribunJabar.id, Ani Lestari": a web address names the outlet, never a person; the name after it is the writer.
  if (read === null || read.outlet === null || !/\S\.\p{L}{2,}$/u.test(read.author)) return read;
  const named = matchBareName(read.outlet);
  return named ? { author: named.author, outlet: read.author.split(/\s+/u).at(-1) ?? null } : read;
}

/** The byline a line reads as, before the outlet's web address is told from the name (matchByline). */
function readByline(line: string): Byline | null {
  const t = line.trim().replace(TRAILING_FIELD_LABEL, '').replace(/[.,;:|–—-]+$/u, '').trim();
  if (wordCount(t) > 12 || endsSentence(t)) return null;
  // "Reporting by Jane Walker; Editing by Tom Hill": the first of the fields a semicolon sets apart is the writer's.
  const fields = creditFields(t);
  const by = t.match(LABELLED) ?? t.split(',')[0]!.trim().match(LABELLED) ?? t.split(';')[0]!.trim().match(LABELLED) ?? fields?.map((f) => (isPhotoCredit(f) ? null : f.match(LABELLED))).find((m) => m !== null);
  // "Por Ana Souza, da Redação": the label and the name before a comma, whatever follows it.
  // "Por Laura Gómez. Madrid": a full stop after a word (not an initial's) ends the name.
  if (by) return { author: withoutPictureLabel(withoutAgencyInitials(capitalsRun(by[1]!.split(/(?<=\p{L}{2})\.\s+/u)[0]!.trim()))), outlet: by[2] ?? null };
  const from = t.match(LABELLED_FROM);
  if (from) return { author: withoutAgencyInitials(capitalsRun(from[1]!)), outlet: null };
  // "Photo: Lisa Hart", "Fotó: Kovács Anna": a photographer's credit has the same shape, and is never the writer's.
  // A field label no table lists may lead a credits line's writer too, beside a picture's credit (writerField).
  const colon = isPhotoCredit(t) ? null : (t.match(COLON_LABELLED) ?? writerField(fields)?.match(COLON_LABELLED));
  if (colon) return { author: withoutAgencyInitials(capitalsRun(colon[1]!)), outlet: null };
  // "Ana Souza | Agência Brasil", "Jane Doe | Staff writer": a name, a bar, then its outlet or a short role.
  const barred = t.match(NAME_BAR);
  // "Political Editor | Anna Berg": a job title before the bar, the name after it. A desk's credit ("Staff Writer | Harbour
  // Ledger", every word a job's or a desk's) keeps the outlet it names.
  const titled = barred && isJobTitle(barred[1]!) && !barred[1]!.split(/\s+/u).every(isCreditWord) ? matchBareName(barred[2]!) : null;
  if (titled && !titled.author.split(/\s+/u).some(isCreditWord)) return titled;
  if (barred && wordCount(barred[2]!) <= 4) return { author: barred[1]!, outlet: OUTLET_ONLY.test(barred[2]!) ? barred[2]! : null };
  const contact = t.match(NAME_CONTACT);
  if (contact && namesOwnAddress(contact[1]!, t.slice(contact[1]!.length))) return { author: contact[1]!, outlet: null };
  const nameOutlet = t.match(NAME_OUTLET);
  if (nameOutlet) return { author: nameOutlet[1]!, outlet: nameOutlet[2]! };
  const nameRole = t.match(NAME_ROLE);
  if (nameRole) return { author: nameRole[1]!, outlet: null };
  // A place and an agency have the same shape after the slash: neither is taken for the page's outlet.
  const namePlace = t.match(NAME_PLACE);
  if (namePlace) return { author: namePlace[1]!, outlet: null };
  return matchUnspacedNameRole(t);
}

// "김민준 기자", "[서울=연합뉴스] 김민준 기자 =", "김민준 기자 minjun@news.co.kr": a name written as one word of a script that
// spaces no names (Hangul, Han, kana), then a job title (ROLES), an agency's bracket before and a mail address after.
const UNSPACED_NAME_ROLE = /^(?:\[[^\]]{1,30}\]\s*)?([\p{Script=Hangul}\p{Script=Han}\p{Script=Katakana}・]{2,5})\s+(\S{1,6})(?:\s*=)?(?:\s+[\p{L}\p{N}_.+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)?$/u;

/** A one-word name of a script without spaces between names, followed by its job title (see UNSPACED_NAME_ROLE); null otherwise. */
function matchUnspacedNameRole(line: string): Byline | null {
  const m = UNSPACED_NAME_ROLE.exec(line);
  return m && isBylineLabel(m[2]!) ? { author: m[1]!, outlet: null } : null;
}

/**
 * A bare name of two to four capitalised words, as left of a header line once its date is cut out ("Jane Doe"),
 * or several joined by a short lower-case word ("Laura Gómez y Pedro Martín").
 */
export function matchBareName(text: string): Byline | null {
  const t = text.trim().replace(/^[,|/–—\-·•]+|[,|/–—\-·•]+$/gu, '').trim();
  // Initials alone ("T Z", left of "2024-03-12T10:15:00Z") are no name: one word at least has two letters.
  return BARE_NAME.test(t) && /\p{L}{2}/u.test(t) ? { author: t, outlet: null } : null;
}

// "Публикувано от Иван Петров на", "Publicat de Ion Popescu la": one capitalised lead-in word and a short lower-case word
// (a preposition: three letters at most), then a name of two or three capitalised words, and at most one short lower-case
// word before the date that was cut out. A name never holds a lower-case word after its first word that is no particle,
// so the short word says where the name starts. Shape only: the caller reads it beside a date, never elsewhere.
const LED_NAME = new RegExp(`^\\p{Lu}\\p{Ll}{3,}\\s+(?!(?:${PARTICLE})\\s)\\p{Ll}{1,3}\\s+(${NAME_WORD}\\s+${NAME_WORD}(?:\\s+${NAME_WORD})?)(?:\\s+\\p{Ll}{1,4})?$`, 'u');

/** A name after a short lead-in and its preposition, next to a date (see LED_NAME); null otherwise. */
export function matchLedName(text: string): Byline | null {
  const m = LED_NAME.exec(text.trim().replace(/[,|/–—\-·•:]+$/u, '').trim());
  return m ? { author: m[1]!, outlet: null } : null;
}

/**
 * The writer among the fields of a credits line that also credits a photographer ("Texto: Laura Gómez | Foto: Juan Pérez",
 * "Text: Erik Lund Foto: Per Holm/TT"): the one field, not a photo credit by `isCredit`, that reads as a byline, or a
 * bare name in the first field when every other one is a picture's credit ("Anna Berg / Photo: Tom Reed").
 * The photographer is never the author.
 */
export function bylineAmongCredits(line: string, isCredit: (field: string) => boolean): Byline | null {
  const fields = creditLineFields(line);
  if (fields.length < 2 || !fields.some(isCredit)) return null;
  const others = fields.filter((f) => !isCredit(f));
  const read = others.flatMap((f) => matchByline(f) ?? []);
  if (read.length === 1) return read[0]!;
  // "Anna Berg / Photo: Tom Reed": a bare name first, set apart by a slash, a bar or a dash from the picture's credits after
  // it, is the writer's. After a comma it is the picture's subject, as a caption names it ("Ion Marin, Foto: Arhiva").
  const apart = /^[^,;]+?\s*[|•·/–—-]\s*\p{L}[\p{L}\p{M}]*\s*:/u.test(line.trim());
  return apart && read.length === 0 && others.length === 1 && others[0] === fields[0] ? matchBareName(fields[0]!) : null;
}
