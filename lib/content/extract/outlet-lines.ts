/**
 * Lines where a page names its own outlet, in any language: a title line
 * ("Headline – Site", "Headline | Site"), a "Site | Section" line, a © or
 * copyright line, a "Source: Name" label (or the bare shape `Word: Name` near
 * the end of the page) and a masthead line at the top that the page names again.
 * Each find keeps its line and the kind of evidence it is.
 */
import type { SourceLine } from '../source/normalise';
import { endsSentence, wordCount } from '../segment/text-shape';
import { findDate } from '../dates/date-find';
import { nameTokens as words } from './name-shape';
import { isCased, isOutletName as nameShaped, isPersonName, nameTokenCount } from './name-shape';
import { addressFind, isDomain } from './outlet-address';
import { firstLineMastheadFind, isBrandShaped, loneFirstLineMastheadFind, mastheadFind } from './outlet-masthead';
import { creditFinds } from './outlet-credits';
import { RIGHTS_RESERVED, phraseAlternation } from '../segment/furniture-words';
import { noticeFinds } from './outlet-prompt';

export { isBrandShaped } from './outlet-masthead';

export type OutletKind = 'title line' | 'dateline' | 'web address' | 'e-mail address' | 'site and section line' | 'copyright line' | 'source label' | 'agency dateline' | 'masthead' | 'byline' | 'self-reference' | 'credit' | 'reader notice';

/**
 * One place the page names an outlet. `weight` is how much the kind alone says. `credit` marks a wire or
 * partner credit ("Source: X", "(Agency) –", an agency's initials): it names where the story came from, and
 * so the outlet only when the page names no publication of its own. `above` is set on a lone first-line name
 * only: the line right under it, where the headline may stand (chooseOutlet weighs the name less there).
 */
export type OutletFind = { value: string; line: number; kind: OutletKind; text: string; weight: number; credit?: boolean; above?: number };

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

const NO_STOPWORDS: ReadonlySet<string> = new Set();
/**
 * Whether a text has a name's shape (name-shape.ts), an acronym in capitals whatever the stopword lists hold: a list
 * may hold an agency's name as a word of its corpus (Italian's holds "ansa"), but a function word is never written
 * in capitals in a name's place ("© ANSA", "Fonte: ANSA", "ROMA (ANSA) –").
 */
const isOutletName = (text: string, stopwords: ReadonlySet<string>) =>
  nameShaped(text, stopwords) || (/^\p{Lu}{2,6}$/u.test(text.trim()) && nameShaped(text, NO_STOPWORDS));

/**
 * A name after a known source label: one capitalised word there is a name even when a stopword list holds it as a
 * word ("Fonte: Ansa"; Italian's list holds "ansa"): a label word names what follows it.
 */
const isCreditedName = (text: string, stopwords: ReadonlySet<string>) =>
  isOutletName(text, stopwords) || (/^\p{Lu}\p{Ll}{3,}$/u.test(text.trim()) && nameShaped(text, NO_STOPWORDS));

/** A person's name written with spaces ("Marko Petrović"): a Chinese or Japanese run of two to six characters may be a name or an outlet, so it rules nothing out. */
const spacedPersonName = (text: string, stopwords: ReadonlySet<string>) => /\s/u.test(text.trim()) && isPersonName(text, { stopwords });

/** A site name without the section word the title glues after it ("Il Tirreno Cronaca", "Cronaca" a menu line of the page). */
function withoutSection(site: string, menu: ReadonlySet<string>): string {
  const ws = site.split(/\s+/u);
  return ws.length >= 3 && menu.has(fold(ws.at(-1)!)) ? ws.slice(0, -1).join(' ') : site;
}

