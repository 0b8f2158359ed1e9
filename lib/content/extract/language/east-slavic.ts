/**
 * Russian, Ukrainian and Belarusian told apart by the letters only some of them use: the
 * correction detect.ts makes to the detector's answer, and the answer by itself for a Cyrillic
 * text too short for n-grams or one whose letters leave the story's language standing.
 */
import { dominantScript } from '../script/text-script';
import type { LanguageGuess } from './detect';

/** Letters a language never uses may still appear in a quoted name; below this share of the Cyrillic letters they are ignored. */
const FOREIGN_LETTER_SHARE = 0.01;

/** How many times a global regex matches the text. */
export const countMatches = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/**
 * Letters that rule a language out when they make up more than a trace of the text:
 * Russian has no і ў ї є ґ; Ukrainian no ы э ъ ў ё; Belarusian no и щ ъ ї є ґ.
 */
const RULED_OUT_BY: Record<'ru' | 'uk' | 'be', RegExp> = {
  ru: /[іІўЎїЇєЄґҐ]/gu,
  uk: /[ыЫэЭъЪўЎёЁ]/gu,
  be: /[иИщЩъЪїЇєЄґҐ]/gu,
};
const EAST_SLAVIC = ['ru', 'uk', 'be'] as const;
export type EastSlavic = (typeof EAST_SLAVIC)[number];
/** Whether a tag is Russian, Ukrainian or Belarusian. */
export const isEastSlavic = (tag: string): tag is EastSlavic => (EAST_SLAVIC as readonly string[]).includes(tag);
/** Letters Bulgarian and Serbian lack but Russian, Ukrainian or Belarusian use: a "bg"/"sr" guess with them is an East Slavic text. */
export const EAST_SLAVIC_ONLY = /[ыЫэЭёЁўЎіІїЇєЄґҐ]/gu;

/**
 * Of the East Slavic tags in the detector's order (`ranked`), the best one the text's
 * letters allow: a language is ruled out by more than a trace of letters it never uses.
 */
export function eastSlavicByLetters(text: string, ranked: EastSlavic[]): { value: EastSlavic; note: string; telling: boolean } {
  const cyrillic = countMatches(text, /\p{Script=Cyrillic}/gu);
  const ruledOut = EAST_SLAVIC.filter((tag) => countMatches(text, RULED_OUT_BY[tag]) > cyrillic * FOREIGN_LETTER_SHARE);
  const order = [...ranked, ...EAST_SLAVIC.filter((t) => !ranked.includes(t))];
  const best = order.find((tag) => !ruledOut.includes(tag));
  // Letters of all three at once (a mixed text): keep the detector's answer.
  if (!best) return { value: order[0] ?? 'ru', note: 'letters of all three languages', telling: false };
  return { value: best, note: ruledOut.length ? `letters rule out ${ruledOut.join(', ')}` : 'no letter rules any out', telling: ruledOut.length === EAST_SLAVIC.length - 1 };
}

/**
 * Texts whose every character is a basic Cyrillic letter (U+0400–U+045F, ґ) or a character eld
 * splits words at (ASCII digits and punctuation but the apostrophes ' and `, which eld keeps inside
 * a word; spaces; « » · №; U+2010–U+205E but ’): eld's words are then all Cyrillic, and none of its
 * n-grams of such words scores a language other than ru, uk, be, bg, sr (language-eld-cyrillic.test.ts
 * checks this on eld's own tables).
 */
const ONLY_BASIC_CYRILLIC = /^[\u0400-\u045f\u0490\u0491\s!-&(-@[-_{-~\u00a0\u00ab\u00b7\u00bb\u2010-\u2018\u201a-\u205e\u2116]*$/u;
const ANY_EAST_SLAVIC_ONLY = new RegExp(EAST_SLAVIC_ONLY.source, 'u');

/**
 * Whether detectLanguage(sample, prior).value is `prior` whatever eld says, so blockLang need not run
 * it: eld's answer on such a text can only be ru, uk, be (then the letters pick `prior`, which they
 * allow), bg or sr (then a letter only ru, uk or be uses makes it East Slavic, same), or unsure (then
 * eastSlavicGuess gives `prior`); the text too short for n-grams gives `prior` too, and only basic
 * Cyrillic letters are never beyond eld's models. Its confidence and evidence are not computed.
 */
export function priorStands(sample: string, prior: EastSlavic): boolean {
  if (!ANY_EAST_SLAVIC_ONLY.test(sample) || !ONLY_BASIC_CYRILLIC.test(sample)) return false;
  if (dominantScript(sample) !== 'Cyrillic') return false;
  return countMatches(sample, RULED_OUT_BY[prior]) <= countMatches(sample, /\p{Script=Cyrillic}/gu) * FOREIGN_LETTER_SHARE;
}

/** Of Russian, Ukrainian and Belarusian, the one a Cyrillic text's letters allow, the `prior` (the story's language) first. */
export function eastSlavicGuess(text: string, why: string, prior?: string): LanguageGuess {
  const known = prior !== undefined && isEastSlavic(prior);
  const fixed = eastSlavicByLetters(text, known ? [prior] : []);
  // Without the story's language to go on, only a telling letter names the language ("Минск" alone does not).
  if (!known && !fixed.telling) return { value: 'und', confidence: null, evidence: `${why}; no letter tells Russian, Ukrainian or Belarusian apart` };
  return { value: fixed.value, confidence: null, evidence: `${why}; Cyrillic: ${fixed.note}` };
}
