/**
 * The story's body: paragraphs and headings, with the header's leftovers under the standfirst, menu runs and photo
 * captions removed, and a weak furniture mark between two paragraphs undone. Split from extract-story.ts; the header's
 * leftovers under the standfirst are read in standfirst-leftovers.ts.
 */
import type { Block } from '../segment/segment';
import type { SourceLine } from '../source/normalise';
import { isProse, isTitleShaped } from '../segment/text-shape';
import { isUnterminatedText } from './text-start';
import { removeBlock, type StoryDraft, takeCommonMark, takeFact } from './story-draft';
import { labelledHeadline, linkedHeadlines } from './linked-headline';
import { headlineRuns } from './link-run';
import { lineEvidence, RUNNING_TEXT_STOP_SHARE } from '../segment/line-evidence';
import { isColonLabelOverParagraph, isLabelledHeadingOverCredit } from './colon-heading';
import { isTextProse } from '../segment/running-text';
import { isPhotoCreditBlock } from '../segment/credit-rules';
import { captionAboveDate, isShouted, markBylineUnderStandfirst, metaAboveDate, runUnderStandfirst } from './standfirst-leftovers';

/** A short line that could head a section; a shad-closed line its place says is running text (script-stop-text.ts) is not one. */
const isHeadingShaped = (b: Block | undefined) => !!b && b.mark === null && !isTextProse(b) && isTitleShaped(b.text);

/** The nearest unmarked block before (step -1) or after (step 1) index `i`. */
function neighbourText(body: Block[], i: number, step: 1 | -1): Block | undefined {
  for (let j = i + step; j >= 0 && j < body.length; j += step) if (body[j]!.mark === null) return body[j];
  return undefined;
}

/**
 * A line marked as furniture by a single weak signal (a label at its start) that sits between two
 * paragraphs of running text is the story's own: the position disagrees, and the story is not lost on a guess.
 */
function keepWeakBetweenProse(body: Block[]): Block[] {
  return body.map((b, i) => {
    if (b.mark?.kind !== 'furniture' || !b.mark.weak) return b;
    const [prev, next] = [neighbourText(body, i, -1), neighbourText(body, i, 1)];
    return (prev && next && isProse(prev.text) && isProse(next.text)) || isColonLabelOverParagraph(b, prev, next) ? { ...b, mark: null } : b;
  });
}

/**
 * The short lines a sentence ending in a colon announces (its list: names, items), up to the next running
 * text: story, not a menu run, however short and alike they are.
 */
function announcedLists(text: Block[]): Set<Block> {
  const items = new Set<Block>();
  let announced = false;
  for (const b of text) {
    if (isProse(b.text)) announced = /[:：]\s*$/u.test(b.text);
    else if (announced) items.add(b);
  }
  return items;
}

/**
 * A line of running text that lost its full stop: eight words or more, with running text's share of stopwords
 * (line-evidence.ts). A label over a subheading ("Photo gallery", "Watch the video") or a headline is neither.
 */
function readsAsRunningText(text: string, stopwords: ReadonlySet<string>): boolean {
  const e = lineEvidence(text, stopwords);
  return e.wordCount >= 8 && e.stopShare >= RUNNING_TEXT_STOP_SHARE;
}

/**
 * The first of exactly two short heading-shaped lines standing between two paragraphs: a label set over a subheading
 * (a slot's or a gallery's label, a caption left without its picture), not the story's. A subheading stands alone over
 * its paragraph, and a run of three is a menu (takeBody); the run of two and its place between running text decide,
 * never the label's words. A line that reads as running text without its full stop (readsAsRunningText) is a fragment
 * of the story (a sentence whose full stop the scrape lost), and it stays, unless it is a headline behind a short label
 * and a colon (linked-headline.ts's shape). A heading broken over two lines stays: both
 * lines shouted in capitals, or the second going on in lower case ("The navy's new" over "corvettes at sea").
 */
