/**
 * The one decision of which language a text is in, for an article and for a block of
 * it alike: a BCP 47 primary tag (`en`, `ru`, `be`, `id`…), or `und` when the text
 * cannot tell. A script that only one language uses decides by itself (Georgian,
 * Armenian, Greek, Korean, Thai…, script.ts); otherwise n-gram detection by `eld`, then
 * two corrections it cannot make alone: Russian, Ukrainian and Belarusian are told
 * apart by the letters only one of them uses (also in a text too short for n-grams),
 * and Indonesian (which eld calls Malay) from Malay by the spellings the two standards
 * disagree on. A compiled story records its blocks' and removed lines' languages (storyLangs),
 * so pages only read them and never load the detector.
 */
import { eld } from 'eld/medium';
import type { BodyBlock, LanguageFact, RemovedLine } from '../schema';
import { remembered } from '../bounded-memo';
import { dominantScript, languageOfScript, scriptOfLanguage } from './script';
import { cyrillicBeyondModels, unmodelledByStopwords } from './unmodelled-language';

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
const MAX_SAMPLE = 1000;
/** Letters a language never uses may still appear in a quoted name; below this share of the Cyrillic letters they are ignored. */
const FOREIGN_LETTER_SHARE = 0.01;

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;
/** Matches of a global regex, counted up to `min` only: whether a text is long enough needs no more. */
function countUpTo(text: string, re: RegExp, min: number): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < min && re.exec(text)) n++;
  return n;
}
const LETTER = /\p{L}/gu;
const WORD = /\p{L}+/gu;

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
const EAST_SLAVIC_ONLY = /[ыЫэЭёЁўЎіІїЇєЄґҐ]/gu;

/** Words whose spelling differs between the Indonesian and Malaysian standards (Indonesian first). */
const ID_MS_PAIRS: [string, string][] = [
  ['karena', 'kerana'],
  ['uang', 'wang'],
  ['saja', 'sahaja'],
  ['bisa', 'boleh'],
  ['pemerintah', 'kerajaan'],
  ['kantor', 'pejabat'],
  ['polisi', 'polis'],
  ['kamis', 'khamis'],
  ['jumat', 'jumaat'],
  ['agustus', 'ogos'],
  ['desember', 'disember'],
  ['maret', 'mac'],
  ['juli', 'julai'],
  ['miliar', 'bilion'],
  ['bahwa', 'bahawa'],
  ['yaitu', 'iaitu'],
  ['maupun', 'mahupun'],
  ['serikat', 'syarikat'],
  ['tentara', 'tentera'],
  ['kendaraan', 'kenderaan'],
  ['universitas', 'universiti'],
];

/** What the detector made of a text: the tag, how sure, and why. */
export type LanguageGuess = { value: string; confidence: number | null; evidence: string };

/**
 * Of the East Slavic tags in the detector's order (`ranked`), the best one the text's
 * letters allow: a language is ruled out by more than a trace of letters it never uses.
 */
export function eastSlavicByLetters(text: string, ranked: EastSlavic[]): { value: EastSlavic; note: string; telling: boolean } {
  const cyrillic = count(text, /\p{Script=Cyrillic}/gu);
  const ruledOut = EAST_SLAVIC.filter((tag) => count(text, RULED_OUT_BY[tag]) > cyrillic * FOREIGN_LETTER_SHARE);
  const order = [...ranked, ...EAST_SLAVIC.filter((t) => !ranked.includes(t))];
  const best = order.find((tag) => !ruledOut.includes(tag));
  // Letters of all three at once (a mixed text): keep the detector's answer.
  if (!best) return { value: order[0] ?? 'ru', note: 'letters of all three languages', telling: false };
  return { value: best, note: ruledOut.length ? `letters rule out ${ruledOut.join(', ')}` : 'no letter rules any out', telling: ruledOut.length === EAST_SLAVIC.length - 1 };
}

