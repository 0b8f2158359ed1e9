/**
 * schema.org JSON-LD for every route: NewsArticle on stories, CollectionPage +
 * ItemList on tag pages and the timeline, WebSite on home, BreadcrumbList on
 * every page below home. Every `url`/`@id` on our own origin names a page that
 * the export contains.
 */
import type { Article, Entity } from '@/lib/content/schema';
import { paths } from '@/lib/paths';
import { SITE_LANGUAGE, SITE_NAME, absoluteUrl } from '@/lib/site';
import { isoAtPrecision } from './dates';
import { describeRoute, type PageFacts, type SeoRoute } from './routes';
import { sourceFileName } from '@/lib/source-file-name';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonLd = { [key: string]: JsonValue };

/** How many of an article's entities (in salience order) count as what it is `about`; the rest are `mentions`. */
const ABOUT_COUNT = 3;

/**
 * At most this many further entities (in salience order) are listed as `mentions`. Each is a
 * full Thing with its description (~300–400 bytes), so a long read naming 30–40 entities put
 * ~12 KB of JSON-LD on its page; the tag chips on the page still link every one. 12 keeps the
 * entities a search engine can use without letting the block grow with the story.
 */
export const MENTIONS_MAX = 12;

const SCHEMA_TYPE: Record<Entity['type'], string> = {
  country: 'Country',
  person: 'Person',
  organisation: 'Organization',
  'weapon-system': 'Product',
  place: 'Place',
  event: 'Event',
  outlet: 'NewsMediaOrganization',
};

const websiteId = () => `${absoluteUrl(paths.home())}#website`;
const publisher = (): JsonLd => ({ '@type': 'Organization', name: SITE_NAME, url: absoluteUrl(paths.home()) });

/** An entity as a schema.org Thing whose `url` is its tag page. */
function entityThing(entity: Entity): JsonLd {
  return { '@type': SCHEMA_TYPE[entity.type], name: entity.name, url: absoluteUrl(paths.tag(entity.slug)), description: entity.description };
}

function imageObject(facts: PageFacts): JsonLd {
  return { '@type': 'ImageObject', url: absoluteUrl(facts.image.path), width: 1200, height: 630, caption: facts.image.alt };
}

function breadcrumbs(facts: PageFacts): JsonLd | null {
  if (facts.breadcrumbs.length < 2) return null;
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: facts.breadcrumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  };
}

function newsArticle(facts: PageFacts, article: Article, entities: readonly Entity[]): JsonLd {
  const url = absoluteUrl(facts.path);
  const published = isoAtPrecision(article.datePublished);
  const modified = isoAtPrecision(article.dateModified) ?? published;
  const source = article.sourceUrl?.value;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': `${url}#article`,
    url,
    mainEntityOfPage: url,
    headline: facts.title,
    description: facts.description,
    inLanguage: SITE_LANGUAGE,
    ...(published ? { datePublished: published } : {}),
    ...(modified ? { dateModified: modified } : {}),
    ...(article.author ? { author: { '@type': 'Person', name: article.author.value } } : {}),
    ...(article.outlet ? { sourceOrganization: { '@type': 'NewsMediaOrganization', name: article.outlet.value } } : {}),
    publisher: publisher(),
    isPartOf: { '@id': websiteId() },
    image: imageObject(facts),
    about: entities.slice(0, ABOUT_COUNT).map(entityThing),
    mentions: entities.slice(ABOUT_COUNT, ABOUT_COUNT + MENTIONS_MAX).map(entityThing),
    // The archive's copy is based on a scraped text file; name it (not the folder it was read from), and its original URL when known.
    isBasedOn: { '@type': 'CreativeWork', name: sourceFileName(article.sourceFile), ...(source ? { url: source } : {}) },
  };
}

function collectionPage(facts: PageFacts, articles: readonly Article[], about: Entity | null): JsonLd {
  const url = absoluteUrl(facts.path);
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    '@id': url,
    url,
    name: facts.title,
    description: facts.description,
    isPartOf: { '@id': websiteId() },
    ...(about ? { about: entityThing(about) } : {}),
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: articles.length,
      // Position and URL only, as schema.org's summary-page lists are written: each story's page
      // names itself, and the headlines are already on this page (a tag page has ~1.5 of these
      // lists for every story naming the tag, so each name here was bytes per mention).
      itemListElement: articles.map((article, i) => ({
        '@type': 'ListItem',
        position: i + 1,
        url: absoluteUrl(paths.article(article.slug)),
      })),
    },
  };
}

function website(facts: PageFacts): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': websiteId(),
    url: absoluteUrl(facts.path),
    name: SITE_NAME,
    description: facts.description,
    inLanguage: SITE_LANGUAGE,
    publisher: publisher(),
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl(paths.search())}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

/** The JSON-LD objects for a route, each to be written in its own script tag. */
export function jsonLdFor(route: SeoRoute): JsonLd[] {
  const facts = describeRoute(route);
  const main = (() => {
    switch (route.kind) {
      case 'home':
        return website(facts);
      case 'article':
        return newsArticle(facts, route.article, route.entities);
      case 'tag':
        return collectionPage(facts, route.articles, route.entity);
      case 'timeline':
        return collectionPage(facts, route.articles, null);
      case 'tags':
      case 'events':
      case 'search':
      case 'redirect':
        return null;
    }
  })();
  const trail = route.kind === 'redirect' ? null : breadcrumbs(facts);
  return [main, trail].filter((x): x is JsonLd => x !== null);
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` become
 * `\u003c`, `\u003e`, `\u0026`, so no string in the data can close the script
 * or open a comment, and the JSON still parses to the same value.
 */
export function serialiseJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
