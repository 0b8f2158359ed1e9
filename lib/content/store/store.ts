/**
 * The compiled archive as a read-only store, built once (its joins on first use): maps by slug, id and previous slug,
 * each entity's stories in publication order, each story's position in that order, and the
 * joins pages show (resolved entities, related stories, neighbours in time, the source a story
 * was cut from, co-occurring entities). Every getter in ./index is a keyed lookup here, so the
 * work per page does not grow with the archive.
 */
import type { Archive, Article, ContentError, ContentNotice, IndexedEntity } from '../schema';
import { countByYear } from './timeline';
import type { EventIndex } from '../events/index';
import { NOT_REPUBLISHED, type Republished } from './republications';
import { coOccurrencesOf, neighboursAt, relatedSearch, type Adjacent, type Related } from './joins';
import { LazyMap, once } from './lazy-map';
import { archiveLists } from './archive-lists';

/** An old article URL that must keep working: a previous slug and the slug it now points to. */
export type Redirect = { from: string; to: string };

/** What the store knows about one story beyond its own fields. */
export type StoryJoins = Readonly<{
  /** The gazetteer entries tagging the story, in its salience order. */
  entities: readonly IndexedEntity[];
  /** Other stories sharing entities with it, most relevant first (at most RELATED_LIMIT). */
  related: readonly Related[];
  /** The next-older and next-newer dated stories. */
  adjacent: Adjacent;
  /** The story it was cut from (`derivedFrom`), when that story is published. */
  parent: Article | null;
  /** The original this story republishes, and every other file with the same text. */
  republished: Republished;
}>;

/** How an entity's stories spread over the years: stories per year (oldest first) and the undated ones. */
export type YearCounts = Readonly<{ counts: readonly Readonly<{ year: number; count: number }>[]; undated: number }>;

/** An entity that tags some of the same stories as another, and how many. */
export type EntityCount = Readonly<{ entity: IndexedEntity; count: number }>;

export type ArchiveStore = Readonly<{
  /** Every published story in publication order: newest first, undated last, ties by id. */
  articles: readonly Article[];
  /**
   * The stories lists show, in the same order: every story except republished copies, so the
   * timeline, feeds, tag pages and counts carry each story once (copies keep their own page).
   */
  listed: readonly Article[];
  /** Every entity tagging at least one story, most-used first. */
  entities: readonly IndexedEntity[];
  rejected: readonly ContentError[];
  notices: readonly ContentNotice[];
  redirects: readonly Redirect[];
  bySlug: ReadonlyMap<string, Article>;
  byId: ReadonlyMap<string, Article>;
  /** The story now published under a slug it used to have. */
  byPreviousSlug: ReadonlyMap<string, Article>;
  entityBySlug: ReadonlyMap<string, IndexedEntity>;
  /** Entity slug → the stories it tags, in publication order. */
  storiesOf: ReadonlyMap<string, readonly Article[]>;
  /** Story id → its index in `articles`. */
  position: ReadonlyMap<string, number>;
  /** Story id → its joins, each computed when first asked for (./lazy-map.ts). */
  joins: ReadonlyMap<string, StoryJoins>;
  /** Entity slug → the entities it appears with, most shared stories first (computed when first asked for). */
  coOccurring: ReadonlyMap<string, readonly EntityCount[]>;
  /** Entity slug → its stories per year, counted once for every page of that entity (when first asked for). */
  years: ReadonlyMap<string, YearCounts>;
  /** Dated statements from the story bodies: timeline order, grouped, by entity and by story (see ./events). */
  events: EventIndex;
}>;

/** The joins of a story the store does not hold: nothing. */
export const NO_JOINS: StoryJoins = Object.freeze({ entities: [], related: [], adjacent: { older: null, newer: null }, parent: null, republished: NOT_REPUBLISHED });

function previousSlugs(articles: readonly Article[], bySlug: ReadonlyMap<string, Article>): Map<string, Article> {
  const out = new Map<string, Article>();
  // A previous slug never shadows a current one; the first story (in publication order) to claim one keeps it.
  for (const a of articles) for (const from of a.previousSlugs) if (!bySlug.has(from) && !out.has(from)) out.set(from, a);
  return out;
}

/**
 * Builds the store from a compiled archive. Pure; the result and its lists are frozen. The
 * per-story joins, the co-occurring entities, the year counts and the events index are computed
 * on first use (./lazy-map.ts), each the same value whenever it is computed: a build worker
 * rendering a few pages pays for those pages' lookups, not for the whole archive's.
 */
export function buildStore(archive: Archive): ArchiveStore {
  const lists = archiveLists(archive);
  const { articles, listed, entities, byId, entityBySlug, storiesOf, republished } = lists;
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const byPreviousSlug = previousSlugs(articles, bySlug);
  const position = new Map(articles.map((a, i) => [a.id, i]));

  const related = once(() => relatedSearch(articles));
  const listedAt = once(() => new Map(listed.map((a, i) => [a.id, i])));
  const joins = new LazyMap(byId, (id): StoryJoins => {
    const a = byId.get(id);
    const i = position.get(id);
    if (a === undefined || i === undefined) return NO_JOINS;
    const copies = republished.get(a.id) ?? NOT_REPUBLISHED;
    const sameText = new Set(copies.alsoPublished.map((l) => l.article.id));
    // A copy sits where its original sits in the lists, so its neighbours are the original's.
    const at = listedAt().get(copies.copyOf?.article.id ?? a.id);
    return Object.freeze({
      entities: Object.freeze(a.entities.flatMap((e) => entityBySlug.get(e.slug) ?? [])),
      // Copies are not offered as related stories: their original already is, or is this story.
      related: Object.freeze(related()(i).filter((r) => !sameText.has(r.article.id) && !republished.get(r.article.id)?.copyOf)),
      adjacent: Object.freeze(at === undefined ? { older: null, newer: null } : neighboursAt(listed, at)),
      parent: a.derivedFrom ? (byId.get(a.derivedFrom) ?? null) : null,
      republished: copies,
    });
  });

  // Entities of the gazetteer that tag a listed story, in the order of the stories that first name them.
  const tagging = new Set([...storiesOf.keys()].filter((slug) => entityBySlug.has(slug)));
  const coOccurring = new LazyMap(tagging, (slug): readonly EntityCount[] =>
    Object.freeze(coOccurrencesOf(slug, storiesOf.get(slug) ?? []).flatMap(({ slug: s, count }) => {
      const entity = entityBySlug.get(s);
      return entity ? [{ entity, count }] : [];
    })),
  );

  const years = new LazyMap(storiesOf, (slug): YearCounts => {
    const list = storiesOf.get(slug) ?? [];
    return Object.freeze({ counts: Object.freeze(countByYear(list)), undated: list.filter((a) => a.datePublished.value === null).length });
  });

  return Object.freeze({
    articles,
    listed,
    entities,
    rejected: Object.freeze([...archive.rejected]),
    notices: Object.freeze([...archive.notices]),
    redirects: Object.freeze([...byPreviousSlug].map(([from, a]) => ({ from, to: a.slug }))),
    bySlug,
    byId,
    byPreviousSlug,
    entityBySlug,
    storiesOf,
    position,
    joins,
    coOccurring,
    years,
    get events() {
      return lists.events;
    },
  });
}
