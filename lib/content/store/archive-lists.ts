/**
 * The archive's lists without the per-story joins: the publication order, the listed stories (republished copies left
 * out), each entity's stories and the events index. buildStore (store.ts) builds its maps and joins on these, and the
 * build's content check reads them alone to list moved pages.
 */
import { sortNewestFirst } from './publication-order';
import type { Archive, Article } from '../schema';
import { buildEventIndex } from '../events/index';
import { republicationLinks } from './republications';
import { once } from './lazy-map';
import type { ArchiveStore } from './store';

function storiesByEntity(articles: readonly Article[]): Map<string, Article[]> {
  const out = new Map<string, Article[]>();
  for (const a of articles) {
    for (const slug of new Set(a.entities.map((e) => e.slug))) {
      const list = out.get(slug);
      if (list) list.push(a);
      else out.set(slug, [a]);
    }
  }
  return out;
}

/** The store's lists without its per-story joins: what the build's content check needs to list moved pages. */
export type ArchiveLists = Pick<ArchiveStore, 'articles' | 'listed' | 'entities' | 'byId' | 'entityBySlug' | 'storiesOf' | 'events'> & {
  republished: ReturnType<typeof republicationLinks>;
};

/**
 * The publication order, the listed stories, each entity's stories and the events index, as
 * buildStore builds them, without the joins (related stories cost most of buildStore at scale).
 * The events index is built on first read of `events`: a build worker whose pages show no events
 * never builds it.
 */
export function archiveLists(archive: Archive): ArchiveLists {
  const articles = Object.freeze(sortNewestFirst(archive.articles));
  const byId = new Map(articles.map((a) => [a.id, a]));
  const entityBySlug = new Map(archive.entities.map((e) => [e.slug, e]));
  const republished = republicationLinks(archive.republications, byId);
  const listed = Object.freeze(articles.filter((a) => !republished.get(a.id)?.copyOf));
  const storiesOf = storiesByEntity(listed);
  for (const list of storiesOf.values()) Object.freeze(list);
  const entities = Object.freeze([...archive.entities]);
  // Countries are too broad to say that two stories report the same event.
  const events = once(() => buildEventIndex(listed, archive.events, (slug) => entityBySlug.get(slug)?.type === 'country'));
  return {
    articles,
    listed,
    entities,
    byId,
    entityBySlug,
    storiesOf,
    get events() {
      return events();
    },
    republished,
  };
}