/** The part after the last separator of "Headline – Site", when it is short, name-like and repeats no headline word. */
function titleLineFind(l: SourceLine, all: readonly SourceLine[], stopwords: ReadonlySet<string>, menu: ReadonlySet<string> = new Set()): OutletFind | null {
  const split = l.text.split(SEPARATOR);
  const parts = split.length === 1 ? (slashParts(l.text) ?? split) : split;
  // Four parts or more are a list ("Share: Facebook · X · Email"), not a title with its site.
  if (parts.length < 2 || parts.length > 3) return null;
  const site = withoutSection(parts.at(-1)!.trim(), menu);
  const head = parts.slice(0, -1).join(' ');
  if (!isOutletName(site, stopwords) || /\p{N}{3}/u.test(head.slice(0, 4))) return null;
  // A site repeats no headline word ("Belarus buys trucks – Belarus" is a kicker); function words do not count ("Il comune … | Il Sole 24 Ore").
  const headWords = new Set(words(head).map((w) => w.toLowerCase()));
  if (words(site).some((w) => headWords.has(w.toLowerCase()) && !stopwords.has(w.toLowerCase()))) return null;
  // The headline part is a headline: four words or more (counted by the segmenter, so Chinese and Japanese count
  // theirs), or a line the page prints again on its own (the headline alone, before its section).
  const standsAlone = all.some((o) => o.n !== l.n && (fold(o.text) === fold(head) || fold(o.text) === fold(parts[0]!)));
  const headCount = wordCount(head);
  // A headline may ask or exclaim ("Will the bridge open in May? – Site"); a full stop ends a caption's sentence ("A soldier stands by the truck. - Photo Desk").
  if ((headCount < 4 && !standsAlone) || (endsSentence(head) && !/[?!？！]$/u.test(head.trim()))) return null;
  if (words(site).length > 4 || wordCount(site) >= headCount) return null;
  // "Site 05.12.2026 | Name Surname" is a dateline with a byline, not a headline with its site (read last: it costs most).
  if (/\p{Nd}/u.test(head) && findDate(head) !== null) return null;
  return { value: site, line: l.n, kind: 'title line', text: l.text, weight: standsAlone ? 4 : 3 };
}

/** "Site | Section": two short parts, the second a menu line of the same page, the first not. */
function siteSectionFind(l: SourceLine, menu: ReadonlySet<string>, stopwords: ReadonlySet<string>): OutletFind | null {
  const parts = l.text.split(/\s+[|–—»·•]\s+/u);
  if (parts.length !== 2) return null;
  const [site, section] = [parts[0]!.trim(), parts[1]!.trim()];
  if (!menu.has(fold(section)) || menu.has(fold(site)) || !isOutletName(site, stopwords) || words(site).length > 4) return null;
  return { value: site, line: l.n, kind: 'site and section line', text: l.text, weight: 3 };
}

/** A copyright mark anywhere in a line: "©", "(c)", "℗" or the word (no `i` flag: "copyright" in running text is lower case). */
const COPYRIGHT_MARK = /©|\([cC]\)|℗|\b(?:Copyright|COPYRIGHT|copyright)\b/u;
/** Years, marks and separators between the mark and the name: "© 2019–2026, ", "Copyright © 2026 ", "© Copyright 2026 ". */
const AFTER_MARK = /^(?:[\s,.:©]|\([cC]\)|(?:Copyright|COPYRIGHT|copyright)(?![\p{L}\p{N}])|\d{4}(?:\s*[-–—]\s*\d{4})?)*/u;
/**
 * A rights notice ("All rights reserved", "Tüm hakları saklıdır", "RIPRODUZIONE RISERVATA") at the start of a text:
 * it stands beside the name on a © line, before or after it, and is never the name, in whatever case it is printed.
 */
const RIGHTS_OPENING = new RegExp(`^(?:${phraseAlternation(RIGHTS_RESERVED)})(?![\\p{L}\\p{M}])[\\s.,;:!|–—-]*`, 'iu');
/**
 * A text without the rights notice it opens with, nor the years and marks after that notice. A notice in capitals
 * is matched in Turkish lower case too, where "I" is "ı" ("TÜM HAKLARI SAKLIDIR"); that case keeps every length.
 */
