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
import { foldedLower } from '../fold-text';
import { sameWord } from './label-echo';
import { wordCount, words } from '../segment/text-shape';
import type { LabelledLine } from './linked-headline';

/** Words of fewer letters are mostly function words, in any language, and say nothing of a topic. */
const MIN_LETTERS = 4;

/** Content words a headline holds before saying none of the story's counts as evidence. */
const MIN_CONTENT_WORDS = 3;

/**
 * Words (Intl.Segmenter's, text-shape.ts) after the label of a whole headline: a link repeats another story's headline,
 * six words or more as a rule; a subheading's words after its label are few ("Yerel seçimler: Muhtarlar sandık başında",
 * four).
 */
const MIN_HEADLINE_WORDS = 6;

/** Letters an affix glued before a word may hold (an article, a conjunction, a preposition: "وال…", "ki…"). */
const MAX_PREFIX_LETTERS = 3;

/**
 * Whether the words after a label read as a whole headline of another story, not a subheading's few words: six words
 * or more (MIN_HEADLINE_WORDS).
 */
export function isWholeHeadline(rest: string): boolean {
  return wordCount(rest) >= MIN_HEADLINE_WORDS;
}

/**
 * Two folded words of four letters or more are one word inflected, loosely: the same or close (label-echo.ts: sameWord);
 * or sharing a stem of four letters or more that covers half of the shorter word at least, however long the ending
 * (agglutinated endings: "okulunda" and "okullardan", "városban" and "városokban"); or the shorter word ending the
 * longer behind a prefix of at most three letters ("حكومة" and "والحكومة"). Loose on purpose: a match keeps the line.
 */
export function sharesStem(a: string, b: string): boolean {
  if (sameWord(a, b)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let p = 0;
  while (p < short.length && short[p] === long[p]) p++;
  if (p >= MIN_LETTERS && 2 * p >= short.length) return true;
  return short.length >= MIN_LETTERS && long.length - short.length <= MAX_PREFIX_LETTERS && long.endsWith(short);
}

/** A text's content words: four letters or more, not the language's stopwords, folded (fold-text.ts). */
export function contentWords(text: string, stopwords: ReadonlySet<string>): string[] {
  return words(text.toLocaleLowerCase()).filter((w) => w.length >= MIN_LETTERS && !stopwords.has(w)).map(foldedLower);
}

/**
 * How many content words (four letters or more, not the language's stopwords) the words after a label (`rest`) hold,
 * and how many of those and of its `label`'s the `story` writes (its paragraphs and its headline, their content words
 * only), as the same word or the same word inflected (sharesStem: "ferry" and "ferries", "okulunda" and "okullardan"). A label the story
 * uses names its theme ("Ferries: Operators demand…" over a story of ferries), so it counts as the story's word too.
 * Inflection is matched loosely, so the count leans to keeping the line.
 */
export function storyWordsOf({ label, rest }: LabelledLine, story: readonly string[], stopwords: ReadonlySet<string>): { own: number; shared: number } {
  const own = new Set(contentWords(rest, stopwords));
  const line = new Set([...own, ...contentWords(label, stopwords)]);
  // Story words by their first and by their last letters: a form inflected shares at least MIN_LETTERS of its first ones,
  // a form behind a glued prefix ends with the word (sharesStem).
  const [byHead, byTail] = [new Map<string, string[]>(), new Map<string, string[]>()];
  const file = (index: Map<string, string[]>, key: string, w: string) => {
    const list = index.get(key);
    if (!list) index.set(key, [w]);
    else if (!list.includes(w)) list.push(w);
  };
  for (const text of story) {
    for (const w of contentWords(text, stopwords)) {
      file(byHead, w.slice(0, MIN_LETTERS), w);
      file(byTail, w.slice(-MIN_LETTERS), w);
    }
  }
  const near = (w: string) => [...(byHead.get(w.slice(0, MIN_LETTERS)) ?? []), ...(byTail.get(w.slice(-MIN_LETTERS)) ?? [])];
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