function labelsOverSubheading(text: Block[], isHeading: (b: Block | undefined) => boolean, stopwords: ReadonlySet<string>): Set<Block> {
  const out = new Set<Block>();
  text.forEach((b, i) => {
    const [prev, next, after, afterNext] = [text[i - 1], text[i + 1], text[i + 2], text[i + 3]];
    if (!prev || !next || !after || !isProse(prev.text) || !isProse(after.text) || isHeading(afterNext) || isHeading(text[i - 2])) return;
    if (!isHeading(b) || (readsAsRunningText(b.text, stopwords) && !labelledHeadline(b.text)) || !isHeading(next)) return;
    if ((isShouted(b.text) && isShouted(next.text)) || /^\P{L}*\p{Ll}/u.test(next.text.trim())) return;
    out.add(b);
  });
  return out;
}

/**
 * Reads the body: paragraphs and headings, the facts its marked lines give, and its menu runs and captions. `page` holds
 * every line of the page (header and footer too), where a label set into the story may be set again (linked-headline.ts).
 */
export function takeBody(draft: StoryDraft, rawBody: Block[], stopwords: ReadonlySet<string>, page: readonly SourceLine[] = []): void {
  const meta = metaAboveDate(rawBody);
  for (const block of meta) removeBlock(draft, block, 'byline');
  const captions = captionAboveDate(rawBody.filter((b) => !meta.has(b)), draft.dateline !== null, stopwords);
  for (const block of captions) removeBlock(draft, block, 'caption');
  const kept = keepWeakBetweenProse(rawBody.filter((b) => !meta.has(b) && !captions.has(b)));
  const headline = draft.headline?.text ?? null;
  const linked = new Set([...linkedHeadlines(kept, stopwords, page, headline), ...headlineRuns(kept, stopwords, headline)]);
  for (const block of linked) removeBlock(draft, block, 'related-block', 'a headline linked into the story');
  const body = markBylineUnderStandfirst(draft, kept.filter((b) => !linked.has(b)));
  const text = body.filter((b) => b.mark?.kind !== 'furniture' && b.mark?.kind !== 'stamp');
  // Running text in Thai or Lao ends in no terminal, so it has a heading's shape: it is neither a heading nor a menu item.
  const isHeadingCandidate = (b: Block | undefined) => isHeadingShaped(b) && !isUnterminatedText(b!, stopwords);
  const listed = announcedLists(text);
  const underStandfirst = runUnderStandfirst(text.filter((b) => b.mark === null && !listed.has(b)));
  const labels = labelsOverSubheading(text, (b) => b !== undefined && !listed.has(b) && isHeadingCandidate(b), stopwords);
  for (const block of body) {
    if (takeCommonMark(draft, block) || takeFact(draft, block, 'byline')) continue;
    const i = text.indexOf(block);
    const inMenuRun =
      !listed.has(block) &&
      isHeadingCandidate(block) &&
      ((isHeadingCandidate(text[i - 1]) && isHeadingCandidate(text[i - 2])) ||
        (isHeadingCandidate(text[i - 1]) && isHeadingCandidate(text[i + 1])) ||
        (isHeadingCandidate(text[i + 1]) && isHeadingCandidate(text[i + 2])));
    const nextToCredit = [body[body.indexOf(block) - 1], body[body.indexOf(block) + 1]].some(
      (b) => b !== undefined && isPhotoCreditBlock(b) && Math.abs(b.line - block.line) === 1,
    );
    if (inMenuRun || underStandfirst.has(block) || labels.has(block)) removeBlock(draft, block, 'navigation');
    // A short line glued to a photo credit, not a sentence: the photo's caption.
    else if (nextToCredit && isTitleShaped(block.text) && !isProse(block.text) && !isLabelledHeadingOverCredit(block, body[body.indexOf(block) - 1], body[body.indexOf(block) + 1]))
      removeBlock(draft, block, 'caption');
    // The text's first block is its first paragraph (text-start.ts placed it there), never a heading over one.
    else if (i > 0 && !listed.has(block) && isHeadingCandidate(block) && text[i + 1] !== undefined && (isProse(text[i + 1]!.text) || isUnterminatedText(text[i + 1]!, stopwords)))
      draft.body.push({ kind: 'heading', text: block.text, line: block.line });
    else draft.body.push({ kind: 'paragraph', text: block.text, line: block.line });
  }
}
