/**
 * Names spelt in pieces: Chinese spells a foreign name in characters chosen for their sound, which the word
 * segmenter does not know as a word and cuts into lone characters (卢|卡|申|科), and Thai into pieces (ลูก|า|เชน|โก).
 * Such a run is met by its consonant skeleton (consonant-skeleton.ts); and an exact match that is only the edge of
 * such a run (马里 of 马里|乌|波|尔, Mariupol) is no mention.
 */
import { isStopword } from './common-words';
import { consonantSkeleton } from './consonant-skeleton';
import type { FoldMatcher } from './tag-fold';
import type { Token } from './tokens';

const hanLetter = /^\p{Script=Han}$/u;
const thaiWord = /^[\u0E00-\u0E7F]+$/u;

/** Whether a token is Thai: a foreign name spelt in Thai is no word the segmenter knows either, and comes out in pieces (ลูก|า|เชน|โก). */
export const isThai = (word: string) => {
  const c = word.charCodeAt(0);
  return c >= 0x0e00 && c <= 0x0e7f && thaiWord.test(word); // the code test first: this runs for every word no form matched
};

/** Whether a token is one Han character (a segment the segmenter could not join into a word). */
export const isLoneHan = (word: string) => hanLetter.test(word);

/** Whether a word is a common word of Chinese or Japanese (的, 将, 在), which a spelled name does not open with. */
export const isCommonCjkWord = (word: string) => isStopword(word, 'zh') || isStopword(word, 'ja');

/**
 * A name Chinese spells in characters chosen for their sound is no word the
 * segmenter knows: it comes out as lone characters (卢|卡|申|科), and a name
 * spelt in Thai as pieces (ลูก|า|เชน|โก). The longest
 * run of three to eight such pieces from `tokens[i]`, the first no
 * common word (的, 将, 在; 尔 ends many spelled names), joined, whose consonant skeleton is one entity's,
 * or null.
 */
export function findSpelledName(fold: FoldMatcher, tokens: readonly Token[], i: number): { last: number; entity: string } | null {
  let joined = '';
  const ends: { last: number; skeleton: string | null }[] = [];
  for (let j = i; j < tokens.length && j < i + 8; j += 1) {
    const t = tokens[j];
    const previous = tokens[j - 1];
    if (!t || !(isLoneHan(t.text) || isThai(t.text)) || (j > i && previous?.end !== t.start) || (j === i && isCommonCjkWord(t.text))) break;
    joined += t.text;
    if (j > i + 1) ends.push({ last: j, skeleton: consonantSkeleton(joined) });
  }
  for (const { last, skeleton } of ends.reverse()) {
    const entities = skeleton ? fold.root.next?.get(`k${skeleton}`)?.entities : null;
    const [entity] = entities ?? [];
    if (entities?.size === 1 && entity !== undefined) return { last, entity };
  }
  return null;
}

/** Whether `tokens[k]` is a lone Han character joined to `tokens[joinedTo]` (the token next to it) that is no common word ("乌" of 马里|乌|波|尔, not "的"). */
function loneHan(tokens: readonly Token[], k: number, joinedTo: number): boolean {
  const t = tokens[k];
  const other = tokens[joinedTo];
  if (!t || !other || !isLoneHan(t.text)) return false;
  const joined = k > joinedTo ? other.end === t.start : t.end === other.start;
  return joined && !isCommonCjkWord(t.text);
}

/**
 * Whether a match in Chinese or Japanese text is only the edge of a longer
 * word the segmenter did not know: two or more lone characters run on from
 * it, as in 马里|乌|波|尔 (Mariupol), whose first two characters spell Mali.
 */
export function insideUnknownWord(tokens: readonly Token[], first: number, last: number): boolean {
  const after = loneHan(tokens, last + 1, last) && loneHan(tokens, last + 2, last + 1);
  const before = loneHan(tokens, first - 1, first) && loneHan(tokens, first - 2, first - 1);
  return after || before;
}
