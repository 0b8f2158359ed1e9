/**
 * The story read across a line set into it. A subheading opens a part of the story: the paragraph under it takes up its
 * words, and the paragraphs on either side of it may part ways. A link to another story is dropped into a paragraph
 * break: the story goes on past it as if it were not there (the paragraphs above and below say the same words), and the
 * line says none of them. Evidence for linked-headline.ts and link-run.ts. No word table: content words are the words of
 * four letters or more that are not the language's stopwords (story-words.ts: foldedContentWords), matched as one word
 * inflected (sharesStem). The headline's words run through every part of a story, so sharing them says nothing of one
 * thought going on, nor of a heading leading into its part. A line opening with a label and a colon is never weighed so:
 * a subheading opening a new turn of the story ("Word: what comes next") says none of its words and the story reads on
 * across it all the same, so such a line needs the page's evidence (a label used again, set alone in a menu, a stamp),
 * unless it is a whole headline set apart that says none of its neighbours' words while they go on from one another
 * (storyFlowsPastLabelledLine; linked-headline.ts adds that its label is no word of the story).
 */
import { foldedLower } from '../fold-text';
import { labelAndRest } from '../segment/label-shape';
import { withoutLeadingMarks } from '../segment/related-rules';
import { startsLowercase, words } from '../segment/text-shape';
import { sharesStem } from './same-word';
import { foldedContentWords as contentWords } from './story-words';

/**
 * The words after a label of one to three words and a colon opening `line` (label-shape.ts; behind any bullet or pointer:
 * withoutLeadingMarks), or null when no such label opens it: "Hoe verder: leerlingen reizen straks per bus" gives
 * "leerlingen reizen straks per bus".
 */
export function wordsAfterLabel(line: string): string | null {
  return labelAndRest(withoutLeadingMarks(line))?.rest.trim() ?? null;
}

/**
 * Whether `line` opens with a label and a colon whose words go on in lower case ("Què canvia: els autobusos faran…"): a
 * label leading into running words, as a subheading or a lead-in does, never another story's headline, which opens
 * with a capital in a script with case (linked-headline.ts: labelledHeadline reads it so too).
 */
export function labelGoesOnInLowerCase(line: string): boolean {
  const rest = wordsAfterLabel(line);
  return rest !== null && startsLowercase(rest);
}

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
 * Whether the story reads on across a bare line (`parts`: the line alone): the paragraph above it (`above`) and the one
 * below it (`below`) share a content word with a letter in it that the story's `headline` does not say, and no content
 * word of the line is one of either paragraph's, even inflected. A line with no content word of its own is no evidence
 * either way, nor is a labelled one (`parts` of a label and its headline, or a bare line opening with a label and a
 * colon: wordsAfterLabel): a subheading opening a new turn of the story reads so too.
 */
export function storyFlowsAcross(parts: readonly string[], above: string, below: string, headline: string | null, stopwords: ReadonlySet<string>): boolean {
  if (parts.length !== 1 || wordsAfterLabel(parts[0]!) !== null) return false;
  const line = parts.flatMap((p) => contentWords(p, stopwords));
  if (line.length === 0) return false;
  const down = contentWords(below, stopwords).filter(hasLetter);
  return paragraphsGoOn(above, below, headline, stopwords) && !shareAWord(line, contentWords(above, stopwords)) && !shareAWord(line, down);
}

/**
 * Whether the paragraph `below` a line goes on from the one `above` it: they share a content word with a letter in it
 * that the story's `headline` does not say, even inflected.
 */
export function paragraphsGoOn(above: string, below: string, headline: string | null, stopwords: ReadonlySet<string>): boolean {
  return shareAWord(ownWords(above, headline, stopwords), contentWords(below, stopwords).filter(hasLetter));
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

/** Content words a line holds, beyond the story's headline's, before saying none of its neighbours' counts as evidence. */
const MIN_OWN_WORDS = 3;

/**
 * Whether a labelled line says nothing of the paragraphs on either side of it: it holds three content words or more
 * that the story's `headline` does not say, and leads into neither the paragraph `below` it nor the one `above` it
 * (leadsInto: no word of either, even inflected, beyond the headline's). A subheading names what its part says, so the
 * paragraph under it takes up its words; a link to another story shares with the story at most its topic, the
 * headline's word ("Read also: Ferry fares rise in May" in a story of ferries).
 */
export function saysNothingAround(line: string, above: string, below: string, headline: string | null, stopwords: ReadonlySet<string>): boolean {
  if (ownWords(line, headline, stopwords).length < MIN_OWN_WORDS) return false;
  return !leadsInto(line, below, headline, stopwords) && !leadsInto(line, above, headline, stopwords);
}

/**
 * Whether the story reads on across a labelled line that says nothing of its neighbours (saysNothingAround) while the
 * paragraphs on either side of it go on from one another (paragraphsGoOn): a line dropped into a paragraph break, not a
 * heading opening a part. Words of the story elsewhere or of its headline may be said: a link to a story on the same
 * topic shares them.
 */
export function storyFlowsPastLabelledLine(line: string, above: string, below: string, headline: string | null, stopwords: ReadonlySet<string>): boolean {
  return saysNothingAround(line, above, below, headline, stopwords) && paragraphsGoOn(above, below, headline, stopwords);
}
