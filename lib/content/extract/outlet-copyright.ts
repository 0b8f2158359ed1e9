/**
 * The outlet a © or copyright line names: "© 2019 Example News. All rights reserved.", "Sva prava zadržana © 2026
 * Glasnik", "Her hakkı saklıdır. Sabah Gazetesi ©", without the rights notice beside it and without the company's
 * legal form ("Alföldi Hírlap Kft." is "Alföldi Hírlap"). The mark and the notice are read in rights-notice.ts.
 */
import type { SourceLine } from '../source/normalise';
import { isStoryText } from './outlet-credits';
import { isCased, nameTokens as words } from './name-shape';
import { isOutletName } from './outlet-name';
import type { OutletFind } from './outlet-lines';
import { AFTER_MARK, COPYRIGHT_MARK, rightsNotice, startsNotice, withoutRightsNotice } from './rights-notice';
import { isCompanyName, isLegalForm, withoutCompanyOpening, withoutCompanyWords, withoutLegalForm } from './outlet-legal-form';

/** A lower-case word in a script that has case: in a caseless script (Georgian is Ll in Unicode but uncapitalised) no word runs on by case. */
const lowerCased = (w: string) => /^\p{Ll}/u.test(w) && isCased(w);

/** Words that read as a phrase opening with a capital: one capitalised word, then two or more in lower case, to the end. */
const phraseOpens = (ws: readonly string[]) => ws.length >= 3 && /^\p{Lu}/u.test(ws[0]!) && isCased(ws[0]!) && ws.slice(1).every(lowerCased);

/** A year, or a span of years, after a name: "2026", "2012–2026". */
const YEARS = /^\d{4}(?:[-–—]\d{4})?[.,]?$/u;

/**
 * The leading name-like words of `rest`, up to a separator, sentence end, year or lower-case (or, in caseless
 * scripts, stopword) word. A short lower-case word between two capitalised ones is a particle of the name
 * ("Diario del Sur", "Jornal da Beira"); a capitalised stopword belongs to it only as its last word ("Nyheter
 * Idag 2012–2026"), since one that opens a phrase is followed by more ("Tüm hakları saklıdır", "All Rights Reserved").
 */
function leadingName(rest: string, stopwords: ReadonlySet<string>): string | null {
  const head = rest.split(/\s*[|–—•·,;]\s*|\s+-\s+|[.!?։。](?:\s|$)/u)[0]!.trim();
  const ws = head.split(/\s+/u);
  // A short function word before a name of two capitalised words or more is the line's ("Copyright © 2026 by Harbour
  // Ledger", "All rights reserved by Harbour Ledger"); before a single word it may be the name's article ("de Volkskrant").
  const capital = (w: string | undefined) => w !== undefined && isCased(w) && /^\p{Lu}/u.test(w);
  if (/^\p{Ll}{1,3}$/u.test(ws[0]!) && stopwords.has(ws[0]!) && capital(ws[1]) && capital(ws[2])) ws.shift();
  const taken: string[] = [];
  let runsOn = false;
  for (let i = 0; i < ws.length; i += 1) {
    const w = ws[i]!;
    const next = ws[i + 1];
    // A legal form after a word ends the name there ("Harbour Media Group Ltd": "Group" is its last word).
    const lastWord = next === undefined || YEARS.test(next) || isLegalForm(next);
    const particle = (taken.length > 0 || /^\p{Ll}{1,3}$/u.test(w)) && /^\p{Ll}{1,4}$/u.test(w) && next !== undefined && /^\p{Lu}/u.test(next) && !stopwords.has(next.toLowerCase());
    runsOn = lowerCased(w) && !/\.\p{L}{2,}$/u.test(w) && !particle;
    // A capitalised word of a stopword list inside a name ("Harbour Group Media": English lists hold "group") is the
    // name's when a capitalised word that no list holds follows it; a notice's phrase opens with one and runs on in lower case.
    const inside = next !== undefined && isCased(next) && /^\p{Lu}/u.test(next) && !stopwords.has(next.toLowerCase()) && !startsNotice(ws.slice(i).join(' '));
    const casedName = isCased(w) && /^\p{Lu}/u.test(w) && (lastWord || inside);
    // Chinese, Japanese and Korean write a paper's name without spaces: a space after it opens the next phrase
    // ("東洋新聞 無断転載を禁じます", "한빛일보 무단 전재 및 재배포 금지": "reprinting and redistribution forbidden").
    if (taken.length === 1 && /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]+$/u.test(taken[0]!)) break;
    // A rights notice after the name ends it, in whatever case it is printed ("東洋新聞社 All Rights Reserved").
    if (taken.length > 0 && startsNotice(ws.slice(i).join(' '))) {
      runsOn = false;
      break;
    }
    const stop = stopwords.has(w.toLowerCase()) && taken.length > 0 && !particle && !casedName;
    if (runsOn || stop || YEARS.test(w)) {
      // In a caseless script a function word inside the run joins two words of a notice ("한빛일보 무단전재 및 재배포
      // 금지": "reprinting and redistribution forbidden"): the word before it is the notice's, not the name's.
      if (stop && !isCased(w) && taken.length > 1 && !isCased(taken.at(-1)!)) taken.pop();
      break;
    }
    taken.push(w);
    // A legal form after the name ends it; what follows is the form's own tail ("GmbH & Co. KG", "Ltd. All rights…").
    if (taken.length >= 2 && isLegalForm(w)) {
      runsOn = false;
      break;
    }
  }
  // One capitalised word running on in lower case opens a phrase ("Все права защищены", "All rights reserved",
  // "Riproduzione riservata"), in any language, even when a sentence-case name could look the same.
  if (runsOn && taken.length === 1) return null;
  // The same phrase glued to a longer name, in a language whose notice we do not list: a capitalised word and
  // two lower-case ones or more to the end ("Harbour Ledger Ĉiuj rajtoj rezervitaj", "Nouvèl Ayiti Tout dwa
  // rezève"). The capitalised word opens the notice, not the name's last word ("Harbour Ledger online" stays).
  if (runsOn && taken.length >= 2 && phraseOpens(ws.slice(taken.length - 1))) taken.pop();
  const value = taken.join(' ').replace(/[.,]+$/u, '');
  if (!isOutletName(value, stopwords)) return null;
  return value;
}

