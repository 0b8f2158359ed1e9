/**
 * A date expression as found in a sentence, before any year is inferred: what the text
 * says and nothing more. `find-dates` produces these; `resolve-date` turns them into EventDates.
 */

/** A calendar point at the precision the text gives; a missing year stays null. */
export type Point = { year: number | null; month: number | null; day: number | null };

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/** A relative expression: an offset from the story's publication date. */
export type Relative =
  | { unit: 'week' | 'month' | 'year'; back: number } // "last week", "two years ago", "this year" (back 0)
  | { unit: 'recent' } // "recently": around the publication date
  | { unit: 'span'; years: number }; // "over the past year", "in the last decade": up to the publication date

export type RawDate =
  | { kind: 'point'; point: Point }
  | { kind: 'range'; from: Point; to: Point }
  | { kind: 'season'; season: Season; year: number }
  | { kind: 'decade'; from: number; to: number }
  | { kind: 'relative'; relative: Relative };

/** One date expression: where it is in the sentence, its words and what they mean. */
export type DateHit = { index: number; text: string; date: RawDate };
