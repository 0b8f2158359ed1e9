/**
 * A headline of another story set into the story on a line of its own behind a short label: "Read also: …",
 * "Περισσότερα: …", "MORE NEWS: …", "Border news: … 14:32", in any language; or, with no label, a headline with a time
 * or date glued to it at the story's edge. Its shape is a subheading's too
 * ("Follow the money: How Minsk pays for its missiles"), so the shape only makes it a candidate, and the line goes only
 * when the page adds evidence a subheading never has: the same label over another such line, or set again as a label
 * elsewhere on the page (label-echo.ts: a box of links under the story titled with it), a time or date stamp
 * glued to the headline, or two weaker signals together (the label shouted in capitals over a headline in lower case,
 * the line straight after the story's first paragraph or straight before its last, a label of words meaning "also",
 * "more", "related", "read" or "watch" and stopwords only, the headline quoted behind such a label, an arrow or a
 * closing » at its end, the line the only one of the story opening with a label and a colon while its label holds two
 * such words), or, with no word table, a whole headline set apart: the story's only line between its paragraphs that is
 * not running text, six words or more behind its label, saying none of the words of the story or its headline
 * (link-apart.ts), or saying only the headline's or far paragraphs' words, none of its neighbours', which go on from one
 * another, behind a label the story never says (link-flow.ts); a shorter one, or a bare whole headline, the story reads
 * on across (link-flow.ts); a label a menu, section or tag line outside the story holds alone. A word table never
 * decides alone.
 */
import type { Block } from '../segment/segment';
import { LINK_LABEL_WORDS } from '../segment/link-words';
import { withoutLeadingMarks } from '../segment/related-rules';
import { endsSentence, hasCase, isProse, isTitleShaped, startsLowercase, wordCount, words } from '../segment/text-shape';
import { foldedLower } from '../fold-text';
import type { SourceLine } from '../source/normalise';
import { labelEchoedOnPage, labelNamesTheStory, labelSetAloneOutside } from './label-echo';
import { storyFlowsAcross, storyFlowsPastLabelledLine } from './link-flow';
import { isWholeHeadline, namesNothingOfStory, standsApart } from './link-apart';
import { hasGluedStamp, hasLinkPointer, isQuotedHeadline } from './link-marks';

/** A label of one to three words (letters only) and a colon, then the rest. No `i` flag: \p{Lu} stays upper case. */
const LABELLED = /^([\p{L}\p{M}][\p{L}\p{M}'’-]*(?:\s+[\p{L}\p{M}][\p{L}\p{M}'’-]*){0,2})\s*[:：]\s*(\S.*)$/u;

/** A line opening with a label of one to three words and a colon, whatever follows it. */
const LABEL_OPENS = /^[\p{L}\p{M}][\p{L}\p{M}'’-]*(?:\s+[\p{L}\p{M}][\p{L}\p{M}'’-]*){0,2}\s*[:：]\s*\S/u;

/** A line split at its label: `label` as written, `rest` the words after the colon. */
export type LabelledLine = { label: string; rest: string };

/**
 * The candidate shape: one line, no sentence end, a label of one to three words closed by a colon (behind any bullet, arrow
 * or pictograph a site sets before it: withoutLeadingMarks), then a headline
 * of three words or more (title-shaped, opening with a capital, a figure, a quote or a letter of a script without
 * case, never in lower case: a lower-case rest goes on from its label like a sentence). Null for any other line.
 */
export function labelledHeadline(text: string): LabelledLine | null {
  const t = withoutLeadingMarks(text);
  if (t.length > 160 || endsSentence(t)) return null;
  const m = LABELLED.exec(t);
  if (!m) return null;
  const [label, rest] = [m[1]!, m[2]!.trim()];
  if (label.length > 30 || wordCount(rest) < 3 || !isTitleShaped(rest) || startsLowercase(rest)) return null;
  const first = /[\p{L}\p{N}]/u.exec(rest)?.[0] ?? '';
  if (first === '' || (hasCase(first) && first !== first.toUpperCase())) return null;
  const labelFirst = /\p{L}/u.exec(label)![0];
  return hasCase(labelFirst) && labelFirst !== labelFirst.toUpperCase() ? null : { label, rest };
}

/** A label shouted in capitals (five of them at least: not an acronym) over a headline written in lower case. */
export function isShoutedLabel({ label, rest }: LabelledLine): boolean {
  const cased = [...label].filter((c) => hasCase(c));
  return cased.length >= 5 && cased.every((c) => c === c.toUpperCase()) && [...rest].some((c) => hasCase(c) && c !== c.toUpperCase());
}