function withoutRightsNotice(text: string): string {
  const m = RIGHTS_OPENING.exec(text) ?? RIGHTS_OPENING.exec(text.toLocaleLowerCase('tr'));
  return m ? text.slice(m[0].length).replace(AFTER_MARK, '') : text;
}

/** A lower-case word in a script that has case: in a caseless script (Georgian is Ll in Unicode but uncapitalised) no word runs on by case. */
const lowerCased = (w: string) => /^\p{Ll}/u.test(w) && isCased(w);

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
  const taken: string[] = [];
  let runsOn = false;
  for (let i = 0; i < ws.length; i += 1) {
    const w = ws[i]!;
    const next = ws[i + 1];
    const lastWord = next === undefined || YEARS.test(next);
    const particle = (taken.length > 0 || /^\p{Ll}{1,3}$/u.test(w)) && /^\p{Ll}{1,4}$/u.test(w) && next !== undefined && /^\p{Lu}/u.test(next) && !stopwords.has(next.toLowerCase());
    runsOn = lowerCased(w) && !/\.\p{L}{2,}$/u.test(w) && !particle;
    const casedName = isCased(w) && /^\p{Lu}/u.test(w) && lastWord;
    const stop = stopwords.has(w.toLowerCase()) && taken.length > 0 && !particle && !casedName;
    if (runsOn || stop || YEARS.test(w)) break;
    taken.push(w);
  }
  // One capitalised word running on in lower case opens a phrase ("Все права защищены", "All rights reserved",
  // "Riproduzione riservata"), in any language, even when a sentence-case name could look the same.
  if (runsOn && taken.length === 1) return null;
  const value = taken.join(' ').replace(/[.,]+$/u, '');
  if (!isOutletName(value, stopwords)) return null;
  return value;
}

/**
 * A © name without the company's legal form after it, written as an abbreviation with a full stop ("Alföldi
 * Hírlap Kft.", "Kuzey Medya A.Ş.", "Harbour Press Ltd."): the outlet is the paper, not the company. Only an
 * abbreviation goes (dotted inside, or four Latin letters at most with no vowel and a full stop), and only
 * after another word of the name.
 */
function withoutLegalForm(name: string, source: string): string {
  const tokens = name.split(/\s+/u);
  const last = tokens.at(-1)!;
  if (tokens.length < 2 || !/^\p{L}/u.test(last)) return name;
  const escaped = last.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  // A short Latin word without a vowel is no word of a name ("Kft", "Ltd", "Zrt", "GmbH"); "News." or "Post." is.
  const noVowel = /^\p{Script=Latin}+$/u.test(last) && !/[aeiouy]/iu.test(last.normalize('NFD'));
  const dotted = /\p{L}\.\p{L}/u.test(last) || (last.length <= 4 && noVowel && new RegExp(`(?<![\\p{L}\\p{M}])${escaped}\\.`, 'u').test(source));
  return dotted ? tokens.slice(0, -1).join(' ') : name;
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
  if (RIGHTS_OPENING.test(name) || RIGHTS_OPENING.test(name.toLocaleLowerCase('tr')) || !isOutletName(name, stopwords)) return null;
  if (name.split(/\s+/u).some((w) => stopwords.has(w.toLowerCase()))) return null;
  const notice = /^[.,;|–—-]\s*/u.test(rest) && withoutRightsNotice(rest.replace(/^[.,;|–—-]\s*/u, '')) !== rest.replace(/^[.,;|–—-]\s*/u, '');
  return notice || LEGAL_FORM.test(rest) ? name : null;
}

/**
 * The name on a © line, wherever the mark stands: after it ("© 2019 Example News. All rights reserved.",
 * "版权所有 © 东方日报社", "Sva prava zadržana © 2026 Glasnik") or, with nothing after it, before it
 * ("Example News © 2026"). A long line is a sentence that mentions copyright, not a © line.
 */
