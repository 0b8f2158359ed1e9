/**
 * Layout: where the article's text starts and ends inside a scrape. Everything
 * before the first paragraph of running prose is the header (headline, byline,
 * dateline, menus, tickers); everything after the last one is the footer
 * (prompts, section names). A related-stories block is cut off first.
 */
import type { Block } from '../segment/segment';
import { endsSentence, isSignedSentence, wordCount, words } from '../segment/text-shape';
import { stopwordsFor } from '../segment/line-evidence';
import { opensWithPromptVerb, readerNotice } from '../segment/reader-notice';
import { isShortSentence, isTextProse, namedIn, STEM_LENGTH, wordStem } from '../segment/running-text';
import { authorBoxAt } from './author-box';
import { bylineBioAt } from './byline-bio';
import { listingAt } from './listing-tail';
import { commentThreadAt, isCounter } from './comment-thread';
import { titleEchoAt } from './title-echo';
import { headerEchoAt } from './header-echo';
import { isUnterminatedText, textStart } from './text-start';
import { buttonsIn, isButtonBlock } from './footer-buttons';
import { setApartNoteAt } from './set-apart-note';
import { textNoticeAt } from './text-notice';
import { figureRunAt } from './figure-run';
import { isBareLastSentence } from './bare-last-sentence';
import { takesUpStory } from './story-sentences';

export type Layout = { header: Block[]; body: Block[]; footer: Block[] };

const isSignedText = (b: Block) => b.mark === null && isSignedSentence(b.text);

/** One short sentence (a notice): a prose block of one line and at most 25 words. */
const isShortNotice = (b: Block) => isTextProse(b) && b.lines.length === 1 && wordCount(b.text) <= 25;

/** The stem a word is compared by (running-text.ts wordStem): lower-case words of five letters or more. */
const stemOf = (w: string | undefined) => (w !== undefined && w.length >= STEM_LENGTH && /^\p{Ll}/u.test(w) ? wordStem(w) : null);

/**
 * The heading of a comment section above its notice: a counter ("Comments (3)"), or a short label
 * without a sentence end that ends in a lower-case word the notice ends on too ("Click to comment" over
 * "You must be logged in to post a comment."): the notice says how to do what the label offers. A
 * subheading over the story's last paragraph may repeat its last word ("What about the opposition" over
 * "Leaders of the opposition said…"), but that paragraph rarely ends on it.
 */
function isNoticeHeading(label: Block, notice: Block, below: Block[]): boolean {
  if (isCounter(label)) return true;
  if (label.mark !== null || label.lines.length !== 1 || wordCount(label.text) > 4 || endsSentence(label.text)) return false;
  const labelWords = words(label.text);
  const stem = stemOf(labelWords.at(-1));
  if (stem !== null && stemOf(words(notice.text).at(-1)) === stem) return true;
  // A one-word heading the notice names again ("Hozzászólások" over "A cikkhez hozzászólni regisztráció után lehet."),
  // when nothing follows the notice, or only lines that are not text and name it a third time (the form's button:
  // "Deixe seu comentário"): the comment section's header, its rule and its form, not a subheading and the story's end.
  const word = labelWords.length === 1 ? stemOf(labelWords[0]!.toLowerCase()) : null;
  const names = (b: Block) => words(b.text).some((w) => stemOf(w.toLowerCase()) === word);
  const formBelow = below.length > 0 && below.every((b) => !isTextProse(b) && b.lines.length === 1 && wordCount(b.text) <= 5) && below.some(names);
  return word !== null && (below.length === 0 || formBelow) && names(notice);
}

/**
 * A call to subscribe, follow or share: marked a site prompt (line-rules.ts) and opening with such a verb, which an
 * advertising slot's label ("Advertisement", also a site prompt) does not.
 */
const isPromptBlock = (b: Block | undefined) => b?.mark?.kind === 'furniture' && b.mark.reason === 'site-prompt' && opensWithPromptVerb(b.text);

/** A sentence of six words or more ending in a colon: it introduces a list ("Share:" or "Follow us on:" is a label). */
const introducesList = (b: Block) => /:$/u.test(b.text.trim()) && wordCount(b.text) >= 6;