/**
 * How many linking words ("also", "more", "related", "read", "watch"…: furniture-words.ts) a label made of linking words
 * and the language's stopwords holds ("Lexo edhe", "Read also": two), 0 for a label with any other word ("Más presión",
 * "Ещё одна проблема": a content word names a subheading's theme). Evidence, never a decision. One linking word may
 * be another language's word for a theme (Swedish "mer", French "sea"); two together hardly are.
 */
export function linkWordsOfLabel(label: string, stopwords: ReadonlySet<string>): number {
  const ws = words(label.toLocaleLowerCase());
  const linking = ws.filter((w) => LINK_LABEL_WORDS.has(foldedLower(w))).length;
  const plain = ws.filter((w) => stopwords.has(w) && !LINK_LABEL_WORDS.has(foldedLower(w))).length;
  return linking + plain === ws.length ? linking : 0;
}

/** A headline with no label: one line of four words or more, title-shaped, not running text, not going on in lower case. */
function isBareHeadline(b: Block): boolean {
  return wordCount(b.text) >= 4 && isTitleShaped(b.text) && !isProse(b.text) && !startsLowercase(b.text);
}

/**
 * The blocks of the story's `body` (its blocks in order, marked ones too) that are headlines of other stories set into
 * the story. A candidate is a labelled headline (labelledHeadline), or a bare one (four words or more, no label) with a
 * time or date glued to it, on its own text or split from its line (glued-lines.ts keeps the line's number on every
 * part). It needs a paragraph of running text ending a sentence above it and one starting a sentence below it (the story
 * reads on as if the line were not there), and evidence: the same label over another candidate, or else over another
 * line of the `page` (its lines, header and footer too) or alone as a box's title there while the story's paragraphs
 * never use the label's words (label-echo.ts), or a glued stamp (two points each); a shouted label, a place straight after the first paragraph or straight before the last, a label of
 * linking words (linkWordsOfLabel above zero) and one more when the headline behind it is wholly quoted (isQuotedHeadline), a link's
 * pointer at the line's end (hasLinkPointer) (one each); and, with a label of two linking words or more
 * (linkWordsOfLabel), one more when no other line of the story's text opens with a label and a colon: subheadings come
 * in series of alike shape, a link set into the story stands alone. A labelled line set apart (the story's only line
 * between its paragraphs that is not running text, link-apart.ts: standsApart) whose words after the label are a whole
 * headline (six words or more: isWholeHeadline; a subheading's are few) holding three content words or more, none of
 * them nor of the label written in the story's paragraphs or its `headline`, even inflected (namesNothingOfStory), gets
 * two points: it names another story, and a story with subheadings has a series of them. So does a shorter one set apart
 * saying none of the story's words when the story reads on across it (link-flow.ts: the paragraphs on either side share
 * a word the headline does not say), and one set apart behind a label a line outside the story holds alone (a menu's, a
 * section's, a tag's: labelSetAloneOutside) that the story's paragraphs never say. A bare whole headline (six words or
 * more) set apart, saying none of the story's words, the story reading on across it, is a candidate too and goes.
 * A labelled line goes on two points, a bare one on three: its stamp and its place together, as a subheading carries no date.
 */
