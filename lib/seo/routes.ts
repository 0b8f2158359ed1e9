/**
 * What each kind of page is, in SEO terms: its path, title, description, share
 * image, breadcrumb trail and feeds. lib/seo.ts turns these facts into Next
 * metadata and JSON-LD, so every route is described exactly once.
 */
import type { Article, Entity } from '@/lib/content/schema';
import { paths, type FeedPaths } from '@/lib/paths';
import { SITE_DESCRIPTION, SITE_NAME } from '@/lib/site';
import { dateInWords } from '@/lib/describe-date';
import { cutOnWord, summarise } from './summary';

/** A page the SEO helper can describe. Pages build one of these from their own lookup. */
export type SeoRoute =
  | { kind: 'home' }
  /** `original`: the story this one republishes, whose URL is the canonical one. */
  | { kind: 'article'; article: Article; entities: readonly Entity[]; original?: Article | null }
  /** `page` is the index's list page (1 when left out). */
  | { kind: 'tags'; order?: 'name' | 'count'; page?: number }
  /**
   * `articles` are the stories listed on this page. The tag's first page (`page` left out):
   * `total` counts all of its stories. Its page `page` counted from the oldest holds stories
   * `range.first`–`range.last` and names no total.
   */
  | { kind: 'tag'; entity: Entity; articles: readonly Article[]; total?: number; page?: number; range?: { first: number; last: number } }
  /**
   * The whole archive's timeline (an entity's timeline is its tag pages): its latest stories
   * (`year` and `page` left out; `total` counts the archive), or page `page` of one `year`'s stories
   * (`year` null: the undated stories) counted from the oldest, holding stories
   * `range.first`–`range.last` of that list (such a page names no total: it stays as it is when stories arrive).
   */
  | { kind: 'timeline'; articles: readonly Article[]; total?: number; year?: number | null; page?: number; range?: { first: number; last: number } }
  | { kind: 'search' }
  /**
   * The events timeline (an entity's events are on its tag pages): its overview with `total`
   * counting the events, or page `page` of one `year`'s events holding the year's events
   * `range.first`–`range.last` counted from its earliest (no total: it stays as it is when stories arrive).
   */
  | { kind: 'events'; total?: number; year?: number; page?: number; range?: { first: number; last: number } }
  | { kind: 'redirect'; from: string; article: Article };

export type Crumb = { name: string; path: string };

export type PageFacts = {
  path: string;
  title: string;
  description: string;
  image: { path: string; alt: string };
  /** Home first, this page last; empty on the home page itself. */
  breadcrumbs: Crumb[];
  feeds: FeedPaths & { title: string };
  /** False for pages that must not be indexed (redirect stubs). */
  indexable: boolean;
};

const home: Crumb = { name: 'Home', path: paths.home() };

/** The human label for an entity type, used in tag page titles and share cards. */
export const ENTITY_TYPE_LABEL: Record<Entity['type'], string> = {
  country: 'Country',
  person: 'Person',
  organisation: 'Organisation',
  'weapon-system': 'Weapon system',
  place: 'Place',
  event: 'Event',
  outlet: 'Outlet',
};

const pageSuffix = (page: number) => (page > 1 ? ` (page ${page})` : '');

const archiveFeeds = () => ({ ...paths.feeds(), title: `${SITE_NAME}: all stories` });

/** The description shown for an article: its summary, or a dated fallback for a body with no paragraph. */
function articleDescription(article: Article): string {
  const summary = summarise(article.body);
  if (summary) return summary;
  const date = dateInWords(article.datePublished);
  return cutOnWord(`${article.title.value}${date ? ` (${date})` : ''}`);
}

