/**
 * Lines that carry facts about the article rather than its text: datelines,
 * update stamps and bylines. A dateline is a short line that holds a date and
 * little else: a label, a time, a byline ("Jane Doe Mar 4, 2016"), a few
 * section names ("3 mars 2019 | Défense, International") or a glued ticker.
 */
import { type Byline, matchBareName, matchByline, matchLedName } from './byline';
import { matchUncasedNameBesideDate } from './uncased-name';
import { matchNameWithTail } from './name-tail';
import { type CalendarParts, isEarlierDay } from '../dates/partial-date';
import { namesOwnWeekday } from './own-weekday';
import { type FindOptions, findDate, findDates } from '../dates/date-find';
import { isWeekdayName, withoutWeekdayPhrases } from '../dates/weekday-names';
import { withoutFieldLabel } from '../dates/field-label';
import { isReadingTime } from '../dates/reading-time';
import { endsSentence, hasCase, wordCount } from './text-shape';
import { hasUnspacedScript } from '../extract/script/text-script';

export { type Byline, matchByline } from './byline';

/** How a dateline is read: date options, and the stopwords of the page's language (short ones may join a label to the date). */
export type DatelineOptions = FindOptions & { stopwords?: ReadonlySet<string> };

/** A dateline: the date, whether a weekday was written with it, and a byline found beside it. */
export type Dateline = { date: CalendarParts; weekday: boolean; byline: Byline | null };

const TIME = /(?<!\d)\d{1,2}[:.h]\d{2}(?::\d{2})?(?!\d)(?:\s*(?:[ap]\.?m\.?|uhr|wib|wita|wit|h))?/giu;
const ZONE = /\b(?:UTC|GMT|CET|CEST|EET|EEST|MSK|EST|EDT|PST|PDT|BST)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?\b/gu;
/** A leading label such as "Published:", "Publié le", "Опубликовано", "date": at most two words, then a colon or a date. */
const LABEL = /^[\p{L}]+(?:\s+[\p{L}]+)?\s*:\s*/u;
const DATE_LABEL_WORDS = new Set(
  'published posted date dated on at le am op el il em на publié publiée veröffentlicht datum data дата опубликовано опубліковано апублікавана diterbitkan tanggal publicado pubblicato gepubliceerd opublikowano'.split(' '),
);

const REMAINDER_WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*/gu;
/** Function words that may join a label, a time and a date ("Aggiornato alle 14:05 del…"): short stopwords of the page's language. */
const MAX_JOINING_WORD = 5;

/**
 * Words of a remainder that may stand beside a date: names, section names, codes and numbers, never running
 * lower-case text. Lower case is allowed where the shape says it is no running text: a weekday, a word of three
 * letters or fewer, a short stopword of the page's language joining a label to the date, and the one word that
 * stands right after the date or its time, which is the date's own unit word ("12. mart 2024. godine",
 * "12 марта 2024 года", "14.05 časova", "14:05, aktualizováno 15:10").
 */
function isHeaderRemainder(before: string, after: string, stopwords?: ReadonlySet<string>): boolean {
  const pre = withoutWeekdayPhrases(before).match(REMAINDER_WORD) ?? [];
  const post = withoutWeekdayPhrases(after).match(REMAINDER_WORD) ?? [];
  if (pre.length + post.length > 8) return false;
  // Many languages write weekdays in lower case ("subota, 5. decembar", "szombat"): a weekday is no running text.
  const running = (w: string) => /^\p{Ll}/u.test(w) && hasCase(w.charAt(0)) && !DATE_LABEL_WORDS.has(w.toLowerCase()) && w.length > 3 && !isWeekdayName(w);
  const joining = (w: string) => w.length <= MAX_JOINING_WORD && (stopwords?.has(w.toLowerCase()) ?? false);
  // The unit word comes first after the date, or after its time: only words of three letters or fewer ("u", "г.") before it.
  const first = post.findIndex((w) => w.length > 3);
  const unit = first >= 0 && running(post[first]!) ? first : -1;
  return pre.every((w) => !running(w) || joining(w)) && post.every((w, i) => i === unit || !running(w) || joining(w));
}

const FIGURES = /\p{N}+[年月日時分년월일]?/gu;
/** Words around a date that, with a sentence end, make the line a sentence: "市は2024年3月12日、計画を発表した。". */
const SENTENCE_AROUND = 4;
/** Words a label or outlet name beside a date has at most in a script without spaces ("最終更新", "東京新聞"); a headline has more. */
const MAX_UNSPACED_LABEL = 5;

/**
 * A sentence that mentions a date (the line ends like a sentence and the words around the date are several),
 * or a headline beside its date in a script without spaces (more words than a label has).
 * Lower case tells this in scripts with case; this tells it in every script (Japanese, Chinese, Hebrew, Arabic…).
 */
