/**
 * Calendar dates in a body sentence ("on 7 December", "in April 2009", "March-April of
 * 2014", "5 marca 2019", "4 сакавіка", "12.03.2019"), read by the same finder as header
 * dates (dates/date-find.ts), so events come out in every language a dateline does.
 */
import { findDates } from '../dates/date-find';
import type { DateHit } from './raw-date';

/** The languages a story's sentences are read in: its own (when known) and English, which quotes and names cross into. */
export function sentenceLanguages(storyLang: string | null | undefined): string[] {
  return storyLang && storyLang !== 'und' ? [storyLang, 'en'] : [];
}

/** Calendar dates in `sentence`, in text order. */
export function findCalendarDates(sentence: string, languages: readonly string[] = []): DateHit[] {
  return findDates(sentence, { prose: true, monthAlone: true, languages }).map((d): DateHit => {
    const index = d.start;
    const text = sentence.slice(d.start, d.end).replace(/[\s,.;:]+$/u, '');
    if (!d.until) return { index, text, date: { kind: 'point', point: d.parts } };
    // "March-April of 2014": the year written once belongs to both ends.
    const year = d.parts.year ?? d.until.year;
    return { index, text, date: { kind: 'range', from: { ...d.parts, year }, to: { ...d.until, year: d.until.year ?? year } } };
  });
}
