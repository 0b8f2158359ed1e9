/**
 * The story read across a line set into it. A subheading opens a part of the story: the paragraph under it takes up its
 * words, and the paragraphs on either side of it may part ways. A link to another story is dropped into a paragraph
 * break: the story goes on past it as if it were not there (the paragraphs above and below say the same words), and the
 * line says none of them. Evidence for linked-headline.ts and link-run.ts. No word table: content words are the words of
 * four letters or more that are not the language's stopwords (story-words.ts: foldedContentWords), matched as one word
 * inflected (sharesStem). The headline's words run through every part of a story, so sharing them says nothing of one
 * thought going on, nor of a heading leading into its part.
 */
import { foldedLower } from '../fold-text';
import { words } from '../segment/text-shape';
import { sharesStem } from './link-apart';
import { foldedContentWords as contentWords } from './story-words';

/** A content word that holds a letter: a year or a count shared by two paragraphs says nothing of one thought going on. */
const hasLetter = (w: string) => /\p{L}/u.test(w);

/** Whether any word of `a` is a word of `b` inflected (sharesStem). Paragraphs are short: every pair is compared. */
function shareAWord(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.some((y) => sharesStem(x, y)));
}

/** The headline's words but its stopwords, however short, folded: a word of a syllabic script ("도서관") holds few letters. */
function topicWords(headline: string | null, stopwords: ReadonlySet<string>): string[] {
  return headline === null ? [] : words(headline.toLocaleLowerCase()).filter((w) => !stopwords.has(w)).map(foldedLower);
}

/** The content words with a letter of `text` that the headline does not say (topicWords). */
function ownWords(text: string, headline: string | null, stopwords: ReadonlySet<string>): string[] {
  const topic = topicWords(headline, stopwords);
  return contentWords(text, stopwords).filter((w) => hasLetter(w) && !shareAWord([w], topic));
}

/**
 * Whether the story reads on across a line (`parts`: its label and its headline, or the bare line): the paragraph
 * above it (`above`) and the one below it (`below`) share a content word with a letter in it that the story's
 * `headline` does not say, and no content word of the line is one of either paragraph's, even inflected. A line with no
 * content word of its own is no evidence either way.
 */
export function storyFlowsAcross(parts: readonly string[], above: string, below: string, headline: string | null, stopwords: ReadonlySet<string>): boolean {
  const line = parts.flatMap((p) => contentWords(p, stopwords));
  if (line.length === 0) return false;
  const down = contentWords(below, stopwords).filter(hasLetter);
  return shareAWord(ownWords(above, headline, stopwords), down) && !shareAWord(line, contentWords(above, stopwords)) && !shareAWord(line, down);
}

/**
 * Whether a heading-shaped `line` leads into the `paragraph` under it: it says a content word of that paragraph, even
 * inflected, that the story's `headline` does not say. A line with no content word of its own leads into anything:
 * there is nothing to weigh.
 */
export function leadsInto(line: string, paragraph: string, headline: string | null, stopwords: ReadonlySet<string>): boolean {
  const own = contentWords(line, stopwords);
  return own.length === 0 || shareAWord(ownWords(line, headline, stopwords), contentWords(paragraph, stopwords));
}