function isSentenceAround(line: string, before: string, after: string): boolean {
  const around = `${before} ${after}`.replace(FIGURES, ' ');
  // Without spaces between words a headline is one run of letters: the segmenter's count tells it from a label.
  return (endsSentence(line) && wordCount(around) >= SENTENCE_AROUND) || (hasUnspacedScript(around) && unspacedRunWords(around) > MAX_UNSPACED_LABEL);
}

/** A short field label closed by a colon, in a script without spaces ("稿件来源：", "来源:", "記者："). */
const UNSPACED_FIELD_LABEL = /[\p{L}\p{M}]{1,4}[:：]/u;

/**
 * The words of the text beside a date that a headline would make, in a script without spaces: all of them, or, where
 * a field label closed by a colon parts it ("稿件来源：江南晚报 要闻": source label, outlet, section), the most of any one
 * field between colons and spaces, since a headline is one run of letters and a label, a name and a section are three.
 */
function unspacedRunWords(around: string): number {
  if (!UNSPACED_FIELD_LABEL.test(around)) return wordCount(around);
  return Math.max(0, ...around.split(/[\s:：]+/u).map((run) => wordCount(run)));
}

/** What is left of a line once its date, times, zones and labels are cut out. */
function remainderOf(line: string, start: number, end: number): { before: string; after: string } {
  const strip = (s: string) =>
    s
      .replace(TIME, ' ')
      .replace(ZONE, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const before = withoutFieldLabel(strip(line.slice(0, start)), line).replace(LABEL, '');
  const words = before.split(' ');
  while (words.length > 0 && DATE_LABEL_WORDS.has(words.at(-1)!.toLowerCase().replace(/:$/, ''))) words.pop();
  return { before: words.join(' ').trim(), after: strip(line.slice(end)) };
}

/** The byline standing beside the date, when the rest of the line reads as one. */
function bylineBeside(before: string, after: string): Byline | null {
  // Separators and the small words that join a time to a byline ("à 09:30 par …", "um 10:15 von …") fall away.
  const clean = (s: string) =>
    s
      .replace(/^[\s,|/–—\-·•]+|[\s,|/–—\-·•]+$/gu, '')
      .replace(/^(?:(?:à|a|at|um|o|в|у|о|pukul|alle|om|às)\s+)+/iu, '')
      .trim();
  const [b, a] = [clean(before), clean(after)];
  const side = b && !a ? b : a && !b ? a : null;
  if (side !== null) return matchByline(side) ?? matchNameWithTail(side) ?? matchUncasedNameBesideDate(side) ?? matchLedName(side);
  // A name on both sides ("Njuz.net 05.12.2026 | Marko Petrović"): the byline is the one side that reads as one.
  const read = [b, a].map((s) => (s ? (matchByline(s) ?? matchBareName(s)) : null));
  return read[0] && !read[1] ? read[0] : read[1] && !read[0] ? read[1] : null;
}

/** Words a label before a date has at most: "ngày", "objavljeno", "gepubliseer op", "yayınlanma tarihi". */
const MAX_LABEL_WORDS = 2;
const LABEL_WORD = /^[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)?:?$/u;

/**
 * A label in any language before a whole date that ends the line (but for its time): one or two words of letters
 * ("ngày 4 tháng 3 năm 2026", "objavljeno04.03.2026.", "gepubliseer op 4 Maart 2026"). In lower case each word reads
 * like running text, but one word and a whole date make no sentence. Two may ("Polls opened 4 March 2026."): they are a
 * label only on a line that ends without a sentence's full stop, and either opens in lower case, as no sentence of the
 * story does ("ngày đăng", "yayınlanma tarihi"), or ends in a stopword of the page joining the label to its date
 * ("Gepubliseer op"), after a first word that is none ("The parade" is a subject, "The on" no label).
 */
function isLabelBefore(line: string, before: string, parts: CalendarParts, stopwords?: ReadonlySet<string>): boolean {
  if (parts.year === null || parts.month === null || parts.day === null) return false;
  const words = before.split(/\s+/u).filter((w) => w !== '');
  if (words.length === 0 || words.length > MAX_LABEL_WORDS || !words.every((w) => LABEL_WORD.test(w))) return false;
  if (words.length === 1) return true;
  const joined = stopwords?.has(words[1]!.toLowerCase()) ?? false;
  return !/\p{Sentence_Terminal}$/u.test(line) && (/^\p{Ll}/u.test(words[0]!) || (joined && !(stopwords?.has(words[0]!.toLowerCase()) ?? false)));
}

/**
 * A dateline: a short line holding one date and otherwise only labels, times, names,
 * section names or figures. A sentence that mentions a date ("The parade on 9 May 2019
 * showed…") is not one.
 */
export function matchDateline(line: string, options: DatelineOptions = {}): Dateline | null {
  const t = line.trim();
  // Words are counted without the figures: the segmenter makes five words of "2024年3月12日" alone.
  if (t.length > 120 || wordCount(t.replace(FIGURES, ' ')) > 16 || !/\p{Nd}/u.test(t)) return null;
  const dates = findDates(t, options);
  if (dates.length === 0) return null;
  // "Pubblicato il 10 marzo 2024 - Aggiornato il 11 marzo 2024": every date is cut out of the remainder, and the
  // earliest is the publication (an update never comes before it); otherwise the first.
  const found = dates.reduce((a, d) => (isEarlierDay(d.parts, a.parts) ? d : a));
  const first = dates[0]!;
  const blanked = dates.slice(1).reduce((s, d) => s.slice(0, d.start) + ' '.repeat(d.end - d.start) + s.slice(d.end), t);
  const { before, after: written } = remainderOf(blanked, first.start, first.end);
  // "12 Marzo 2024 Tempo di lettura 3 minuti": a reading time glued after the date is no running text.
  const after = isReadingTime(written) ? '' : written;
  // "Jane Walker, staff reporter, March 12, 2024": a byline with its role before the date is no running text either.
  const signed = isHeaderRemainder('', after, options.stopwords) ? bylineBeside(before, '') : null;
  const labelled = (after.match(REMAINDER_WORD) ?? []).length === 0 && isLabelBefore(t, before, first.parts, options.stopwords);
  if ((!signed && !labelled && !isHeaderRemainder(before, after, options.stopwords)) || isSentenceAround(t, before, after)) return fieldDateline(t, options);
  const byline = signed ?? bylineBeside(before, after) ?? fieldByline(t);
  // "Thứ Năm, 14/03/2024": a name's capitals, but the date's own weekday in the page's language (own-weekday.ts).
  const weekdayRead = byline !== null && namesOwnWeekday(byline.author, first.parts, options.prefer ?? []);
  return { date: found.parts, weekday: found.weekday || weekdayRead || /^\p{L}+,?$/u.test(before), byline: weekdayRead ? null : byline };
}

/** The byline among a line's bar- or bullet-separated fields ("Piše: Ana Marić | Objavljeno: 05.12.2026."): the one field that reads as one. */
function fieldByline(line: string): Byline | null {
  const read = line.split(FIELD).flatMap((f) => (/\p{Nd}/u.test(f) ? [] : [matchByline(f) ?? matchBareName(f)]).filter((b) => b !== null));
  return read.length === 1 ? read[0]! : null;
}

const FIELD = /\s+[|•·/–—-]\s+/u;

/**
 * A header line of fields set apart by bars, bullets or spaced dashes ("5 December 2026 • 3 min read", "Politika | 05.12.2026. | 2 perc",
 * "Pubblicato il 12/03/2024 – Ultimo aggiornamento 14:10", an update after a dash):
 * one field is a dateline and every other is a short label or counter (four words at most, no sentence).
 */
function fieldDateline(line: string, options: DatelineOptions): Dateline | null {
  const fields = line.split(FIELD);
  if (fields.length < 2) return null;
  for (const [i, f] of fields.entries()) {
    const d = matchDateline(f, options);
    if (!d) continue;
    const others = fields.filter((_, j) => j !== i);
    if (others.some((o) => wordCount(o.replace(FIGURES, ' ')) > 4 || (/\p{L}/u.test(o) && wordCount(o) > 2 && endsSentence(o)))) return null;
    return d.byline ? d : { ...d, byline: fieldByline(line) };
  }
  return null;
}

/** Update labels per language: "Updated", "Aktualisiert", "Mis à jour", "Обновлено", "Оновлено", "Zaktualizowano"… */
const STAMP =
  /^(?:last\s+)?(?:updated|modified|edited|republished|re-published|reposted|aktualisiert|geändert|mis\s+à\s+jour|modifié|actualizado|actualización|aggiornato|bijgewerkt|atualizado|diperbarui|zaktualizowano|обновлено|изменено|оновлено|змінено|абноўлена)\b(?:\s+(?:at|on|le|am|el|il|em|op|на|в|о))?\s*:?\s*(.+)$/iu;

/** An update or republication stamp: "Updated at 23:08,31-05-2020", "Mis à jour le 4 mars 2019". */
export function matchStamp(line: string, options: FindOptions = {}): CalendarParts | null {
  const m = line.trim().match(STAMP);
  if (!m || m[1]!.length > 60) return null;
  const rest = m[1]!;
  const found = findDate(rest, options);
  if (!found) return null;
  const { before, after } = remainderOf(rest, found.start, found.end);
  return `${before} ${after}`.replace(/[\s,|/–—\-·•]+/gu, '') === '' ? found.parts : null;
}