/** A company's legal form, dotted ("d.o.o.", "a.s.", "S.A.", "Zrt."), alone or after a comma. */
const LEGAL_FORM = /^,?\s*(?:\p{L}{1,4}\.){1,4}$/u;

/**
 * A name of two words in sentence case after the mark ("© 2026 Lidové noviny, a.s.", "© 2026 Українська правда. Усі
 * права захищені."). A rights notice has that shape too ("Все права защищены"), so it is read only where something
 * else stands after it that is the line's notice or the company's legal form, never alone: the name's second word
 * runs on in lower case, which leadingName takes for a phrase.
 */
function sentenceCaseName(after: string, stopwords: ReadonlySet<string>): string | null {
  const m = /^(\p{Lu}[\p{L}\p{M}'’-]+\s+\p{Ll}[\p{L}\p{M}'’-]+)(?=[\s,.]|$)(.*)$/u.exec(after.trim());
  if (!m) return null;
  const [name, rest] = [m[1]!, m[2]!.trim()];
  if (startsNotice(name) || !isOutletName(name, stopwords)) return null;
  if (name.split(/\s+/u).some((w) => stopwords.has(w.toLowerCase()))) return null;
  const notice = /^[.,;|–—-]\s*/u.test(rest) && withoutRightsNotice(rest.replace(/^[.,;|–—-]\s*/u, '')) !== rest.replace(/^[.,;|–—-]\s*/u, '');
  // A notice in a language whose words we do not list has a notice's shape: a short sentence of its own that ends
  // the line after the name's full stop ("© 2026 Казан хәбәрләре. Барлык хокуклар сакланган.").
  const shortSentence = /^\.\s+\p{Lu}[^.!?]*[.!?]?$/u.test(rest) && words(rest).length >= 2 && words(rest).length <= 6;
  return notice || shortSentence || LEGAL_FORM.test(rest) ? name : null;
}

/**
 * A name the © line prints in quotation marks among its first words: "© 2026 ИА «Татар-информ»", "© ООО «Редакция
 * газеты „Вечерний город“»", "© 2026 “Kuzey Postası” Gazetecilik". Quotation marks set a name apart from the agency
 * or company words around it; nested ones hold the paper inside its company, so the innermost pair is taken.
 */
function quotedName(after: string, stopwords: ReadonlySet<string>): string | null {
  const head = after.split(/[.!?։。](?:\s|$)/u)[0]!;
  const m = /[«„“"]([^«»„“”"]{2,60})[»“”"]/u.exec(head);
  if (!m || words(head.slice(0, m.index)).length > 4) return null;
  const name = m[1]!.trim();
  return isOutletName(name, stopwords) && words(name).length <= 4 ? name : null;
}

