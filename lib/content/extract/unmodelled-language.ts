/**
 * Evidence for the languages the n-gram detector (`eld`, ~60 languages) has no model for:
 * a Galician, Afrikaans, Swahili or Irish text would otherwise get a neighbour's tag with the
 * neighbour's confidence, or none. Two signals hold without a model: the share of a language's
 * function words (`stopwords-iso` lists many languages eld lacks), and letters none of eld's
 * languages of that script use. language.ts weighs them after eld: the detector's own languages
 * win whenever their function words hold up, so they are not made worse.
 */
import { eld } from 'eld/medium';
import { languagesWithStopwords, stopwordsOf } from './stopwords';

/** The languages eld has a model for. */
export const MODELLED: ReadonlySet<string> = new Set(Object.values(eld.info().Languages));

/** Fewer words than this and a share of function words says little. */
const MIN_WORDS = 20;
/** A language must have at least this share of the text's words in its list to be named. */
const MIN_SHARE = 0.2;
/**
 * Function words only the unmodelled language's list has must outnumber those only the detector's
 * language has by this factor: neighbours (Galician and Portuguese) share most of their lists.
 */
const EXCLUSIVE_RATIO = 2;
const MIN_EXCLUSIVE = 3;

/** Lower-cased words of a text. */
const wordsOf = (text: string) => text.toLowerCase().match(/\p{L}[\p{L}\p{M}]*/gu) ?? [];

/** A language the function words point to, with why. */
export type StopwordVerdict = { value: string; evidence: string };

/**
 * The language eld has no model for whose function words the text is made of, when they clearly
 * outweigh those of `detected` (eld's answer, or null when eld was not sure); null otherwise.
 */
export function unmodelledByStopwords(text: string, detected: string | null): StopwordVerdict | null {
  const words = wordsOf(text);
  if (words.length < MIN_WORDS) return null;
  const hits = new Map<string, number>();
  for (const lang of languagesWithStopwords) {
    const list = stopwordsOf(lang, 'none');
    hits.set(lang, words.filter((w) => list.has(w)).length);
  }
  const ranked = [...hits].sort((a, b) => b[1] - a[1]);
  const [best, next] = ranked;
  if (!best || MODELLED.has(best[0]) || best[1] < words.length * MIN_SHARE) return null;
  const share = (n: number) => `${Math.round((n / words.length) * 100)}%`;
  if (detected === null) {
    // eld knows none of its languages in the text: the leading list decides when nothing ties it.
    if (next && next[1] >= best[1]) return null;
    return { value: best[0], evidence: `${share(best[1])} of the words are ${best[0]} function words (next ${next?.[0] ?? '–'} ${share(next?.[1] ?? 0)})` };
  }
  const theirs = stopwordsOf(detected, 'none');
  const mine = stopwordsOf(best[0], 'none');
  const onlyMine = words.filter((w) => mine.has(w) && !theirs.has(w)).length;
  const onlyTheirs = words.filter((w) => theirs.has(w) && !mine.has(w)).length;
  if (onlyMine < MIN_EXCLUSIVE || onlyMine < onlyTheirs * EXCLUSIVE_RATIO) return null;
  return {
    value: best[0],
    evidence: `${share(best[1])} of the words are ${best[0]} function words, ${onlyMine} of them not ${detected} ones (${onlyTheirs} the other way)`,
  };
}

/**
 * Cyrillic letters outside the basic block U+0400–U+045F (ө ү ә қ ң ұ һ ҳ ҷ…): the letters of
 * the Turkic, Mongolic and Iranian languages written in Cyrillic, which none of eld's Cyrillic
 * languages (Russian, Ukrainian, Belarusian, Bulgarian, Serbian) uses, ґ of Ukrainian excepted.
 */
const EXTENDED_CYRILLIC = /[\u0460-\u048f\u0492-\u052f]/gu;
/** Below this share of the Cyrillic letters, extended letters are a quoted name, not the language. */
const EXTENDED_SHARE = 0.01;

/** Whether a Cyrillic text uses letters none of eld's Cyrillic languages has (Kazakh, Mongolian, Tajik…). */
export function cyrillicBeyondModels(text: string): boolean {
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const extended = text.match(EXTENDED_CYRILLIC)?.length ?? 0;
  return cyrillic > 0 && extended > cyrillic * EXTENDED_SHARE;
}
