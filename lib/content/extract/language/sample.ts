/**
 * What a page or a story is detected on (its running text), the detection of that sample
 * remembered for the next reader of it, and the language fact an article records.
 */
import type { LanguageFact } from '../../schema';
import { remembered } from '../../bounded-memo';
import { detectLanguage, LANGUAGE_DETECTOR, type LanguageGuess, MAX_SAMPLE } from './detect';

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