function copyrightFind(l: SourceLine, stopwords: ReadonlySet<string>): OutletFind | null {
  const text = l.text.trim();
  const m = COPYRIGHT_MARK.exec(text);
  // A line that opens with the mark is a footer however long it runs ("© 2026 Site. All rights reserved. Reprints only with a link…").
  if (!m || (words(text).length > 16 && words(text.slice(0, m.index)).length > 2)) return null;
  // A rights notice between the mark and the name is skipped ("© 2026 Tutti i diritti riservati – Il Piccolo").
  const after = withoutRightsNotice(text.slice(m.index + m[0].length).replace(AFTER_MARK, ''));
  const before = text.slice(0, m.index).trim().replace(/[\s,|–—•·-]+$/u, '');
  // Before the mark the name is the last part: after a separator or after the notice's sentence ("Her hakkı saklıdır. Sabah Gazetesi ©").
  const lastPart = before.split(/\s*[|–—•·]\s*|[.!?։。](?:\s+|$)/u).filter((p) => p.trim() !== '').at(-1) ?? '';
  const named =
    after !== '' ? (leadingName(after, stopwords) ?? sentenceCaseName(after, stopwords)) : lastPart !== '' ? leadingName(withoutRightsNotice(lastPart), stopwords) : null;
  const value = named ? withoutLegalForm(named, after !== '' ? after : before) : null;
  return value ? { value, line: l.n, kind: 'copyright line', text: l.text, weight: 3 } : null;
}

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
function sourceFind(l: SourceLine, nearEnd: boolean, stopwords: ReadonlySet<string>): { find: OutletFind; known: boolean } | null {
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
  // name there is an author or editor, not an outlet.
  if (!nearEnd || isPersonName(value, { stopwords })) return null;
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

function agencyDatelineFind(l: SourceLine, stopwords: ReadonlySet<string>): OutletFind | null {
  // The place may carry the day before the agency ("Bucureşti, 5 dec /Agerpres/ -").
  const m = AGENCY_DATELINE.exec(l.text.trim()) ?? AGENCY_FIRST.exec(l.text.trim());
  const value = m ? (m[1] ?? m[2]!).trim() : null;
  if (!value || !isOutletName(value, stopwords) || words(value).length > 4 || /\p{Nd}/u.test(value)) return null;
  return { value, line: l.n, kind: 'agency dateline', text: l.text.slice(0, 60), weight: 1, credit: true };
}

/**
 * A name printed beside the date (with its year) on a short header line, apart from it by a bar or bullet ("Njuz.net 05.12.2026 |
 * Marko Petrović", "Hadiszemle | 2026. 12. 05., 10:15"): not a person's name. A place stands there too
 * ("BEOGRAD, 5. decembar"), so alone it counts one point, or two with a brand's shape.
 */
function datelineFind(l: SourceLine, menu: ReadonlySet<string>, stopwords: ReadonlySet<string>): OutletFind | null {
  const text = l.text.trim();
  // Only a line with a year is read for a date: reading every short line with a figure would cost the page's time.
  if (!/[|｜•·]/u.test(text) || !/(?<!\d)(?:19|20)\d\d(?!\d)/u.test(text) || words(text).length > 12) return null;
  const date = findDate(text);
  if (!date) return null;
  const rest = `${text.slice(0, date.start)} | ${text.slice(date.end)}`.replace(/(?<!\d)\d{1,2}[:.h]\d{2}(?!\d)/gu, ' ');
  const fields = rest.split(/\s*[|｜•·,]\s*|\s+[–—-]\s+/u).map((f) => f.trim().replace(/^[([]|[)\]]$/gu, '')).filter((f) => /\p{L}/u.test(f));
  for (const f of fields) {
    // A section word the page lists in its menu is the story's section ("3 mars 2019 | Défense"), not its site.
    if (!isOutletName(f, stopwords) || words(f).length > 4 || spacedPersonName(f, stopwords) || menu.has(fold(f))) continue;
    return { value: f, line: l.n, kind: 'dateline', text: l.text, weight: isBrandShaped(f) ? 2 : 1 };
  }
  return null;
}

/** Lines the page holds on their own as short menu entries (three words or fewer), folded: section words. */
export function menuLinesOf(lines: readonly SourceLine[]): Set<string> {
  return new Set(lines.filter((l) => l.text.trim() !== '' && nameTokenCount(l.text, 3) <= 3 && !/[.!?]$/u.test(l.text.trim())).map((l) => fold(l.text)));
}

/**
 * Every place the page names its outlet. `top` is how many non-empty lines count as the top of the
 * page (where mastheads stand); `end` how many as its end (where credits stand).
 */
export function outletFinds(lines: readonly SourceLine[], stopwords: ReadonlySet<string>, top = 3, end = 12): OutletFind[] {
  const filled = lines.filter((l) => l.text.trim() !== '' && l.text.length <= 200);
  const menu = menuLinesOf(filled);
  // The top line is where a masthead stands, not a section: its name beside a date is the site's ("Hadiszemle | 2026. 12. 05.").
  const sections = new Set([...menu].filter((m) => filled[0] === undefined || m !== fold(filled[0].text)));
  const finds: OutletFind[] = [];
  filled.forEach((l, i) => {
    const nearEnd = i >= filled.length - end;
    const label = sourceFind(l, nearEnd, stopwords);
    // A known source label is read first; a bare `Word: Name` only when the line has no other shape ("国防部：…_新闻_东方网" is a title line).
    const known = label?.known ? label.find : null;
    const found =
      copyrightFind(l, stopwords) ??
      known ??
      titleLineFind(l, filled, stopwords, menu) ??
      siteSectionFind(l, menu, stopwords) ??
      datelineFind(l, sections, stopwords) ??
      label?.find ??
      agencyDatelineFind(l, stopwords) ??
      addressFind(l);
    if (found) finds.push(found);
  });
  // Credits on lines with no other shape: an agency's initials beside the story.
  finds.push(...creditFinds(filled).filter((c) => !finds.some((f) => f.line === c.line)));
  // A notice to the reader that names the site it asks to be followed: "Siga o Jornal do Norte no Google Notícias".
  finds.push(...noticeFinds(filled, stopwords).filter((c) => !finds.some((f) => f.line === c.line)));
  // A story's opening line may run past the length read above: its dateline still names the agency.
  for (const l of lines) if (l.text.length > 200 && !/^\s*$/u.test(l.text)) finds.push(...[agencyDatelineFind(l, stopwords)].filter((f) => f !== null));
  // Lines that may mention the masthead again: prompts, promos, a byline's "Site's correspondent" (not the top lines themselves).
  const prompts = filled.slice(top).filter((l) => {
    const n = nameTokenCount(l.text, 15);
    return n >= 3 && n <= 15;
  });
  // A top line that is already a find (a dateline, a title line) is read as that, not as a masthead too.
  // The masthead may stand under a skip link, a cookie notice or a menu: a name another find gives counts in the first eight
  // lines; a prompt's mention or a brand's shape alone only in the first `top` (lower down, a byline's name is mentioned too).
  const mastheads = filled.slice(0, 8).flatMap((l, i) => {
    if (finds.some((f) => f.line === l.n && f.kind !== 'web address')) return [];
    const m = mastheadFind(l, finds, i < top ? prompts : [], menu, stopwords);
    if (m && (m.weight >= 3 || i < top)) return [m];
    if (i !== 0) return [];
    const tagged = firstLineMastheadFind(l, stopwords, filled);
    if (tagged) return [tagged];
    // A lone name keeps the line under it: right over the headline it stands where a section label stands.
    const lone = loneFirstLineMastheadFind(l, stopwords);
    const next = filled[1];
    return lone ? [next ? { ...lone, above: next.n } : lone] : [];
  });
  // A domain is the outlet's name without "www." ("Glasnik.rs" keeps the page's capitals).
  return [...mastheads, ...finds].map((f) => (isDomain(f.value) ? { ...f, value: f.value.replace(/^www\./iu, '') } : f));
}
