/**
 * The one decision of which language a text is in, for an article and for a block of
 * it alike: a BCP 47 primary tag (`en`, `ru`, `be`, `id`…), or `und` when the text
 * cannot tell. A script that only one language uses decides by itself (Georgian,
 * Armenian, Greek, Korean, Thai…, script/text-script.ts); otherwise n-gram detection by `eld`, then
 * two corrections it cannot make alone: Russian, Ukrainian and Belarusian are told
 * apart by the letters only one of them uses (also in a text too short for n-grams),
 * and Indonesian (which eld calls Malay) from Malay by the spellings the two standards
 * disagree on. A compiled story records its blocks' and removed lines' languages (storyLangs),
 * so pages only read them and never load the detector.
 */
import { eld } from 'eld/medium';
import { dominantScript, languageOfScript } from '../script/text-script';
import { cyrillicBeyondModels, unmodelledByStopwords } from '../unmodelled-language';
import { countMatches as count, EAST_SLAVIC_ONLY, eastSlavicByLetters, eastSlavicGuess, isEastSlavic } from './east-slavic';
import { indonesianOrMalay } from './indonesian-malay';

/** Names the detector in every detected fact, so an editor knows what made the guess. */
export const LANGUAGE_DETECTOR = 'eld 2.1.0 (medium)';

/** Fewer letters or words than this and n-gram scores mean little: the answer is `und`. */
const MIN_LETTERS = 24;
const MIN_WORDS = 4;
/**
 * n-gram scores settle long before this many characters; longer texts are judged on their opening.
 * Every corpus gives the same languages at 1,000 characters as at 3,000 (bench:accuracy, bench:tags),
 * at a third of the cost: detection runs twice per file (the page, then the story).
 */
export const MAX_SAMPLE = 1000;

/** Matches of a global regex, counted up to `min` only: whether a text is long enough needs no more. */
function countUpTo(text: string, re: RegExp, min: number): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < min && re.exec(text)) n++;
  return n;
}
const LETTER = /\p{L}/gu;
const WORD = /\p{L}+/gu;

/** What the detector made of a text: the tag, how sure, and why. */
export type LanguageGuess = { value: string; confidence: number | null; evidence: string };

/**
 * Detects the language of a text: an article's title and body, or one block of it. Returns
 * `und` for text too short to judge or that the detector cannot place reliably, except where
 * the script or the letters tell. `prior` is the language of the text around it (a block's
 * story): among Russian, Ukrainian and Belarusian it wins whenever the letters allow it.
 */
export function detectLanguage(full: string, prior?: string): LanguageGuess {
  const text = full.length > MAX_SAMPLE ? full.slice(0, MAX_SAMPLE) : full;
  const script = dominantScript(text);
  const alone = languageOfScript(text, script);
  if (alone) return { value: alone, confidence: null, evidence: `written in the ${script} script, which names the language by itself` };
  const letters = countUpTo(text, LETTER, MIN_LETTERS);
  const words = countUpTo(text, WORD, MIN_WORDS);
  const cyrillic = script === 'Cyrillic';
  if (letters < MIN_LETTERS || words < MIN_WORDS) {
    const all = count(text, WORD);
    const why = `too short for n-grams (${all} words)`;
    return cyrillic ? eastSlavicGuess(text, why, prior) : { value: 'und', confidence: null, evidence: `too short to tell (${all} words)` };
  }
  if (cyrillic && cyrillicBeyondModels(text)) {
    return { value: 'und', confidence: null, evidence: 'Cyrillic letters none of the detector\'s languages uses (a Turkic, Mongolic or Iranian language it has no model for)' };
  }
  const result = eld.detect(text);
  const scores = Object.entries(result.getScores()).sort((a, b) => b[1] - a[1]);
  const [top, second] = scores;
  if (!result.language || !top || !result.isReliable()) {
    const why = `${LANGUAGE_DETECTOR} is not sure`;
    if (cyrillic) return { ...eastSlavicGuess(text, why, prior), confidence: top?.[1] ?? null };
    const unmodelled = unmodelledByStopwords(text, null);
    return unmodelled ? { value: unmodelled.value, confidence: null, evidence: `${why}; ${unmodelled.evidence}` } : { value: 'und', confidence: top?.[1] ?? null, evidence: why };
  }
  const confidence = Math.round(top[1] * 1000) / 1000;
  const detected = `${LANGUAGE_DETECTOR}: ${top[0]} ${confidence}${second ? `, next ${second[0]} ${Math.round(second[1] * 1000) / 1000}` : ''}`;
  // Indonesian and Malay have their own correction below; East Slavic theirs.
  const unmodelled = result.language === 'ms' || cyrillic ? null : unmodelledByStopwords(text, result.language);
  if (unmodelled) return { value: unmodelled.value, confidence: null, evidence: `${detected}; ${unmodelled.evidence}` };
  const cyrillicNeighbour = (result.language === 'bg' || result.language === 'sr') && count(text, EAST_SLAVIC_ONLY) > 0;
  if (isEastSlavic(result.language) || cyrillicNeighbour) {
    const ranked = scores.map(([tag]) => tag).filter(isEastSlavic);
    const fixed = eastSlavicByLetters(text, prior && isEastSlavic(prior) ? [prior, ...ranked.filter((t) => t !== prior)] : ranked);
    return { value: fixed.value, confidence, evidence: `${detected}; ${fixed.note}` };
  }
  if (result.language === 'ms') {
    const fixed = indonesianOrMalay(text);
    return { value: fixed.value, confidence, evidence: `${detected}; ${fixed.note}` };
  }
  return { value: result.language, confidence, evidence: detected };
}
