/**
 * Whether a scrape is nothing but furniture: a menu page, a tag page or a list
 * of teasers (headline, one-line summary, headline, …). Such a page is rejected
 * with its reason instead of being published with a menu as its body.
 */
import type { BodyBlock } from '../schema';
import { wordCount } from '../segment/text-shape';

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
 */
export function linkListReason(body: readonly BodyBlock[]): string | null {
  const headings = body.filter((b) => b.kind === 'heading').length;
  const paragraphs = body.filter((b) => b.kind === 'paragraph');
  if (headings < 3 || paragraphs.length > headings + 1) return null;
  if (paragraphs.some((p) => sentencesIn(p.text) >= 2)) return null;
  return `nothing but furniture: a list of ${headings} headlines with one-line teasers, no paragraph of running text`;
}

/** The reason for a page whose every line was furniture (a menu, a tag page), naming how many lines it had. */
export function allFurnitureReason(lineCount: number): string {
  return `nothing but furniture: none of its ${lineCount} lines is running text (a menu, a link list or a tag page)`;
}
