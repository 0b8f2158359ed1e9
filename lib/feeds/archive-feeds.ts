/**
 * The site's feeds, built from the content API: one set for the whole archive
 * and one per tag. Route handlers under app/feeds call these.
 */
import { getArticlesForEntity, getChronology, getEntities, getEntity } from '@/lib/content';
import { entitiesOf } from '@/lib/seo/entities-of';
import { paths } from '@/lib/paths';
import { SITE_DESCRIPTION, SITE_NAME } from '@/lib/site';
import { FEED_CONTENT_TYPE, renderFeed, type FeedFormat, type FeedSpec } from './render-feed';

/**
 * How many stories a feed carries: the newest, in archive order. Readers poll feeds for
 * what is new, so a bounded feed keeps every feed file small (~1 MB at most with long
 * stories in full) however big the archive or a tag grows; the pages hold the rest.
 */
export const FEED_SIZE = 50;

/**
 * How many stories a tag's feed carries. A story enters the feeds of every entity it names, so
 * a long read naming 30 entities adds an entry to 90 feed files until each is full: a tag's feed
 * holds the newest 20 (what a feed reader shows as new), so those files fill early and stop
 * growing with each mention (docs/scale.md). The tag's pages list every story.
 */
export const TAG_FEED_SIZE = 20;

/** The archive-wide feed. */
export function archiveFeedSpec(): FeedSpec {
  return { title: SITE_NAME, description: SITE_DESCRIPTION, pagePath: paths.home(), feeds: paths.feeds(), articles: getChronology().slice(0, FEED_SIZE), fullText: true, entitiesOf };
}

/** The feed for one tag, or undefined for an unknown slug. */
export function tagFeedSpec(slug: string): FeedSpec | undefined {
  const entity = getEntity(slug);
  if (!entity) return undefined;
  return {
    title: `${SITE_NAME}: ${entity.name}`,
    description: `Stories tagged ${entity.name}. ${entity.description}`,
    pagePath: paths.tag(entity.slug),
    feeds: paths.feeds(entity.slug),
    articles: getArticlesForEntity(entity.slug).slice(0, TAG_FEED_SIZE),
    // Summaries: the story in full is in the archive's feed and on its page (see FeedSpec.fullText).
    fullText: false,
    entitiesOf,
  };
}

/** Static params for the per-tag feed routes: the same list the tag pages use. */
export function tagFeedParams(): { slug: string }[] {
  return getEntities().map((e) => ({ slug: e.slug }));
}

/** A feed as an HTTP response with its proper content type. */
export function feedResponse(spec: FeedSpec | undefined, format: FeedFormat): Response {
  if (!spec) return new Response('Not found', { status: 404 });
  return new Response(renderFeed(spec, format), { headers: { 'content-type': FEED_CONTENT_TYPE[format] } });
}
