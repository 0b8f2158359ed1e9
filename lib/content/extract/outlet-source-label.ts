/**
 * Credits a page prints in words: a "Source: Name" label (in the languages whose pages we know, or the bare
 * shape `Word: Name` near the end of the page), a source field beside a date ("05.12.2026 | Izvor: Tanjug") and an
 * agency in a story's opening dateline ("BUCUREȘTI (Agerpres) -"). They name where a story came from.
 */
import type { SourceLine } from '../source/normalise';
import { isPersonName, nameTokens as words } from './name-shape';
import { isCreditedName, isOutletName } from './outlet-name';
import type { OutletFind } from './outlet-lines';
import { isStoryText } from './outlet-credits';
import { holdsBetween } from './literal-place';

/** "Source:" in the languages whose pages we know; any other `Word: Name` near the end counts for less. */
const SOURCE_LABEL =
  /^(?:source|sources|quelle|source\s+:|fonte|fuente|kaynak|izvor|извор|zdroj|sursa|forrás|källa|kilde|lähde|allikas|šaltinis|avots|źródło|bron|джерело|источник|крыніца|източник|πηγή|წყარო|աղբյուր|المصدر|مصدر|منبع|מקור|स्रोत|แหล่งที่มา|출처|来源|來源|出典|出处|ソース)$/iu;
const LABELLED = /^([\p{L}\p{M}]+)\s*[:：]\s*(.+)$/u;

/** Fields of a line set apart by bars, bullets or a following `Label:` ("2010-08-01 09:31 来源：新华网", "05.12.2026 | Izvor: Tanjug"). */
const LABEL_FIELD = /\s*[|｜•·]\s*|\s+(?=[\p{L}\p{M}]+\s*[:：])/u;

/**
 * A source label standing after a date or another field of a short line: only a known label word counts there.
 */
function fieldSourceFind(l: SourceLine, stopwords: ReadonlySet<string>): OutletFind | null {
  if (!/[:：]/u.test(l.text) || words(l.text).length > 12) return null;
  for (const field of l.text.trim().split(LABEL_FIELD).slice(1)) {
    const m = field.match(LABELLED);
    const value = m?.[2]!.trim().replace(/[.]+$/u, '');
    if (m && value && SOURCE_LABEL.test(m[1]!) && isCreditedName(firstCredited(value), stopwords) && words(value).length <= 5) {
      return { value: firstCredited(value), line: l.n, kind: 'source label', text: l.text, weight: labelWeight(value), credit: true };
    }
  }
  return null;
}

/**
 * How much a source label's name says alone. A wire agency goes by its initials ("MTI", "TT", "AA", "БТА"), and a
 * credit of two ("MTI/Kovács Péter") names a story's or a photo's origin: one point, so the page
 * is the agency's own only when another find agrees (its dateline "Sofia /BTA/"). Another name is the page's
 * own source line ("Forrás: Hadiszemle", "来源：江南晚报"): two.
 */
const labelWeight = (value: string) => (value.split(/\s+/u).every((w) => /^\p{Lu}{2,6}$/u.test(w)) || /[/,]/u.test(value) ? 1 : 2);

/** The first of the names a source line credits ("STOP / MTI", "MTI/Kovács Péter": the story's source, then a partner or photographer). */
const firstCredited = (value: string) => value.split(/\s*[/,]\s*/u)[0]!.trim() || value;

/**
 * A "Source: Name" label, or near the end of the page a bare `Word: Name`. `known` says the label word is a
 * known source label (such a line is read as one before its other shapes); it weighs by `labelWeight`. A bare
 * label weighs one point: what it credits is unsure ("Фото: Reuters").
 */
export function sourceFind(l: SourceLine, nearEnd: boolean, stopwords: ReadonlySet<string>): { find: OutletFind; known: boolean } | null {
  const m = l.text.trim().match(LABELLED);
  if (!m) {
    const field = fieldSourceFind(l, stopwords);
    return field ? { find: field, known: true } : null;
  }
  const value = m[2]!.trim().replace(/[.]+$/u, '');
  const find: OutletFind = { value, line: l.n, kind: 'source label', text: l.text, weight: 1 };
  const known = SOURCE_LABEL.test(m[1]!);
  // A known label credits the first of its names ("STOP / MTI"); the shape of a name is read on that one.
  if (!(known ? isCreditedName(firstCredited(value), stopwords) : isOutletName(value, stopwords)) || words(value).length > 5) return null;
  if (known) return { find: { ...find, value: firstCredited(value), weight: labelWeight(value), credit: true }, known: true };
  // A bare `Word: Name` at the end of a page is a credit, but of what is unsure ("Фото: Reuters"); a person's
  // name there is an author or editor, not an outlet. An e-mail or web address after an unknown label is a contact
  // field ("Contact: desk@site.example", "Web: www.site.example"), read as the page's address (outlet-address.ts).
  if (!nearEnd || isPersonName(value, { stopwords }) || /@|^(?:https?:\/\/|www\.)/iu.test(value)) return null;
  return { find, known: false };
}