/** The SEO facts for one route. */
export function describeRoute(route: SeoRoute): PageFacts {
  switch (route.kind) {
    case 'home':
      return {
        path: paths.home(),
        title: SITE_NAME,
        description: SITE_DESCRIPTION,
        image: { path: paths.siteImage(), alt: `${SITE_NAME}: ${SITE_DESCRIPTION}` },
        breadcrumbs: [],
        feeds: archiveFeeds(),
        indexable: true,
      };
    case 'article': {
      const { article } = route;
      const path = paths.article(article.slug);
      return {
        path,
        title: article.title.value,
        description: articleDescription(article),
        image: { path: paths.articleImage(article.slug), alt: `Headline card: ${article.title.value}` },
        breadcrumbs: [home, { name: article.title.value, path }],
        feeds: archiveFeeds(),
        indexable: true,
      };
    }
    case 'tags': {
      const { order, page = 1 } = route;
      const path = paths.tags(order, page);
      return {
        path,
        title: `${order === 'count' ? 'Tags by number of stories' : 'Tags'}${pageSuffix(page)}`,
        description: 'Every country, person, organisation, weapon system and place the archive’s stories mention.',
        image: { path: paths.siteImage(), alt: `${SITE_NAME}: ${SITE_DESCRIPTION}` },
        breadcrumbs: [
          home,
          { name: 'Tags', path: paths.tags() },
          ...(order === 'count' ? [{ name: 'By count', path: paths.tags('count') }] : []),
          ...(page > 1 ? [{ name: `Page ${page}`, path }] : []),
        ],
        feeds: archiveFeeds(),
        indexable: true,
      };
    }
    case 'tag': {
      const { entity, page, range } = route;
      const path = page === undefined ? paths.tag(entity.slug) : paths.tagPage(entity.slug, page);
      const total = route.total ?? route.articles.length;
      const count = `${total} ${total === 1 ? 'story' : 'stories'}`;
      const held = range && range.last >= range.first ? `Stories ${range.first}–${range.last} about ${entity.name}, counted from the oldest.` : `Stories and events about ${entity.name}, counted from the oldest.`;
      return {
        path,
        title: page === undefined ? entity.name : `${entity.name} (page ${page})`,
        description: cutOnWord(page === undefined ? `${count} about ${entity.name}. ${entity.description}` : `${held} ${entity.description}`),
        image: { path: paths.tagImage(entity.slug), alt: page === undefined ? `Tag card: ${entity.name}, ${count}` : `Tag card: ${entity.name}` },
        breadcrumbs: [
          home,
          { name: 'Tags', path: paths.tags() },
          { name: entity.name, path: paths.tag(entity.slug) },
          ...(page === undefined ? [] : [{ name: `Page ${page}`, path }]),
        ],
        feeds: { ...paths.feeds(entity.slug), title: `${SITE_NAME}: stories tagged ${entity.name}` },
        indexable: true,
      };
    }
    case 'timeline': {
      const { year, page = 1, range } = route;
      const list = year === undefined ? null : year === null ? { name: 'Undated', path: paths.timelineUndated(), of: 'the undated stories' } : { name: String(year), path: paths.timelineYear(year), of: `the stories of ${year}` };
      const path = year === undefined ? paths.timeline() : year === null ? paths.timelineUndated(page) : paths.timelineYear(year, page);
      const total = route.total ?? route.articles.length;
      const description =
        list && range
          ? `Stories ${range.first}–${range.last} of ${list.of}, counted from the oldest, in date order, each dated only as precisely as its source allows.`
          : `All ${total} stories in the archive in date order, each dated only as precisely as its source allows.`;
      return {
        path,
        title: list === null ? 'Timeline' : `Timeline: ${list.name}${pageSuffix(page)}`,
        description,
        image: { path: paths.siteImage(), alt: `${SITE_NAME}: ${SITE_DESCRIPTION}` },
        breadcrumbs: [
          home,
          { name: 'Timeline', path: paths.timeline() },
          ...(list === null ? [] : [{ name: list.name, path: list.path }]),
          ...(list !== null && page > 1 ? [{ name: `Page ${page}`, path }] : []),
        ],
        feeds: archiveFeeds(),
        indexable: true,
      };
    }
    case 'events': {
      const { year, page = 1 } = route;
      const path = year === undefined ? paths.events() : paths.eventsYear(year, page);
      return {
        path,
        title: year === undefined ? 'Events' : `Events of ${year}${pageSuffix(page)}`,
        description:
          year !== undefined && route.range
            ? `Dated statements ${route.range.first}–${route.range.last} of ${year} from the stories, counted from the year's earliest, in the order things happened, each at the precision its text gives.`
            : `${route.total ?? 0} dated ${route.total === 1 ? 'statement' : 'statements'} from the stories, in the order things happened, each at the precision its text gives.`,
        image: { path: paths.siteImage(), alt: `${SITE_NAME}: ${SITE_DESCRIPTION}` },
        breadcrumbs: [
          home,
          { name: 'Events', path: paths.events() },
          ...(year === undefined ? [] : [{ name: String(year), path: paths.eventsYear(year) }]),
          ...(year !== undefined && page > 1 ? [{ name: `Page ${page}`, path }] : []),
        ],
        feeds: archiveFeeds(),
        indexable: true,
      };
    }
    case 'search':
      return {
        path: paths.search(),
        title: 'Search',
        description: 'Search the full text of every story in the archive, filter by entity and sort by date.',
        image: { path: paths.siteImage(), alt: `${SITE_NAME}: ${SITE_DESCRIPTION}` },
        breadcrumbs: [home, { name: 'Search', path: paths.search() }],
        feeds: archiveFeeds(),
        indexable: true,
      };
    case 'redirect': {
      // A moved story: everything points at the current URL, and the stub itself stays out of indexes.
      const target = describeRoute({ kind: 'article', article: route.article, entities: [] });
      return { ...target, title: `Moved: ${route.article.title.value}`, indexable: false };
    }
  }
}