/**
 * The story's end when its last prose lines are a footer's sentences: a run of three or more blocks that
 * are not text (a share row, a tag list, a menu), or two when the one right above the sentences is a call to
 * subscribe or follow, then at most two short one-line sentences to the end
 * ("Sign up and get the news every morning.", "All rights reserved."). A photo's credit breaks the run (a
 * caption, its credit and a subheading are three such blocks), and a list the text above introduces with a
 * colon is not one, so a story's last paragraph under a figure and a subheading, or under a list, stays, and so
 * do sentences under the run that take up the story's words under its subheading (story-sentences.ts: takesUpStory).
 * Returns the index of the first block of that run and the sentences (the story's text ends above it, at a block
 * that is neither a button nor a list's introduction), or -1.
 */
function footerSentencesAt(blocks: Block[], first: number, last: number, stopwords: ReadonlySet<string>): number {
  let k = last;
  let sentences = 0;
  while (k > first && isTextProse(blocks[k]!)) {
    if (blocks[k]!.lines.length !== 1 || wordCount(blocks[k]!.text) > 30 || ++sentences > 2) return -1;
    k--;
  }
  let run = 0;
  // A call to subscribe or follow straight above the sentences is their box's heading ("Sign up to the newsletter" over
  // "The news every morning in your inbox."): the prompt and its pitch, so two blocks of furniture above it are enough,
  // and one when a call stands straight under the sentences too (the box's button: "Share the article" over the pitch
  // over "Subscribe"): a story's last paragraph does not stand between two calls to the reader.
  const prompted = isPromptBlock(blocks[k]);
  const boxed = prompted && isPromptBlock(blocks[last + 1]);
  while (k > first && isButtonBlock(blocks[k]!, stopwords)) {
    run += buttonsIn(blocks[k]!);
    k--;
  }
  const footer = (run >= 3 || (prompted && run >= 2) || (boxed && run >= 1)) && k > first && !introducesList(blocks[k]!) && !introducesList(blocks[k + 1]!);
  return footer && !takesUpStory(blocks, first, k + 1, last, stopwords) ? k + 1 : -1;
}

/**
 * Where notices to the reader start under the story (reader-notice.ts): the first prose block after the story's
 * first paragraph that is a notice on its own words, when every prose block below it to `last` (the comment section's
 * notice is cut off before) is a notice
 * too (naming a platform is enough there: "Receive the news on WhatsApp."). Its words and its place agree; a story's
 * last paragraph that names a platform, with no notice on its own words above it, stays. -1 when none.
 */
function readerNoticesAt(blocks: Block[], first: number, last: number): number {
  let at = -1;
  for (let k = last; k > first; k--) {
    const b = blocks[k]!;
    if (!isTextProse(b)) continue;
    const notice = b.lines.length === 1 ? readerNotice(b.text) : null;
    if (notice === null) break;
    if (notice === 'strong') at = k;
  }
  return at;
}

/** Where a finder says the story's text stops above: the index of the first block that is not the story's, or -1. */
type EndFinder = (blocks: Block[], first: number, last: number, stopwords: ReadonlySet<string>) => number;

/**
 * Where the comment section's notice starts under the story: a short sentence under its heading (a counter line
 * "Comments (3)", or a label the notice names again), read upwards as long as the pattern repeats. -1 when none.
 */
function commentNoticeAt(blocks: Block[], first: number, last: number, stopwords: ReadonlySet<string>): number {
  let at = -1;
  while (last > first && isShortNotice(blocks[last]!) && isNoticeHeading(blocks[last - 1]!, blocks[last]!, blocks.slice(last + 1))) {
    at = last - 1;
    last = lastTextAbove(blocks, first, at, stopwords);
  }
  return at;
}

/**
 * What stands under the story's text, read from the bottom in this order; each finder looks above the cut the ones
 * before it made. Cutting at the comment section's notice, the reader notices or the footer's sentences first lets a
 * comment thread, a listing or an author box be found under text that is the story's.
 */
