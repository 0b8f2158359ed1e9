/**
 * The page data of every route with static params: for each, a hash of exactly what its page or
 * feed renders, found through the same lookups the route calls (lib/routes/*, lib/feeds) plus the
 * archive-wide values its components read (event strips, filter chips, entity names). Two builds
 * whose hashes for a route are equal render that route to the same bytes, so an incremental build
 * re-renders only the routes whose hash changed (Gatsby's page-data diff).
 *
 * Stories and entities are hashed once each and stand for themselves by that hash wherever a
 * page's data holds them (a story's related stories, a tag page's list), so the whole pass is
 * one JSON serialisation per story plus a small one per route. What only the story's own page
 * shows is left out of that hash and added to its own page's data: the lines removed as
 * boilerplate (components/source-panel.tsx), whose notes count the files a line repeats in and so
 * change for many stories whenever a story from the same site arrives. An entity stands for
 * itself without its list of stories: only the tag index shows that list's length, and its data adds it.
 */
import { createHash } from 'node:crypto';
import { getArticleById, getArticles, getEntities, getEntitiesOf, getEntity, getEventIndex, getEventYears, type Article, type EventGroup, type IndexedEntity } from '@/lib/content';
import { tagFeedParams, tagFeedSpec } from '@/lib/feeds/archive-feeds';
import { paramsKey, type ParamRoute } from '@/lib/render-set';
import { articleFromParams, articleStaticParams } from '@/lib/routes/article-route';
import { entitiesWithEvents, eventsFromParams, eventsStaticParams } from '@/lib/routes/events-route';
import { tagFromParams, tagStaticParams } from '@/lib/routes/tag-route';
import { timelineChips, timelineFromParams, timelineStaticParams } from '@/lib/routes/timeline-route';

/** One route's page data: which route, its params' key, the hash of what it renders. */
export type RouteData = { route: ParamRoute; key: string; hash: string };

const sha = (text: string) => createHash('sha256').update(text).digest('base64url');

/** Serialises page data, with every story and entity object replaced by its own hash (computed once). */
function hasher(): (data: unknown) => string {
  // Keyed by the objects themselves, so a value met while serialising is found as what it is.
  const articles = new Map<unknown, Article>(getArticles().map((a) => [a, a]));
  const entities = new Map<unknown, IndexedEntity>(getEntities().map((e) => [e, e]));
  const memo = new Map<unknown, string>();
  const standIn = (value: unknown): string | undefined => {
    const article = articles.get(value);
    if (article !== undefined) {
      const { removed: _ownPageOnly, ...listed } = article;
      return `$a:${sha(JSON.stringify(listed))}`;
    }
    const entity = entities.get(value);
    if (entity !== undefined) {
      // Its story list is left out: a page that shows the count says so in its own data.
      const { articles: _stories, ...rest } = entity;
      return `$e:${sha(JSON.stringify(rest))}`;
    }
    return undefined;
  };
  const replace = (_key: string, value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    let hash = memo.get(value);
    if (hash === undefined) {
      hash = standIn(value);
      if (hash !== undefined) memo.set(value, hash);
    }
    return hash ?? value;
  };
  return (data) => sha(JSON.stringify(data, replace));
}

/** What the event list (components/event-list.tsx) looks up for each group: its stories and its entities. */
const eventLookups = (groups: readonly EventGroup[]) => groups.map((g) => [g.events.map((e) => getArticleById(e.article) ?? null), g.entities.map((slug) => getEntity(slug) ?? null)]);

const at = <P>(params: P) => Promise.resolve(params);

/** Every route with static params and the hash of its page data, in the routes' own param order. */
export async function routePageData(): Promise<RouteData[]> {
  const hash = hasher();
  const out: RouteData[] = [];
  const push = (route: ParamRoute, params: Parameters<typeof paramsKey>[0], data: unknown) => out.push({ route, key: paramsKey(params), hash: hash(data) });

  for (const params of articleStaticParams()) {
    const page = await articleFromParams(at(params));
    push('articles', params, page.kind === 'article' ? [page, page.article.removed, getEntitiesOf(page.article)] : page);
  }
  for (const params of tagStaticParams()) {
    const page = await tagFromParams(at(params));
    if (page.kind === 'index') push('tags', params, [page, page.entities.items.map((e) => e.articles.length)]);
    else {
      // Only the entity's first page draws the strip (its years are in the route's data); a numbered page is its slices.
      const [articles, events, strip] = page.kind === 'entity' ? [page.articles, page.events, getEventYears(page.entity.slug)] : [page.articles.items, page.events.items, null];
      push('tags', params, [page, strip, eventLookups(events), articles.map((a) => a.entities.map((e) => getEntity(e.slug) ?? null))]);
    }
  }
  const chips = timelineChips();
  for (const params of timelineStaticParams()) {
    const page = await timelineFromParams(at(params));
    const items = page.kind === 'latest' ? page.articles : page.articles.items;
    const names = items.map((a) => a.entities.map((e) => getEntity(e.slug)?.name ?? null));
    // Only the latest page offers the filter chips; a numbered page is its stories and its stable links.
    push('timeline', params, [page, page.kind === 'latest' ? chips : null, names]);
  }
  const index = getEventIndex();
  const eventsWide = [index.withoutYear, index.storiesPerYear, getEventYears(), entitiesWithEvents()];
  for (const params of eventsStaticParams()) {
    const page = await eventsFromParams(at(params));
    // Only the overview shows the archive-wide counts, strip and filter; a year's page shows its events.
    push('events', params, page.kind === 'overview' ? [page, eventsWide] : [page, eventLookups(page.groups.items)]);
  }
  for (const params of tagFeedParams()) {
    const spec = tagFeedSpec(params.slug);
    const data = [spec, spec?.articles.map((a: Article) => getEntitiesOf(a))];
    for (const route of ['feeds/tags/atom.xml', 'feeds/tags/feed.json', 'feeds/tags/rss.xml'] as const) push(route, params, data);
  }
  return out;
}
