/**
 * Whether a scrape is nothing but furniture: a menu page, a tag page or a list
 * of teasers (headline, one-line summary, headline, …). Such a page is rejected
 * with its reason instead of being published with a menu as its body.
 */
import type { BodyBlock } from '../schema';
import { isProse, isTitleShaped, wordCount } from '../segment/text-shape';

/**
 * Sentences in a paragraph: a terminal of any script (\p{Sentence_Terminal}) followed by a new sentence.
 * After a space the next sentence must open with a capital or a letter of a caseless script; after a
 * full-width terminal (。！？, which take no space) any letter starts one.
 */
const sentenceCount = (text: string) =>
  text
    .split(/(?<=[\p{Sentence_Terminal}…][”"’»」』）]?)\s+(?=[“"«‘„]?(?:\p{Lu}|\p{Lo}))|(?<=[。！？][”"’»」』）]?)(?=\S)/u)
    .filter((s) => s.trim() !== '').length;

/** Letters of a script written with no sentence terminal and no space between words (Thai, Lao). */
const UNTERMINATED = /[\p{Script=Thai}\p{Script=Lao}]/u;

/**
 * Sentences in a paragraph of Thai or Lao, which mark no sentence end: a space between two letters of the script parts
 * clauses or sentences, so each run of six words or more (counted by Intl.Segmenter) between such spaces is one.
 */
const unterminatedSentenceCount = (text: string) =>
  text.split(/(?<=[\p{Script=Thai}\p{Script=Lao}])\s+(?=[\p{Script=Thai}\p{Script=Lao}])/u).filter((s) => wordCount(s) >= 6).length;

/** Sentences in a paragraph, by its terminals or, in Thai and Lao, by the spaces that stand for them. */
const sentencesIn = (text: string) => (UNTERMINATED.test(text) ? Math.max(sentenceCount(text), unterminatedSentenceCount(text)) : sentenceCount(text));

/**
 * Why the extracted body is a link list rather than a story, or null when it is a story.
 * A list of teasers has three or more headings, hardly more paragraphs than headings,
 * and not one paragraph of two sentences: a story's text always runs on somewhere.
 * Or its summaries are cut off with an ellipsis and nothing else is running text (cutOffTeasers).
 */
export function linkListReason(body: readonly BodyBlock[]): string | null {
  const headings = body.filter((b) => b.kind === 'heading').length;
  const teasers = cutOffTeasers(body);
  if (teasers > 0) return `nothing but furniture: a list of ${teasers} teasers cut off with an ellipsis, and no paragraph of running text that ends`;
  const paragraphs = body.filter((b) => b.kind === 'paragraph');
  if (headings < 3 || paragraphs.length > headings + 1) return null;
  if (paragraphs.some((p) => sentencesIn(p.text) >= 2)) return null;
  return `nothing but furniture: a list of ${headings} headlines with one-line teasers, no paragraph of running text`;
}

/** A paragraph the site cut off: it ends in an ellipsis of any script ("…", "...", "[…]", "(...)", "……"). */
const CUT_OFF = /(?:…|\.\.\.)[\])]?$/u;

/**
 * The number of teasers on a page of teasers, or 0: two paragraphs or more cut off with an ellipsis (a summary that
 * breaks off where a link would go on), and every other paragraph a title or a link's label (title-shaped, no
 * sentence). A story's text ends somewhere, so one paragraph of running text that is not cut off keeps the page.
 */
function cutOffTeasers(body: readonly BodyBlock[]): number {
  const paragraphs = body.filter((b) => b.kind === 'paragraph');
  const cut = paragraphs.filter((p) => CUT_OFF.test(p.text.trim()));
  if (cut.length < 2) return 0;
  return paragraphs.every((p) => cut.includes(p) || (isTitleShaped(p.text) && !isProse(p.text))) ? cut.length : 0;
}

/** The reason for a page whose every line was furniture (a menu, a tag page), naming how many lines it had. */
export function allFurnitureReason(lineCount: number): string {
  return `nothing but furniture: none of its ${lineCount} lines is running text (a menu, a link list or a tag page)`;
}

/** An HTTP error status printed as a figure of its own ("404", "Error 404", "Erreur 410"): 4xx or 5xx, the code every language's error page shows. */
const STATUS_CODE = /(?<![\p{L}\p{N}.,:/+-])[45]0\d(?![\p{L}\p{N}.,:/%-])/u;
/** Words a status line has at most: the code and a label ("Àṣìṣe 404", "404 – Page not found"). */
const MAX_STATUS_WORDS = 5;
/** Lines the status line stands above the notice at most: the code, the page's title ("Page not found"), then the notice. */
const MAX_STATUS_DISTANCE = 3;
/** Words an error notice has at most in all its paragraphs: an apology and a hint; a story's text says more. */
const MAX_NOTICE_WORDS = 40;

/** What errorPageReason reads of a story: its body and whether it has a date or byline. */
export type NoticeDraft = { body: readonly BodyBlock[]; dateline: unknown; byline: unknown };

/**
 * Why the page is an error page ("404 / Page not found / Sorry, the page … does not exist."), or null. The status code
 * is the evidence every language shares: a short line above the text whose only figure is a 4xx or 5xx code, and no
 * other figure beside it (a counter or a date holds more), at most three lines above the notice. The text under it is a notice, not a story: at most three
 * paragraphs and forty words in all, no heading, no date and no byline. A story that mentions an error code does so in
 * a sentence, and a story that says more than a notice is kept.
 */
export function errorPageReason(story: NoticeDraft, lines: readonly { n: number; text: string }[]): string | null {
  const paragraphs = story.body.filter((b) => b.kind === 'paragraph');
  if (story.dateline || story.byline || paragraphs.length === 0 || paragraphs.length > 3 || paragraphs.length < story.body.length) return null;
  if (paragraphs.reduce((n, p) => n + wordCount(p.text), 0) > MAX_NOTICE_WORDS) return null;
  const top = paragraphs[0]!.line;
  const status = lines.find((l) => {
    const text = l.text.trim();
    return l.n < top && top - l.n <= MAX_STATUS_DISTANCE && STATUS_CODE.test(text) && (text.match(/\p{N}+/gu) ?? []).length === 1 && wordCount(text) <= MAX_STATUS_WORDS && !/\p{Sentence_Terminal}$/u.test(text);
  });
  return status ? `nothing but furniture: an error page (line ${status.n}: «${status.text.trim()}»), with a notice of ${paragraphs.length} short paragraph(s) and no story` : null;
}