const END_FINDERS: readonly { name: 'commentNotice' | 'notices' | 'footerSentences' | 'headerEcho' | 'titleEcho' | 'thread' | 'listing' | 'box' | 'bio' | 'note' | 'textNotice' | 'figureRun'; find: EndFinder }[] = [
  { name: 'commentNotice', find: commentNoticeAt },
  { name: 'notices', find: readerNoticesAt },
  { name: 'footerSentences', find: footerSentencesAt },
  { name: 'headerEcho', find: headerEchoAt },
  { name: 'titleEcho', find: titleEchoAt },
  { name: 'thread', find: commentThreadAt },
  { name: 'listing', find: listingAt },
  { name: 'box', find: authorBoxAt },
  { name: 'bio', find: bylineBioAt },
  { name: 'note', find: setApartNoteAt },
  { name: 'textNotice', find: textNoticeAt },
  { name: 'figureRun', find: figureRunAt },
];

/** The text's last block at or above `cut - 1`: prose, or running text in a script without sentence terminals (Thai, Lao). */
function lastTextAbove(blocks: Block[], first: number, cut: number, stopwords: ReadonlySet<string>): number {
  let last = cut - 1;
  while (last > first && !isTextProse(blocks[last]!) && !isUnterminatedText(blocks[last]!, stopwords)) last--;
  return last;
}

/** Splits blocks into header, body and footer around the first and last prose paragraphs; `cutBelow`: a related-stories block under them was cut off first. */
export function layoutBlocks(blocks: Block[], stopwords: ReadonlySet<string> = stopwordsFor('und'), cutBelow = false): Layout {
  const first = textStart(blocks, stopwords);
  if (first < 0) return { header: blocks, body: [], footer: [] };
  let last = lastTextAbove(blocks, first, blocks.length, stopwords);
  const cuts = new Map<(typeof END_FINDERS)[number]['name'], number>();
  for (const { name, find } of END_FINDERS) {
    const cut = find(blocks, first, last, stopwords);
    cuts.set(name, cut);
    if (cut > first) last = lastTextAbove(blocks, first, cut, stopwords);
  }
  const [notices, box] = [cuts.get('notices') ?? -1, Math.max(cuts.get('box') ?? -1, cuts.get('bio') ?? -1)];
  // A last sentence signed with the agency's initials ("… dedi. AA") does not end in a terminal, but is the story's.
  // It is looked for above the reader notices and the sentences the header printed too, never among them.
  const end = Math.min(...[notices, cuts.get('headerEcho') ?? -1, cuts.get('note') ?? -1, cuts.get('textNotice') ?? -1, cuts.get('figureRun') ?? -1].filter((c) => c > first), blocks.length);
  const named = namedIn(blocks.slice(first, last + 1));
  while (last + 1 < end && box < 0 && (isShortSentence(blocks[last + 1]!, stopwords, named) || isSignedText(blocks[last + 1]!))) last++;
  // A last sentence printed without its full stop, which only its words and its place tell from furniture (bare-last-sentence.ts),
  // above every finder's cut (a listing's first teaser, a thread's first comment).
  const cutOff = Math.min(...[...cuts.values()].filter((c) => c > first), blocks.length);
  if (box < 0 && isBareLastSentence(blocks, first, last, Math.min(end, cutOff), stopwords, cutBelow)) last++;
  return { header: blocks.slice(0, first), body: blocks.slice(first, last + 1), footer: blocks.slice(last + 1) };
}

export type RelatedSplit = { main: Block[]; marker: Block | null; related: Block[] };

/**
 * Cuts the file at a "Similar articles" / "Read also" style marker that follows
 * the article's first prose paragraph. A marker above the story is menu text and is left to the header rules.
 */
export function splitRelated(blocks: Block[]): RelatedSplit {
  const firstProse = blocks.findIndex(isTextProse);
  const at = blocks.findIndex((b, i) => i > firstProse && firstProse >= 0 && b.mark?.kind === 'related-marker');
  if (at < 0) return { main: blocks, marker: null, related: [] };
  return { main: blocks.slice(0, at), marker: blocks[at]!, related: blocks.slice(at + 1) };
}