/**
 * The name on a © line, wherever the mark stands: after it ("© 2019 Example News. All rights reserved.",
 * "版权所有 © 东方日报社", "Sva prava zadržana © 2026 Glasnik") or, with nothing after it, before it
 * ("Example News © 2026"), and whether a mark (not a rights notice alone) made the line one. A long line is a
 * sentence that mentions copyright, not a © line.
 */
function copyrightNameOf(text: string, stopwords: ReadonlySet<string>): { value: string; marked: boolean } | null {
  const marked = COPYRIGHT_MARK.exec(text);
  const m = marked ?? rightsNotice(text);
  // A line that opens with the mark is a footer however long it runs ("© 2026 Site. All rights reserved. Reprints only with a link…").
  if (!m || (words(text).length > 16 && words(text.slice(0, m.index)).length > 2)) return null;
  // A rights notice between the mark and the name is skipped ("© 2026 Tutti i diritti riservati – Il Piccolo").
  // A parenthesis glued to the name holds its address or legal form ("한빛일보(www.hanbit.co.kr)", "Isolezwe (Pty) Ltd").
  // A notice in the mark's place stands apart from the name by a dash or bar too ("Tutti i diritti riservati – Il Piccolo").
  // A publisher's company word or legal form before the paper's name goes ("© 2026 Verlag Kieler Bote GmbH", "© 2026 PT Harian Lembah").
  const after = withoutCompanyOpening(withoutRightsNotice(text.slice(m.index + m[0].length).replace(AFTER_MARK, '').replace(/^[\s|–—•·-]+/u, '')).replace(/\s*\([^()]*\)/gu, ''));
  const before = text.slice(0, m.index).trim().replace(/[\s,|–—•·-]+$/u, '');
  // Before the mark the name is the last part: after a separator or after the notice's sentence ("Her hakkı saklıdır. Sabah Gazetesi ©").
  const lastPart = before.split(/\s*[|–—•·]\s*|[.!?։。](?:\s+|$)/u).filter((p) => p.trim() !== '').at(-1) ?? '';
  const named =
    after !== '' ? (quotedName(after, stopwords) ?? leadingName(after, stopwords) ?? sentenceCaseName(after, stopwords)) : lastPart !== '' ? leadingName(withoutRightsNotice(lastPart), stopwords) : null;
  const value = named ? withoutCompanyWords(withoutLegalForm(named, after !== '' ? after : before)) : null;
  return value ? { value, marked: marked !== null } : null;
}

/** The name a line with a copyright mark ("©", "ⓒ", "(c)", "℗", the word) gives, as copyrightFind reads it; null without a mark. */
export function markedCopyrightName(text: string, stopwords: ReadonlySet<string>): string | null {
  return COPYRIGHT_MARK.test(text) ? (copyrightNameOf(text.trim(), stopwords)?.value ?? null) : null;
}

/** The outlet a © line names (copyrightNameOf), as a find on its line. */
export function copyrightFind(l: SourceLine, stopwords: ReadonlySet<string>): OutletFind | null {
  const named = copyrightNameOf(l.text.trim(), stopwords);
  if (!named) return null;
  const { value, marked } = named;
  // A notice without the mark is a site's footer line too, but a name beside it says a little less: two points. So does a
  // publisher's company ("© 2026 Coastal Media Ltd"): the page's own name for its paper, given elsewhere, goes before it.
  return { value, line: l.n, kind: 'copyright line', text: l.text, weight: marked && !isCompanyName(value) ? 3 : 2 };
}

/**
 * Whether the © line at `i` of `filled` (the page's non-empty lines) is a picture's credit inside the story, not the
 * page's own notice: the story's text goes on below it for two lines or more, the first within two lines ("© Ana Ribeiro / Reuters" under a
 * photo between two paragraphs, "© Reuters" between the byline and the first paragraph). A site's © line stands
 * where the story has ended, with no running text after it but a reader's pitch at most. A photographer's or a
 * photo agency's name there says who took the picture, not who published the page.
 */
export const isCaptionCredit = (filled: readonly SourceLine[], i: number) =>
  (isStoryText(filled[i + 1]) || isStoryText(filled[i + 2])) && filled.slice(i + 1).filter(isStoryText).length >= 2;
