/**
 * The one metadata helper. Every page passes a SeoRoute and gets back its Next
 * metadata (canonical URL, title, description, Open Graph, Twitter card, feed
 * autodiscovery) and its JSON-LD, all with absolute URLs from SITE_URL.
 */
import type { Metadata } from 'next';
import { SITE_LANGUAGE, SITE_NAME, absoluteUrl } from '@/lib/site';
import { isoAtPrecision } from '@/lib/seo/dates';
import { cutOnWord } from '@/lib/seo/summary';
import { describeRoute, type SeoRoute } from '@/lib/seo/routes';

export { jsonLdFor, serialiseJsonLd } from '@/lib/seo/json-ld';
export { describeRoute, type SeoRoute } from '@/lib/seo/routes';

/** Share images are rendered at this size (the Open Graph / Twitter large-card ratio). */
export const SHARE_IMAGE = { width: 1200, height: 630, type: 'image/png' } as const;

/** Longest <title> search results show in full; beyond it the site-name suffix is dropped. */
const TITLE_MAX = 70;
const TITLE_SUFFIX = ` · ${SITE_NAME}`;

/**
 * The document title: the page's own title plus the site name (the layout's
 * template); without the suffix when that would pass TITLE_MAX; and a longer
 * headline cut on a word boundary with "…". The full headline stays in the
 * page's <h1>, og:title, twitter:title and the JSON-LD headline.
 * The home page's title is the site name itself.
 */
function documentTitle(route: SeoRoute, title: string): Metadata['title'] {
  if (route.kind === 'home') return { absolute: title };
  if (title.length + TITLE_SUFFIX.length <= TITLE_MAX) return title;
  return { absolute: cutOnWord(title, TITLE_MAX) };
}

/** Open Graph fields that only stories have. */
function articleOpenGraph(route: SeoRoute) {
  if (route.kind !== 'article') return { type: 'website' as const };
  const { article, entities } = route;
  const published = isoAtPrecision(article.datePublished);
  const modified = isoAtPrecision(article.dateModified);
  return {
    type: 'article' as const,
    ...(published ? { publishedTime: published } : {}),
    ...(modified ? { modifiedTime: modified } : {}),
    ...(article.author ? { authors: [article.author.value] } : {}),
    tags: entities.map((e) => e.name),
  };
}

/** Next metadata for a route: canonical, title, description, Open Graph, Twitter and feed links. */
export function metadataFor(route: SeoRoute): Metadata {
  const facts = describeRoute(route);
  const url = absoluteUrl(facts.path);
  // A republished copy names its original as the canonical page, so search engines count the story once.
  const canonical = route.kind === 'article' && route.original ? absoluteUrl(describeRoute({ kind: 'article', article: route.original, entities: [] }).path) : url;
  const image = { url: absoluteUrl(facts.image.path), alt: facts.image.alt, ...SHARE_IMAGE };
  const feedTitle = facts.feeds.title;
  return {
    title: documentTitle(route, facts.title),
    description: facts.description,
    alternates: {
      canonical,
      types: {
        'application/atom+xml': [{ url: absoluteUrl(facts.feeds.atom), title: `${feedTitle} (Atom)` }],
        'application/rss+xml': [{ url: absoluteUrl(facts.feeds.rss), title: `${feedTitle} (RSS)` }],
        'application/feed+json': [{ url: absoluteUrl(facts.feeds.json), title: `${feedTitle} (JSON Feed)` }],
      },
    },
    openGraph: {
      ...articleOpenGraph(route),
      url,
      siteName: SITE_NAME,
      locale: SITE_LANGUAGE,
      title: facts.title,
      description: facts.description,
      images: [image],
    },
    twitter: { card: 'summary_large_image', title: facts.title, description: facts.description, images: [image] },
    ...(facts.indexable ? {} : { robots: { index: false, follow: true } }),
  };
}
