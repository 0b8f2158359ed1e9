/**
 * The story's body: paragraphs and headings, with the header's leftovers under the standfirst, menu runs and photo
 * captions removed, and a weak furniture mark between two paragraphs undone. Split from extract-story.ts.
 */
import type { Block } from '../segment/segment';
import type { SourceLine } from '../source/normalise';
import { matchNameWithTail } from '../segment/name-tail';
import { endsSentence, hasCase, isProse, isTitleShaped, wordCount } from '../segment/text-shape';
import { isUnterminatedText } from './text-start';
import { removeBlock, type StoryDraft, takeCommonMark, takeFact } from './story-draft';
import { labelledHeadline, linkedHeadlines } from './linked-headline';
import { headlineRuns } from './link-run';
import { lineEvidence, RUNNING_TEXT_STOP_SHARE } from '../segment/line-evidence';
import { isColonLabelOverParagraph, isLabelledHeadingOverCredit } from './colon-heading';
import { isTextProse } from '../segment/running-text';
import { isPhotoCreditBlock } from '../segment/credit-rules';

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
 * A bare name ("Selin KAYA", "Ion Marin") standing alone between the first two paragraphs, when the page
 * gave no byline above: the byline set under the standfirst, as many sites print it. Anywhere else in the
 * body a two-word capitalised line may be a subheading, so only this position and the name's shape together decide.
 */
function markBylineUnderStandfirst(draft: StoryDraft, body: Block[]): Block[] {
  if (draft.byline) return body;
  const texts = body.filter((b) => b.mark === null);
  const [lead, name, next] = [texts[0], texts[1], texts[2]];
  if (!lead || !name || !next || !isProse(lead.text) || !isProse(next.text) || name.lines.length !== 1 || isProse(name.text)) return body;
  const byline = matchNameWithTail(name.text);
  return byline ? body.map((b) => (b === name ? { ...b, mark: { kind: 'byline', byline } } : b)) : body;
}

/**
 * Short lines in a run of two or more between the standfirst (the first paragraph) and the second paragraph:
 * the header's leftovers a theme prints under the standfirst ("Avatar photo", "Published", "on"). A subheading
 * stands alone over its paragraph, so a run is never one; the position and the run together decide.
 */
function runUnderStandfirst(text: Block[]): Set<Block> {
  if (!text[0] || !isProse(text[0].text)) return new Set();
  const run: Block[] = [];
  for (const b of text.slice(1)) {
    if (isProse(b.text)) break;
    if (wordCount(b.text) > 4 || endsSentence(b.text)) return new Set();
    run.push(b);
  }
  // A subheading shouted in capitals and broken over two lines ("2 ADET ARAÇ DAHA" / "ENVANTERE GİRDİ") is one heading, not leftovers.
  if (run.every((b) => isShouted(b.text))) return new Set();
  return run.length >= 2 && run.length < text.length - 1 ? new Set(run) : new Set();
}

/** Every cased letter a capital, with at least four of them: a line shouted as a subheading or a label. */
function isShouted(text: string): boolean {
  let capitals = 0;
  for (const c of text) {
    if (!hasCase(c)) continue;
    if (c !== c.toUpperCase()) return false;
    capitals++;
  }
  return capitals >= 4;
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
 * A short line (three words at most, no sentence) straight above the byline or date that sits under the standfirst:
 * part of that meta group, an agency's or desk's name ("MTI", "Redakcja"), not a subheading (a subheading stands
 * over a paragraph, not over a date). Only before the story's second paragraph, where the header's meta is set.
 */
function metaAboveDate(body: Block[]): Set<Block> {
  const out = new Set<Block>();
  let paragraphs = 0;
  for (const [i, b] of body.entries()) {
    if (b.mark === null && isProse(b.text) && ++paragraphs >= 2) break;
    const next = body[i + 1];
    const meta = next?.mark?.kind === 'dateline' || next?.mark?.kind === 'byline';
    if (paragraphs === 1 && meta && b.mark === null && b.lines.length === 1 && wordCount(b.text) <= 3 && !endsSentence(b.text)) out.add(b);
  }
  return out;
}

/**
 * A photo's caption set between the standfirst and the date: one line of four to twenty words with no sentence
 * terminal anywhere, standing after the story's first paragraph (and before its second) straight above a dateline,
 * when the header above gave no date. The header's meta is set there, and a subheading stands over a paragraph, not
 * over the page's only date; its position and its shape (no sentence) agree. A caption written as a sentence stays, and
 * so does running text in a script that ends its sentences with no terminal (Thai, Lao).
 */
function captionAboveDate(body: Block[], dated: boolean, stopwords: ReadonlySet<string>): Set<Block> {
  const out = new Set<Block>();
  if (dated) return out;
  let paragraphs = 0;
  for (const [i, b] of body.entries()) {
    if (b.mark === null && isProse(b.text) && ++paragraphs >= 2) break;
    const n = wordCount(b.text);
    const caption = b.mark === null && b.lines.length === 1 && n >= 4 && n <= 20 && !/\p{Sentence_Terminal}/u.test(b.text) && !isShouted(b.text) && !isUnterminatedText(b, stopwords);
    if (paragraphs === 1 && caption && body[i + 1]?.mark?.kind === 'dateline' && body.slice(i + 2).some((x) => x.mark === null && isProse(x.text))) out.add(b);
  }
  return out;
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