export function linkedHeadlines(body: Block[], stopwords: ReadonlySet<string>, page: readonly SourceLine[] = [], headline: string | null = null): Set<Block> {
  const found = new Set<Block>();
  const text = body.filter((b) => b.mark?.kind !== 'furniture' && b.mark?.kind !== 'stamp');
  const dated = new Set(body.flatMap((b) => (b.mark?.kind === 'stamp' || b.mark?.kind === 'dateline' ? b.lines.map((l) => l.n) : [])));
  const stamped = (b: Block, rest: string) => hasGluedStamp(rest) || dated.has(b.lines[0]!.n);
  const candidates = new Map<Block, LabelledLine | null>();
  const wholeBare: Block[] = [];
  for (const b of text) {
    if (b.mark !== null || b.lines.length !== 1) continue;
    const c = labelledHeadline(b.text);
    if (c || (isBareHeadline(b) && stamped(b, b.text))) candidates.set(b, c);
    else if (isBareHeadline(b) && isWholeHeadline(b.text)) wholeBare.push(b);
  }
  if (candidates.size === 0 && wholeBare.length === 0) return found;
  const prose = text.map((b) => !candidates.has(b) && b.mark === null && isProse(b.text));
  let storyProse: string[] | null = null;
  const proseTexts = () => (storyProse ??= text.filter((_, i) => prose[i]).map((b) => b.text));
  const unmarked = text.map((b) => b.mark === null);
  // A whole headline with no label is a candidate only set apart: the story's one line between its paragraphs that is not running text.
  for (const b of wholeBare) if (standsApart(text.indexOf(b), prose, unmarked)) candidates.set(b, null);
  const storyLines = [body[0]?.lines[0]?.n ?? 0, body.at(-1)?.lines.at(-1)?.n ?? -1];
  const inStory = (n: number) => n >= storyLines[0]! && n <= storyLines[1]!;
  const labels = [...candidates.values()].flatMap((c) => (c ? [foldedLower(c.label)] : []));
  // Subheadings come in series of alike shape: the lines of the story's text, besides its paragraphs, that open with a label and a colon.
  const labelledLines = text.filter((b, i) => !prose[i] && b.mark === null && LABEL_OPENS.test(withoutLeadingMarks(b.text))).length;
  text.forEach((b, i) => {
    const c = candidates.get(b);
    if (c === undefined) return;
    let [above, below] = [i - 1, i + 1];
    // Other candidates and fact lines (a date split from this line) stand between it and the story's text.
    const passed = (x: Block) => candidates.has(x) || x.mark !== null;
    while (above >= 0 && passed(text[above]!)) above--;
    while (below < text.length && passed(text[below]!)) below++;
    if (!prose[above] || !prose[below] || !endsSentence(text[above]!.text) || startsLowercase(text[below]!.text)) return;
    let score = stamped(b, c?.rest ?? b.text) ? 2 : 0;
    if (c && labels.filter((l) => l === foldedLower(c.label)).length >= 2) score += 2;
    else if (c && labelEchoedOnPage(c.label, b.lines[0]!.n, page) && !labelNamesTheStory(c.label, proseTexts(), stopwords)) score += 2;
    if (c && isShoutedLabel(c)) score += 1;
    // A link's own marks: a label of linking words, a pointer at the end.
    const linkWords = c ? linkWordsOfLabel(c.label, stopwords) : 0;
    if (c && linkWords > 0) score += isQuotedHeadline(c.rest) ? 2 : 1;
    if (hasLinkPointer(c?.rest ?? b.text, b.text)) score += 1;
    // Subheadings come in series of alike shape; a link set into the story stands alone. Only with two linking words.
    if (linkWords >= 2 && labelledLines === 1) score += 1;
    const [before, after] = [prose.slice(0, i).filter(Boolean).length, prose.slice(i + 1).filter(Boolean).length];
    if (before === 1 || after === 1) score += 1;
    // Set apart (standsApart): the story's only line between its paragraphs that is not running text. Its label set alone outside the story (a menu's, a
    // section's, a tag's) while the story's paragraphs never say it; or it says none of the story's words (link-apart.ts), and is a whole headline behind its
    // label or the story reads on across it (link-flow.ts). With no label, a whole headline the story reads on across.
    const needed = c ? 2 : 3;
    const apart = score < needed && standsApart(i, prose, unmarked);
    if (apart && c && labelSetAloneOutside(c.label, page, inStory) && !labelNamesTheStory(c.label, proseTexts(), stopwords)) score = needed;
    if (apart && score < needed && namesNothingOfStory(c ?? { label: '', rest: b.text }, [...proseTexts(), ...(headline === null ? [] : [headline])], stopwords)) {
      const flows = () => storyFlowsAcross(c ? [c.label, c.rest] : [b.text], text[above]!.text, text[below]!.text, headline, stopwords);
      if ((c && isWholeHeadline(c.rest)) || flows()) score = needed;
    }
    // A whole headline set apart, behind a label the story never says, saying none of its neighbours' words but the headline's while they go on from one
    // another (link-flow.ts): a link to a story on the same topic, sharing its words elsewhere in the story.
    if (apart && score < needed && c && isWholeHeadline(c.rest) && storyFlowsPastLabelledLine(b.text, text[above]!.text, text[below]!.text, headline, stopwords)) {
      if (!labelNamesTheStory(c.label, [...proseTexts(), ...(headline === null ? [] : [headline])], stopwords)) score = needed;
    }
    if (score >= needed) found.add(b);
  });
  return found;
}