/**
 * An agency's name in a story's opening dateline: "София /БТА/. …", "BUCUREȘTI (Agerpres) - …", "ANKARA (AA) –
 * …", with the day after the place ("Bucureşti, 5 dec /Agerpres/ - …") or the agency first ("(ANSA) - ROMA, 5 DIC - …"). A republished story carries it as much as the agency's own page, so alone it is one point; with a source
 * label naming the same agency the page is the agency's own.
 */
const AGENCY_DATELINE = /^\p{Lu}[\p{L}\p{M}.\- ]{1,30}?(?:,\s*\p{Nd}{1,2}\.?\s+\p{L}{3,10}\.?)?,?\s*(?:\/([^/]{2,40})\/|\(([^()]{2,40})\))\s*[.,:–—-]\s/u;
/** The agency first, the place after it: "(ANSA) - ROMA, 5 DIC -", "/Agerpres/ – Bucureşti". */
const AGENCY_FIRST = /^(?:\(([^()]{2,40})\)|\/([^/]{2,40})\/)\s*[–—-]\s+\p{Lu}/u;

/** The agency an opening dateline credits (AGENCY_DATELINE, AGENCY_FIRST): a credit of one point. */
export function agencyDatelineFind(l: SourceLine, stopwords: ReadonlySet<string>): OutletFind | null {
  // The place may carry the day before the agency ("Bucureşti, 5 dec /Agerpres/ -").
  const m = AGENCY_DATELINE.exec(l.text.trim()) ?? AGENCY_FIRST.exec(l.text.trim());
  const value = m ? (m[1] ?? m[2]!).trim() : null;
  if (!value || !isOutletName(value, stopwords) || words(value).length > 4 || /\p{Nd}/u.test(value)) return null;
  return { value, line: l.n, kind: 'agency dateline', text: l.text.slice(0, 60), weight: 1, credit: true };
}

/**
 * Whether a credit names a common word, not a name ("Fuente: Agencias", "Fonte: Agências" over "… informaram as
 * agências"): one word, capitalised as the first word after any label is, that the page writes in lower case elsewhere
 * as a word of its running text. A name is not written so ("Укрінформ", "Ansa"); a common word gives no outlet.
 */
export function creditsCommonWord(find: OutletFind, lines: readonly SourceLine[]): boolean {
  const value = find.value.trim();
  if (!/^\p{Lu}\p{Ll}+$/u.test(value)) return false;
  const forms = [...new Set([value.toLowerCase(), value.toLocaleLowerCase('tr')])];
  return lines.some((l) => l.n !== find.line && forms.some((w) => holdsBetween(l.text, w, LETTER_LAST, NO_LETTER_NEXT)));
}

/**
 * Whether the source label on `filled[i]` stands inside the story: the story's text within the two lines above
 * it (a chart's caption may stand between) and on the line right below. There it names where a claim or a figure
 * came from ("Source: National Statistics Office" under a table), not who published the page: a wire's credit
 * stands where the story ends or beside its date.
 */
export const insideStory = (filled: readonly SourceLine[], i: number) => (isStoryText(filled[i - 1]) || isStoryText(filled[i - 2])) && isStoryText(filled[i + 1]);

/**
 * Whether a source label names the source of a claim the story reports, not the wire that wrote it: the story's
 * running text names it as a subject ("Source: National Statistics Office" under "… the National Statistics Office
 * said on Thursday"; "Fuente: Eurostat" under "según Eurostat"). A wire agency's name stands in its story's opening
 * dateline ("София /БТА/. …", "(ANSA) –"), which does not count: only a mention past the line's opening bracket or
 * slash, inside a sentence of six words or more (isStoryText). `lines` are the page's lines.
 * A single word is never read so (see below).
 */
export function creditsClaimSource(find: OutletFind, lines: readonly SourceLine[]): boolean {
  const name = find.value.trim();
  // A wire goes by one word or its initials ("Reuters", "Agerpres", "MTI"), and its own copy names it as the one
  // spoken to ("a source told Reuters"): only a name of two words or more is read, an office's or a body's.
  if (find.kind !== 'source label' || find.credit !== true || !/\s/u.test(name)) return false;
  return lines.some((l) => l.n !== find.line && l.text.includes(name) && isStoryText(l) && holdsBetween(l.text, name, OPENING_LAST, NO_CLOSING_NEXT));
}

/** A letter or mark ending a text. */
const LETTER_LAST = /[\p{L}\p{M}]$/u;
/** No letter or mark where it stands (sticky). */
const NO_LETTER_NEXT = /(?![\p{L}\p{M}])/uy;
/** A letter, mark or figure, a slash or an opening bracket ending a text: a name inside a word, an address or a dateline's bracket. */
const OPENING_LAST = /[\p{L}\p{M}\p{N}/(\[]$/u;
/** None of those, or a closing bracket, where it stands (sticky). */
const NO_CLOSING_NEXT = /(?![\p{L}\p{M}\p{N}/)\]])/uy;