function indonesianOrMalay(text: string): { value: 'id' | 'ms'; note: string } {
  const words = new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
  const id = ID_MS_PAIRS.filter(([w]) => words.has(w)).map(([w]) => w);
  const ms = ID_MS_PAIRS.filter(([, w]) => words.has(w)).map(([, w]) => w);
  if (id.length > ms.length) return { value: 'id', note: `Indonesian spellings: ${id.join(', ')}` };
  if (ms.length > id.length) return { value: 'ms', note: `Malay spellings: ${ms.join(', ')}` };
  // eld has no Indonesian model and says "ms" for both; with no telling spelling, the far more
  // widely published standard is the better guess, and the evidence says it was one.
  return { value: 'id', note: 'no spelling tells Indonesian from Malay; Indonesian assumed' };
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
function priorStands(sample: string, prior: EastSlavic): boolean {
  if (!ANY_EAST_SLAVIC_ONLY.test(sample) || !ONLY_BASIC_CYRILLIC.test(sample)) return false;
  if (dominantScript(sample) !== 'Cyrillic') return false;
  return count(sample, RULED_OUT_BY[prior]) <= count(sample, /\p{Script=Cyrillic}/gu) * FOREIGN_LETTER_SHARE;
}

/** Of Russian, Ukrainian and Belarusian, the one a Cyrillic text's letters allow, the `prior` (the story's language) first. */
function eastSlavicGuess(text: string, why: string, prior?: string): LanguageGuess {
  const known = prior !== undefined && isEastSlavic(prior);
  const fixed = eastSlavicByLetters(text, known ? [prior] : []);
  // Without the story's language to go on, only a telling letter names the language ("Минск" alone does not).
  if (!known && !fixed.telling) return { value: 'und', confidence: null, evidence: `${why}; no letter tells Russian, Ukrainian or Belarusian apart` };
  return { value: fixed.value, confidence: null, evidence: `${why}; Cyrillic: ${fixed.note}` };
}

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

/** Lines this long are running text on any page; menus, labels and most headlines are shorter. */
const RUNNING_LINE = 80;
/** With less running text than this, the whole text is the sample. */
const MIN_RUNNING_SAMPLE = 200;

/**
 * What a page or a story is detected on: its lines of running text (80 characters or more), so menus
 * and tickers in another language do not decide; the whole text when it has too little of that. The
 * page and its story mostly give the same sample, and then the detector runs once (see detectSample).
 */
export function languageSample(lines: readonly string[]): string {
  let sample = '';
  for (const line of lines) {
    if (line.length < RUNNING_LINE) continue;
    sample = sample === '' ? line : `${sample}\n${line}`;
    if (sample.length >= MAX_SAMPLE) break;
  }
  return sample.length >= MIN_RUNNING_SAMPLE ? sample : lines.join('\n');
}

/** The last samples detected: a page and then its story usually give the same one. */
const detected = new Map<string, LanguageGuess>();

/** detectLanguage of a sample, remembered for the next call with the same sample (no prior). */
export function detectSample(sample: string): LanguageGuess {
  return remembered(detected, 4, sample.length > MAX_SAMPLE ? sample.slice(0, MAX_SAMPLE) : sample, (key) => detectLanguage(key));
}

/** A detected language as the article records it. */
export function languageFactOf(text: string): LanguageFact {
  const guess = detectSample(text);
  return { value: guess.value, source: 'detected', detector: LANGUAGE_DETECTOR, confidence: guess.confidence, evidence: guess.evidence };
}

/**
 * The `lang` a block needs inside a story written in `storyLang`, or null when it inherits
 * the story's. The same decision as for the article (detectLanguage), with the story's
 * language as prior: a Cyrillic block gets ru/uk/be by detection and letters, and keeps the
 * story's East Slavic language whenever its letters allow it; a block in another script gets
 * the detector's answer (`und` when it cannot tell). A block in the story's own non-Cyrillic
 * script inherits: n-grams on a short Latin block would guess more than they know.
 */
export function blockLang(text: string, storyLang: string): string | null {
  const script = dominantScript(text);
  if (script === null) return null;
  if (script === scriptOfLanguage(storyLang) && script !== 'Cyrillic') return null;
  if (isEastSlavic(storyLang) && priorStands(text.length > MAX_SAMPLE ? text.slice(0, MAX_SAMPLE) : text, storyLang)) return null;
  const guess = detectLanguage(text, storyLang).value;
  return guess === storyLang ? null : guess;
}

/** cyrillicLang's detected answers: a site prints the same menus and notices on every page, and each page's removed lines hold them again. Bounded. */
const lineLangs = new Map<string, string>();

/**
 * BCP 47 tag for a run of text that is mostly Cyrillic ('ru', 'uk', 'be', or another Cyrillic
 * language the detector names); null when the text is mostly Latin or has no letters.
 */
export function cyrillicLang(text: string): string | null {
  const cyrillic = count(text, /\p{Script=Cyrillic}/gu);
  const latin = count(text, /\p{Script=Latin}/gu);
  if (cyrillic === 0 || cyrillic <= latin || dominantScript(text) !== 'Cyrillic') return null;
  return remembered(lineLangs, 1024, text, (line) => detectLanguage(line).value);
}

/**
 * A story's body with each block's language recorded, for a story written in `storyLang`: a
 * block's `lang` is blockLang's answer, absent when it inherits the story's (a `lang` recorded
 * against an earlier language of the story is dropped). Run where the story is compiled, and again
 * when an editor sets the story's language, so pages only read it and never load the detector.
 */
export function withBlockLangs(body: readonly BodyBlock[], storyLang: string): BodyBlock[] {
  return body.map(({ lang: _earlier, ...block }) => {
    const lang = blockLang(block.text, storyLang);
    return lang === null ? block : { ...block, lang };
  });
}

/** Removed lines with the language of each mostly Cyrillic one recorded (cyrillicLang), for the source panel. */
export function withLineLangs(removed: readonly RemovedLine[]): RemovedLine[] {
  return removed.map((line) => {
    const lang = cyrillicLang(line.text);
    return lang === null ? line : { ...line, lang };
  });
}
