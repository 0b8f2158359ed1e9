/**
 * Lines where a page names its own outlet, in any language: a title line
 * ("Headline – Site", "Headline | Site"), a "Site | Section" line, a © or
 * copyright line, a "Source: Name" label (or the bare shape `Word: Name` near
 * the end of the page) and a masthead line at the top that the page names again.
 * Each find keeps its line and the kind of evidence it is.
 */
import type { SourceLine } from '../source/normalise';
import { classifyFurniture } from '../segment/line-rules';
import { type HeaderDates, headerDates } from '../dates/header-dates';
import { nameTokenCount, nameTokens as words } from './name-shape';
import { isOutletName } from './outlet-name';
import { titleLineFind } from './outlet-title-line';
import { copyrightFind, isCaptionCredit } from './outlet-copyright';
import { withPrintedExtent } from './outlet-copyright-extent';
import { agencyDatelineFind, creditsClaimSource, creditsCommonWord, insideStory, sourceFind } from './outlet-source-label';
import { addressFind, handleFind, isDomain } from './outlet-address';
import { mastheadFind } from './outlet-masthead';
import { datelineFind } from './outlet-dateline';
import { firstLineMastheadFind, loneFirstLineMastheadFind } from './outlet-first-line';
import { creditFinds, isLabelledCopyright, isStoryText } from './outlet-credits';
import { footerEchoedMastheadFind, writtenLower } from './outlet-footer-echo';
import { noticeFinds } from './outlet-prompt';
import { footerAddressFinds } from './outlet-footer-address';
import { footerSentenceFinds } from './outlet-footer-sentence';
import { footerTaglineFinds } from './outlet-footer-tagline';
import { loneWordMastheadFind, namedAsSection } from './outlet-lone-word';
import { digitBrandMastheadFind } from './outlet-digit-brand';
import { menuHeadMastheadFind } from './outlet-menu-head';
import { menuMastheadFind } from './outlet-menu-masthead';
import { footerLinkFinds } from './outlet-footer-link';
import { splitCopyrightFinds } from './outlet-split-copyright';
import { headerFooterFind } from './outlet-header-footer';
import { spelledRunFinds } from './outlet-spelled-run';
import { pageUrlFind } from './outlet-page-url';


export type OutletKind = 'title line' | 'dateline' | 'web address' | 'e-mail address' | 'social handle' | 'site and section line' | 'copyright line' | 'source label' | 'agency dateline' | 'masthead' | 'byline' | 'self-reference' | 'credit' | 'reader notice' | 'footer address' | 'footer sentence' | 'footer tagline' | 'footer link' | 'site masthead' | 'header and footer' | 'spelled name';

/**
 * One place the page names an outlet. `weight` is how much the kind alone says. `credit` marks a wire or
 * partner credit ("Source: X", "(Agency) –", an agency's initials): it names where the story came from, and
 * so the outlet only when the page names no publication of its own. `above` is set on a lone first-line name
 * only: the line right under it, where the headline may stand (chooseOutlet weighs the name less there).
 */
export type OutletFind = { value: string; line: number; kind: OutletKind; text: string; weight: number; credit?: boolean; above?: number };

const fold = (s: string) => s.toLowerCase().replace(/\s+/gu, ' ').trim();

/** Whether every word of a line but its function words is one the page writes in lower case: a label's ("Local News", "Top Stories"), not a name's. */
const commonWordsOnly = (text: string, lines: readonly SourceLine[], stopwords: ReadonlySet<string>) => {
  const ws = words(text).filter((w) => !stopwords.has(w.toLowerCase()));
  return ws.length > 0 && ws.every((w) => writtenLower(w, lines));
};

/**
 * "Site | Section": two short parts, the second a menu line of the same page, the first not. Not below the story's
 * text (some of it above the line, none below): a footer's links stand there on one line ("Privacy policy | Harbour
 * Ledger", the site's name a line of its own at the top), a link's label first.
 */
function siteSectionFind(l: SourceLine, filled: readonly SourceLine[], i: number, menu: ReadonlySet<string>, stopwords: ReadonlySet<string>): OutletFind | null {
  const parts = l.text.split(/\s+[|–—»·•]\s+/u);
  if (parts.length !== 2) return null;
  const [site, section] = [parts[0]!.trim(), parts[1]!.trim()];
  if (!menu.has(fold(section)) || menu.has(fold(site)) || !isOutletName(site, stopwords) || words(site).length > 4) return null;
  if (filled.slice(0, i).some(isStoryText) && !filled.slice(i + 1).some(isStoryText)) return null;
  return { value: site, line: l.n, kind: 'site and section line', text: l.text, weight: 3 };
}


