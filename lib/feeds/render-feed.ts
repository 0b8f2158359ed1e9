/**
 * Atom 1.0, RSS 2.0 and JSON Feed 1 for a list of articles, made with the
 * `feed` library. Date policy (see docs/sharing.md):
 * - Feeds need full timestamps. A story dated to a month or a year gets the
 *   first instant of that period, and its entry says so in words.
 * - An undated story has no `published` anywhere; RSS gets no pubDate and JSON
 *   Feed no date fields. Atom requires `updated` on every entry, so there it
 *   carries the feed's own `updated` instant and the entry says the date is unknown.
 * - The feed's `updated` is the newest story instant, not the build time, so
 *   the same archive always produces byte-identical feeds.
 */
import { Feed, type Item } from 'feed';
import type { Article, Entity } from '@/lib/content/schema';
import { paths, type FeedPaths } from '@/lib/paths';
import { SITE_LANGUAGE, SITE_NAME, absoluteUrl } from '@/lib/site';
import { earliestInstant, precisionNote } from '@/lib/seo/dates';
import { summarise } from '@/lib/seo/summary';

export type FeedFormat = 'atom' | 'rss' | 'json';

/** Everything one feed needs; pages and feeds share the same article lists. */
export type FeedSpec = {
  title: string;
  description: string;
  /** The page this feed follows (home or a tag page). */
  pagePath: string;
  feeds: FeedPaths;
  articles: readonly Article[];
  /**
   * Whether entries carry the whole story (the archive's feed) or its summary and link (a tag's
   * feed): a long read naming 30 entities would otherwise be copied in full into 30 tags' feeds in
   * each of three formats, output that grows with every mention rather than with the archive.
   */
  fullText: boolean;
  /** The gazetteer entries that tag an article, in salience order. */
  entitiesOf: (article: Article) => readonly Entity[];
};

export const FEED_CONTENT_TYPE: Record<FeedFormat, string> = {
  atom: 'application/atom+xml; charset=utf-8',
  rss: 'application/rss+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

/** An instant 1970-01-01 for a feed with no dated story at all (never the build clock). */
const EPOCH = new Date(0);

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Seed text is plain text: escape it before it goes into an entry's HTML content. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** The entry's HTML: a date note when the timestamp is wider than the truth, then the body as plain text blocks (or only its summary). */
function entryContent(article: Article, fullText: boolean): string {
  const note = precisionNote(article.datePublished);
  const blocks = fullText
    ? article.body.map((b) => (b.kind === 'heading' ? `<h2>${escapeHtml(b.text)}</h2>` : `<p>${escapeHtml(b.text)}</p>`))
    : [`<p>${escapeHtml(summarise(article.body))}</p>`];
  return [note ? `<p><em>${escapeHtml(note)}</em></p>` : '', ...blocks].join('\n');
}

function publishedInstant(article: Article): Date | null {
  return article.datePublished.value ? earliestInstant(article.datePublished.value) : null;
}

function modifiedInstant(article: Article): Date | null {
  return article.dateModified?.value ? earliestInstant(article.dateModified.value) : null;
}

/**
 * How many of an entry's entities (in salience order) it lists as categories: the ones a
 * reader filters by, without a long read's 30–40 names on every entry of every feed.
 */
export const FEED_CATEGORIES_MAX = 15;

/**
 * The same in a tag's feed (summaries): its entries are copied into the feed of every entity a
 * story names, so each lists only the story's few most salient entities; the feed's own tag is
 * what its subscribers follow, and the story's page links every tag.
 */
export const TAG_FEED_CATEGORIES_MAX = 5;

function feedItem(article: Article, entities: readonly Entity[], feedUpdated: Date, format: FeedFormat, fullText: boolean): Item {
  const link = absoluteUrl(paths.article(article.slug));
  const published = publishedInstant(article);
  const modified = modifiedInstant(article);
  const item: Item = {
    title: article.title.value,
    id: link,
    link,
    // Atom's summary and RSS's description are HTML; JSON Feed's summary is plain text. A summary
    // feed's content already is the summary (with its date note), so it is not repeated there.
    ...(fullText ? { description: format === 'json' ? summarise(article.body) : escapeHtml(summarise(article.body)) } : {}),
    content: entryContent(article, fullText),
    date: modified ?? published ?? feedUpdated,
    ...(published ? { published } : {}),
    ...(article.author ? { author: [{ name: article.author.value }] } : {}),
    category: entities.slice(0, fullText ? FEED_CATEGORIES_MAX : TAG_FEED_CATEGORIES_MAX).map((e) => ({ name: e.name, term: e.slug, domain: absoluteUrl(paths.tag(e.slug)), scheme: absoluteUrl(paths.tags()) })),
  };
  // `feed` types `date` as required, but its RSS and JSON writers skip a missing
  // one, which is what those formats allow for an undated story.
  if (!published && !modified && format !== 'atom') Reflect.deleteProperty(item, 'date');
  return item;
}

/** Render one feed in one format. */
export function renderFeed(spec: FeedSpec, format: FeedFormat): string {
  const instants = spec.articles.flatMap((a) => [publishedInstant(a), modifiedInstant(a)]);
  const updated = new Date(Math.max(EPOCH.getTime(), ...instants.map((d) => d?.getTime() ?? 0)));
  const feed = new Feed({
    id: absoluteUrl(spec.pagePath),
    link: absoluteUrl(spec.pagePath),
    title: spec.title,
    description: spec.description,
    language: SITE_LANGUAGE,
    updated,
    generator: 'feed (npm) for the ' + SITE_NAME,
    favicon: absoluteUrl('/favicon.ico'),
    image: absoluteUrl(paths.siteImage()),
    copyright: `Articles © their original authors and outlets; compiled by the ${SITE_NAME}.`,
    feedLinks: { atom: absoluteUrl(spec.feeds.atom), rss: absoluteUrl(spec.feeds.rss), json: absoluteUrl(spec.feeds.json) },
  });
  for (const article of spec.articles) feed.addItem(feedItem(article, spec.entitiesOf(article), updated, format, spec.fullText));
  if (format === 'atom') return feed.atom1();
  if (format === 'rss') return feed.rss2();
  return feed.json1();
}
