/**
 * A headline of another story set apart in the story: the words behind its label name nothing the story says, and it is
 * the story's only line between its paragraphs that is not running text. Evidence every language has, no word table:
 * a subheading names a part of the story (the paragraphs under it use its words: "The cost: Who pays for the ferries"
 * over "… the ferry operators …"), and a story that has subheadings has a series of them; a link set into the text
 * ("Vakio koa: <another story's headline>", in a language no table knows) names another story, once.
 * One signal alone is no evidence: a lone subheading may say the story's words ("Port watch: Ferry operators …"), and a
 * subheading among others may say none ("OTAN: La alianza refuerza su flanco…"); linked-headline.ts weighs both together,
 * and only for a whole headline behind the label (six words or more: isWholeHeadline), as a link repeats another story's
 * headline whole while a subheading's words after its label are few. Words are matched loosely (sharesStem), so a lone
 * subheading saying the story's word under another ending ("okulunda" over "okullardan", "الحكومة" over "والحكومة") stays.
 */
import { sharesStem, STEM_LETTERS } from './same-word';
import { foldedContentWords } from './story-words';
import { wordCount } from '../segment/text-shape';
import type { LabelledLine } from './linked-headline';

/** Content words a headline holds before saying none of the story's counts as evidence. */
const MIN_CONTENT_WORDS = 3;

/**
 * Words (Intl.Segmenter's, text-shape.ts) after the label of a whole headline: a link repeats another story's headline,
 * six words or more as a rule; a subheading's words after its label are few ("Yerel seçimler: Muhtarlar sandık başında",
 * four).
 */
const MIN_HEADLINE_WORDS = 6;

/**
 * Whether the words after a label read as a whole headline of another story, not a subheading's few words: six words
 * or more (MIN_HEADLINE_WORDS).
 */
export function isWholeHeadline(rest: string): boolean {
  return wordCount(rest) >= MIN_HEADLINE_WORDS;
}

/**
 * How many content words (four letters or more, not the language's stopwords) the words after a label (`rest`) hold,
 * and how many of those and of its `label`'s the `story` writes (its paragraphs and its headline, their content words
 * only), as the same word or the same word inflected (sharesStem: "ferry" and "ferries", "okulunda" and "okullardan"). A label the story
 * uses names its theme ("Ferries: Operators demand…" over a story of ferries), so it counts as the story's word too.
 * Inflection is matched loosely, so the count leans to keeping the line.
 */
export function storyWordsOf({ label, rest }: LabelledLine, story: readonly string[], stopwords: ReadonlySet<string>): { own: number; shared: number } {
  const own = new Set(foldedContentWords(rest, stopwords));
  const line = new Set([...own, ...foldedContentWords(label, stopwords)]);
  // Story words by their first and by their last letters: a form inflected shares at least STEM_LETTERS of its first ones,
  // a form behind a glued prefix ends with the word (sharesStem).
  const [byHead, byTail] = [new Map<string, string[]>(), new Map<string, string[]>()];
  const file = (index: Map<string, string[]>, key: string, w: string) => {
    const list = index.get(key);
    if (!list) index.set(key, [w]);
    else if (!list.includes(w)) list.push(w);
  };
  for (const text of story) {
    for (const w of foldedContentWords(text, stopwords)) {
      file(byHead, w.slice(0, STEM_LETTERS), w);
      file(byTail, w.slice(-STEM_LETTERS), w);
    }
  }
  const near = (w: string) => [...(byHead.get(w.slice(0, STEM_LETTERS)) ?? []), ...(byTail.get(w.slice(-STEM_LETTERS)) ?? [])];
  const shared = [...line].filter((w) => near(w).some((u) => sharesStem(w, u))).length;
  return { own: own.size, shared };
}

/**
 * Whether a labelled line names nothing `story` says: its headline holds three content words or more, and the line says
 * none of the story's (storyWordsOf). A related story that shares one topic word with the story is not caught: one word
 * shared is how a lone subheading reads too ("Что дальше: Новые развязки на обоих берегах реки" over "левого берега").
 */
export function namesNothingOfStory(line: LabelledLine, story: readonly string[], stopwords: ReadonlySet<string>): boolean {
  const { own, shared } = storyWordsOf(line, story, stopwords);
  return own >= MIN_CONTENT_WORDS && shared === 0;
}

/**
 * Whether block `i` of `text` is the only line between the story's first and last paragraph of running text (`prose`,
 * by index) that is not running text, left unmarked: no subheading, caption or other label besides it.
 */
export function standsApart(i: number, prose: readonly boolean[], unmarked: readonly boolean[]): boolean {
  const [first, last] = [prose.indexOf(true), prose.lastIndexOf(true)];
  if (first < 0 || i <= first || i >= last) return false;
  for (let k = first + 1; k < last; k++) if (k !== i && !prose[k] && unmarked[k]) return false;
  return true;
}