/** Lines the page holds on their own as short menu entries (three words or fewer), folded: section words. */
export function menuLinesOf(lines: readonly SourceLine[]): Set<string> {
  return new Set(lines.filter((l) => l.text.trim() !== '' && nameTokenCount(l.text, 3) <= 3 && !/[.!?]$/u.test(l.text.trim())).map((l) => fold(l.text)));
}

/**
 * Every place the page names its outlet. `top` is how many non-empty lines count as the top of the
 * page (where mastheads stand); `end` how many as its end (where credits stand).
 */
export function outletFinds(lines: readonly SourceLine[], stopwords: ReadonlySet<string>, dates: HeaderDates = headerDates(), top = 3, end = 12): OutletFind[] {
  const filled = lines.filter((l) => l.text.trim() !== '' && l.text.length <= 200);
  const menu = menuLinesOf(filled);
  // The top line is where a masthead stands, not a section: its name beside a date is the site's ("Hadiszemle | 2026. 12. 05.").
  const sections = new Set([...menu].filter((m) => filled[0] === undefined || m !== fold(filled[0].text)));
  const finds: OutletFind[] = [];
  // The publisher's name and postal address in the footer ("Nordkuriren AB, Storgatan 4, 972 31 Luleå"): read before
  // a title line, whose shape its bars and dashes have too ("Kurier Mazowiecki | ul. Polna 10 | 00-950 Warszawa").
  const addresses = footerAddressFinds(filled, stopwords);
  filled.forEach((l, i) => {
    const nearEnd = i >= filled.length - end;
    // A source label between paragraphs of the story credits a claim, not the page (see insideStory).
    const labelled = sourceFind(l, nearEnd, stopwords);
    const label = labelled && insideStory(filled, i) ? null : labelled;
    // A known source label is read first; a bare `Word: Name` only when the line has no other shape ("国防部：…_新闻_东方网" is a title line).
    const known = label?.known ? label.find : null;
    // Its name as far as the page prints it elsewhere ("© 2026 ნავსადგურის ამბები ყველა უფლება დაცულია" under the masthead "ნავსადგურის ამბები").
    const marked = withPrintedExtent(copyrightFind(l, stopwords), filled);
    // A © inside the story is a picture's credit: its line names no outlet, in any shape.
    if (marked && isCaptionCredit(filled, i)) return;
    // One a picture's label opens ("Photo: © Getty Images") credits the picture's owner wherever it stands: one point, a credit.
    const copyright = marked && isLabelledCopyright(l.text) ? { ...marked, kind: 'credit' as const, weight: 1, credit: true } : marked;
    const found =
      copyright ??
      addresses.find((a) => a.line === l.n) ??
      known ??
      titleLineFind(l, filled, stopwords, menu, dates) ??
      siteSectionFind(l, filled, i, menu, stopwords) ??
      datelineFind(l, sections, stopwords, dates) ??
      label?.find ??
      agencyDatelineFind(l, stopwords) ??
      addressFind(l) ??
      handleFind(l);
    // A credit of a common word ("Fuente: Agencias") names no publication, and one the story names as a subject the source of a claim.
    if (found && !(found.kind === 'source label' && (creditsCommonWord(found, lines) || creditsClaimSource(found, lines)))) finds.push(found);
  });
  // The page's own address the scraper recorded at the top, path and all (outlet-page-url.ts): it stands for the line's weaker read.
  const url = pageUrlFind(lines);
  if (url) finds.splice(0, finds.length, ...finds.filter((f) => f.line !== url.line), url);
  // Credits on lines with no other shape: an agency's initials beside the story.
  finds.push(...creditFinds(filled, dates).filter((c) => !finds.some((f) => f.line === c.line)));
  // A © line the scrape broke in two: "© 2026" over "Harbour Ledger".
  finds.push(...splitCopyrightFinds(filled, stopwords).filter((c) => !finds.some((f) => f.line === c.line)));
  // A notice to the reader that names the site it asks to be followed: "Siga o Jornal do Norte no Google Notícias".
  finds.push(...noticeFinds(filled, stopwords).filter((c) => !finds.some((f) => f.line === c.line)));
  // A footer's sentence about the site: "Harbour Ledger is a member of the Independent Press Standards Organisation".
  finds.push(...footerSentenceFinds(filled, stopwords).filter((c) => !finds.some((f) => f.line === c.line)));
  // A footer's name with its tagline: "Harbour Ledger – independent news since 1998".
  finds.push(...footerTaglineFinds(filled, stopwords).filter((c) => !finds.some((f) => f.line === c.line)));
  // A footer's link that names the site: "About Harbour Ledger", "Download the Harbour Ledger app".
  finds.push(...footerLinkFinds(filled, stopwords).filter((c) => !finds.some((f) => f.line === c.line)));
  // A name among other words at the top or the end of the page that the page's own address spells: "Lakeside Courier 2026" beside desk@lakesidecourier.example.
  finds.push(...spelledRunFinds(filled).filter((c) => !finds.some((f) => f.line === c.line && f.kind !== 'web address' && f.kind !== 'e-mail address')));
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
  // The page's first line proper: the first under lines that are furniture wherever they stand (a skip link, a
  // subscribe prompt), which a scrape may keep over the masthead ("Skip to content" over "Harbour Ledger").
  const head = Math.max(0, filled.slice(0, 3).findIndex((l) => classifyFurniture(l.text) === null));
  const page = filled.slice(head);
  const mastheads = filled.slice(0, 8).flatMap((l, i) => {
    if (finds.some((f) => f.line === l.n && f.kind !== 'web address')) return [];
    // Below the top a masthead counts only named again by another find (three points, no prompt read there): with no
    // find on another line, mastheadFind could give nothing that counts, and its date reading is spared.
    const m = i < top || finds.some((f) => f.line !== l.n) ? mastheadFind(l, finds, i < top ? prompts : [], menu, stopwords, dates) : null;
    if (m && (m.weight >= 3 || i < top)) return [m];
    if (i !== head) return [];
    const tagged = firstLineMastheadFind(l, stopwords, filled);
    if (tagged) return [tagged];
    // A lone name keeps the line under it: right over the headline it stands where a section label stands.
    // A name the page uses as a section's label elsewhere (a breadcrumb's crumb, a common phrase in lower case) is a kicker.
    const loneShaped = loneFirstLineMastheadFind(l, stopwords);
    const lone = loneShaped && !namedAsSection(l.text.trim(), page.slice(1)) && !commonWordsOnly(l.text, page.slice(1), stopwords) ? loneShaped : null;
    const next = page[1];
    if (lone) return [next ? { ...lone, above: next.n } : lone];
    // A name without capitals over the menu's run: position and length carry it.
    const overMenu = menuHeadMastheadFind(page, stopwords);
    if (overMenu) return [overMenu];
    // A name the footer prints again is the masthead wherever the headline stands: the echo is its second witness.
    const echoed = footerEchoedMastheadFind(page, stopwords);
    if (echoed) return [echoed];
    // A single word the page names nowhere else, where nothing says it is a section word.
    const word = loneWordMastheadFind(page, stopwords, dates);
    // Letters and figures glued ("Kurir24"), which the page writes nowhere else: a brand's shape, not a topic's code.
    const digits = word ? null : digitBrandMastheadFind(page);
    // A name printed once, over the menu's run (or under the date line, over it): outlet-menu-masthead.ts.
    const overRun = word || digits ? null : menuMastheadFind(page, stopwords, dates);
    return word ? [word] : digits ? [digits] : overRun ? [overRun] : [];
  });
  // A name the header and the footer both print among other words, and the story never: "Harbour Ledger Northport" … "Harbour Ledger newsletter".
  // A line another kind reads by its shape (a title line, a dateline) is read as that: its name is no second witness.
  const found = headerFooterFind(filled, stopwords);
  const echo = found && !finds.some((f) => f.line === found.line) ? found : null;
  // A domain is the outlet's name without "www." ("Glasnik.rs" keeps the page's capitals).
  return [...mastheads, ...finds, ...(echo ? [echo] : [])].map((f) => (isDomain(f.value) ? { ...f, value: f.value.replace(/^www\./iu, '') } : f));
}
