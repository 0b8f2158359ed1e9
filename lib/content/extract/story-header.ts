/**
 * The story's header: the headline, the facts its lines give (a bare name beside a date or under the headline is the
 * byline), and what is navigation. Split from extract-story.ts.
 */
import type { Block } from '../segment/segment';
import { isLowercaseLabelledName } from '../segment/line-continuation';
import { isBylineLabel } from '../segment/byline-labels';
import { matchNameWithTail } from '../segment/name-tail';
import { matchUncasedLabelledName, matchUnspacedLabelledName } from '../segment/uncased-name';
import { leadInByline, nameBeforeFigureTail, nameOverFurniture, nameRunsShort, pageWordsOf } from './header-names';
import { placedByline } from './placed-byline';
import { nameBesideLabelLine } from './label-line-name';
import { pickHeadline } from './headline-score';
import { breadcrumbHeadline, labelledHeadline, lineOverMeta, sentenceOverMeta } from './fallback-headline';
import { endsSentence, isTitleShaped, wordCount } from '../segment/text-shape';
import { isDateMark, removeBlock, type StoryDraft, takeCommonMark, takeFact } from './story-draft';

/**
 * A bare name ("Юрась Шчорс", "Jane Doe") right next to a dateline, or between the headline
 * and the text, is the byline: on its own a two-word capitalised line could be anything.
 */
function markBareBylines(header: Block[], pageLines: readonly string[]): Block[] {
  // The last header line, directly above the text and below a longer title-shaped line, is placed as a byline is.
  // A line the page repeats with a site suffix is the headline, whatever its words look like.
  const underTitle = (i: number) =>
    i === header.length - 1 &&
    nameRunsShort(header[i]!.text) &&
    header.slice(0, i).some((b) => b.mark === null && isTitleShaped(b.text) && wordCount(b.text) >= 4 && !b.text.includes(header[i]!.text));
  // A name printed again at the head of the next line ("Jane Doe" over "Jane Doe - Foreign desk editor") is the byline's.
  const namedAgain = (i: number) => header[i + 1]?.mark === null && header[i + 1]!.text.startsWith(`${header[i]!.text} `);
  // A name over one short line that is no sentence (a role or an address: "Correspondent in Kyiv", "inviato a Kiev") over a date.
  const overRoleAndDate = (i: number) => {
    const role = header[i + 1];
    // A role has a word in lower case ("in", "a", "writer") or is an address; a menu word or a section name in capitals is neither.
    const roleShaped = (t: string) => t.includes('@') || (wordCount(t) >= 2 && /(?:^|\s)\p{Ll}/u.test(t)) || isBylineLabel(t);
    return role?.mark === null && role.lines.length === 1 && wordCount(role.text) <= 5 && !endsSentence(role.text) && roleShaped(role.text) && isDateMark(header[i + 2]);
  };
  // A short line that starts in lower case joins the name above it into one block ("Marco Rossi" + "inviato a Kiev",
  // "Erik Lund" + "erik.lund@…"): the name is the first line, and the second is a role or an address, no sentence.
  const nameOf = (b: Block) => {
    if (b.lines.length === 1) return b.text;
    const role = b.lines[1]!.text;
    return b.lines.length === 2 && wordCount(role) <= 5 && !endsSentence(role) ? b.lines[0]!.text : null;
  };
  const page = pageWordsOf(pageLines);
  return header.map((b, i) => {
    // A label or a job title on the line beside the name says "byline" where nothing else does (label-line-name.ts).
    const split = nameBesideLabelLine(header, i, page);
    if (split !== null) return split === 'photo-credit' ? b : { ...b, mark: { kind: 'byline', byline: split } };
    const name = nameOf(b);
    if (b.mark !== null || name === null || !(isDateMark(header[i - 1]) || isDateMark(header[i + 1]) || underTitle(i) || namedAgain(i) || overRoleAndDate(i) || nameOverFurniture(header, i, page))) return b;
    // In a script without case no capital says "name": a field label with a colon before it does ("نویسنده: علی رضایی").
    const byline = matchNameWithTail(name) ?? matchUncasedLabelledName(name) ?? matchUnspacedLabelledName(name, pageLines) ?? afterLowercaseLabel(name) ?? (b.lines.length === 1 ? leadInByline(header, i, page) : null) ?? placedByline(header, i, page) ?? nameBeforeFigureTail(name, page);
    return byline ? { ...b, mark: { kind: 'byline', byline } } : b;
  });
}

/**
 * The name behind a byline label in lower case that no label list knows ("na Juma Hassan", "le Iain MacLeòid"): the
 * line's shape (segment.ts isLowercaseLabelledName) and its place (markBareBylines) say byline; the words before the
 * name are dropped.
 */
function afterLowercaseLabel(text: string) {
  return isLowercaseLabelledName(text) ? matchNameWithTail(text.trim().replace(/^(?:\p{Ll}[\p{L}\p{M}]*\s+){1,2}/u, '')) : null;
}

/** Reads the header: the headline, the facts its lines give, and what is navigation. */
export function takeHeader(draft: StoryDraft, rawHeader: Block[], others: readonly string[], stopwords: ReadonlySet<string>): void {
  const header = markBareBylines(rawHeader, others);
  const { headline, pageTitles, text } = pickHeadline(header, others, stopwords);
  const crumb = headline ? null : (breadcrumbHeadline(header) ?? labelledHeadline(header, others, stopwords) ?? sentenceOverMeta(header, others, stopwords) ?? lineOverMeta(header, others, stopwords));
  for (const block of header) {
    if (crumb?.block === block) draft.headline = { text: crumb.text, line: block.line };
    else if (takeCommonMark(draft, block) || takeFact(draft, block, 'navigation')) continue;
    else if (block === headline) draft.headline = { text: text ?? block.text, line: block.line };
    else removeBlock(draft, block, pageTitles.includes(block) ? 'page-title' : 'navigation');
  }
}
