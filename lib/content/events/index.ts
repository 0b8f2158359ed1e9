/**
 * The events of a whole archive, indexed once: every event in timeline order (oldest
 * first), grouped events, and keyed lookups by entity and by story, so a page asks for
 * its own slice without scanning the archive. The events themselves are extracted at
 * compile time (compileArchive → extractEvents) and travel with the archive.
 */
import { isoParts } from '../dates/partial-date';
import type { Article, StoryEvent } from '../schema';
import { countByYear } from '../store/timeline';
import { dateKey, type EventGroup, groupEvents } from './group';

export type { EventGroup } from './group';

export type EventIndex = {
  /** Every event with a known year, oldest first. */
  events: StoryEvent[];
  /** Events reported by several stories merged, oldest first. */
  groups: EventGroup[];
  /** Groups that involve each entity, oldest first. */
  groupsByEntity: Map<string, EventGroup[]>;
  /** Every event of each story (partial ones too), in text order: for content:check and the story's own use. */
  byArticle: Map<string, StoryEvent[]>;
  /** Events whose year is unknown (a yearless date in an undated story): left out of the timeline, counted here. */
  withoutYear: number;
  /** Number of (grouped) events per year, oldest year first, by the year each starts in. */
  perYear: { year: number; count: number }[];
  /** Stories published per year, oldest year first: the other half of the archive's strip. */
  storiesPerYear: { year: number; count: number }[];
  /** The same count for each entity's groups. */
  perYearByEntity: Map<string, { year: number; count: number }[]>;
};

/** The year an event starts in, or null when its year is unknown. */
const eventYear = (event: Pick<StoryEvent, 'date'>): number | null => {
  const iso = event.date.start ?? event.date.value;
  return iso ? isoParts(iso).year : null;
};

/** Events per year, oldest year first. */
function countEventsByYear(events: readonly Pick<StoryEvent, 'date'>[]): { year: number; count: number }[] {
  const counts = new Map<number, number>();
  for (const e of events) {
    const year = eventYear(e);
    if (year !== null) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => a - b).map(([year, count]) => ({ year, count }));
}

/** The archive's events grouped by story id, each story's in text order. */
export function eventsByArticle(events: readonly StoryEvent[]): Map<string, StoryEvent[]> {
  const byArticle = new Map<string, StoryEvent[]>();
  for (const e of events) {
    const list = byArticle.get(e.article);
    if (list) list.push(e);
    else byArticle.set(e.article, [e]);
  }
  return byArticle;
}

/**
 * Builds the event index of `articles` from `events`, the archive's events of every story (see
 * compileArchive; events of stories not in `articles` are left out). `broad(slug)` marks entities
 * too general to group on (countries).
 */
export function buildEventIndex(articles: readonly Article[], events: readonly StoryEvent[], broad: (slug: string) => boolean): EventIndex {
  const eventsOf = eventsByArticle(events);
  const byArticle = new Map<string, StoryEvent[]>();
  const dated: StoryEvent[] = [];
  let withoutYear = 0;
  for (const article of articles) {
    const own = eventsOf.get(article.id) ?? [];
    byArticle.set(article.id, own);
    for (const e of own) {
      if (eventYear(e) === null) withoutYear++;
      else dated.push(e);
    }
  }
  // Ties keep archive order, then text order: a stable sort over a fixed input gives a deterministic page.
  dated.sort((a, b) => (dateKey(a.date) < dateKey(b.date) ? -1 : dateKey(a.date) > dateKey(b.date) ? 1 : 0));
  const groups = groupEvents(dated, broad);
  const groupsByEntity = new Map<string, EventGroup[]>();
  for (const group of groups) {
    for (const slug of group.entities) {
      const list = groupsByEntity.get(slug);
      if (list) list.push(group);
      else groupsByEntity.set(slug, [group]);
    }
  }
  const perYearByEntity = new Map([...groupsByEntity].map(([slug, list]) => [slug, countEventsByYear(list)]));
  return { events: dated, groups, groupsByEntity, byArticle, withoutYear, perYear: countEventsByYear(groups), perYearByEntity, storiesPerYear: countByYear(articles) };
}
