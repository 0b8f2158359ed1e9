/**
 * A headline of another story set apart in the story: the words behind its label name nothing the story says, and it is
 * the story's only line between its paragraphs that is not running text. Evidence every language has, no word table:
 * a subheading names a part of the story (the paragraphs under it use its words: "The cost: Who pays for the ferries"
 * over "… the ferry operators …"), and a story that has subheadings has a series of them; a link set into the text
 * ("Vakio koa: <another story's headline>", in a language no table knows) names another story, once.
 * One signal alone is no evidence: a lone subheading may say the story's words ("Port watch: Ferry operators …"), and a
 * subheading among others may say none ("OTAN: La alianza refuerza su flanco…"); linked-headline.ts weighs both together.
 */
import { foldedLower } from '../fold-text';
import { sameWord } from './label-echo';
import { words } from '../segment/text-shape';
import type { LabelledLine } from './linked-headline';

/** Words of fewer letters are mostly function words, in any language, and say nothing of a topic. */
const MIN_LETTERS = 4;

/** Content words a headline holds before saying none of the story's counts as evidence. */
const MIN_CONTENT_WORDS = 3;

/** A text's content words: four letters or more, not the language's stopwords, folded (fold-text.ts). */
function contentWords(text: string, stopwords: ReadonlySet<string>): string[] {
  return words(text.toLocaleLowerCase()).filter((w) => w.length >= MIN_LETTERS && !stopwords.has(w)).map(foldedLower);
}

/**
 * How many content words (four letters or more, not the language's stopwords) the words after a label (`rest`) hold,
 * and how many of those and of its `label`'s the `story` writes (its paragraphs and its headline, their content words
 * only), as the same word or the same word inflected (label-echo.ts: sameWord, "ferry" and "ferries"). A label the story
 * uses names its theme ("Ferries: Operators demand…" over a story of ferries), so it counts as the story's word too.
 * Inflection is matched loosely, so the count leans to keeping the line.
 */
export function storyWordsOf({ label, rest }: LabelledLine, story: readonly string[], stopwords: ReadonlySet<string>): { own: number; shared: number } {
  const own = new Set(contentWords(rest, stopwords));
  const line = new Set([...own, ...contentWords(label, stopwords)]);
  // Story words by their first letters: an inflected form shares at least MIN_LETTERS of them (sameWord).
  const byHead = new Map<string, string[]>();
  for (const text of story) {
    for (const w of contentWords(text, stopwords)) {
      const head = w.slice(0, MIN_LETTERS);
      const list = byHead.get(head);
      if (!list) byHead.set(head, [w]);
      else if (!list.includes(w)) list.push(w);
    }
  }
  const shared = [...line].filter((w) => (byHead.get(w.slice(0, MIN_LETTERS)) ?? []).some((u) => sameWord(w, u))).length;
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
