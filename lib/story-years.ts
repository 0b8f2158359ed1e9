/**
 * The year a story is listed under on the timeline's year pages (`/timeline/<year>/`) and the
 * archive's stories split by it: the year of its publication date at whatever precision the date
 * is known (a month-only or year-only date still names its year); an undated story has none and
 * is listed on `/timeline/undated/`. One rule for the routes, the moved old pages and the page data.
 */
import type { Article } from '@/lib/content';

/** One year of stories: its number and its stories in the archive's order (newest first). */
export type StoryYear = { year: number; stories: readonly Article[] };

/** The year a story was published in, or null when undated. */
export function storyYear(story: Pick<Article, 'datePublished'>): number | null {
  const value = story.datePublished.value;
  const year = value ? Number(value.slice(0, 4)) : NaN;
  return Number.isInteger(year) ? year : null;
}

/** `stories` (newest first) by year, newest year first, each year's stories in the list's order; the undated apart, in the list's order. */
export function splitStoriesByYear(stories: readonly Article[]): { years: StoryYear[]; undated: Article[] } {
  const byYear = new Map<number, Article[]>();
  const undated: Article[] = [];
  for (const story of stories) {
    const year = storyYear(story);
    if (year === null) {
      undated.push(story);
      continue;
    }
    const list = byYear.get(year);
    if (list) list.push(story);
    else byYear.set(year, [story]);
  }
  return { years: [...byYear].sort(([a], [b]) => b - a).map(([year, list]) => ({ year, stories: list })), undated };
}

/**
 * Each story's number counted from the oldest of its list (its year's stories, or the undated ones), by
 * article id: built once with the split, so finding the page that lists a story is a lookup, not a search.
 */
export function numbersFromOldest(split: { years: readonly StoryYear[]; undated: readonly Article[] }): ReadonlyMap<string, number> {
  const numbers = new Map<string, number>();
  // Each list runs newest first: the story at index i is number length − i counted from the oldest.
  for (const list of [...split.years.map((y) => y.stories), split.undated]) list.forEach((story, i) => numbers.set(story.id, list.length - i));
  return numbers;
}
