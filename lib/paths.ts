/**
 * Site paths, in one place, so pages, feeds, the sitemap, share images and
 * JSON-LD all link to the same addresses. Every page path ends in `/`
 * (`trailingSlash: true`); file paths keep their real extension.
 */

/** The n-th page of a paginated list: page 1 is the list itself, later pages `<base>page/<n>/`. */
const listPage = (base: string, page = 1) => (page <= 1 ? base : `${base}page/${page}/`);

export const paths = {
  home: () => '/',
  article: (slug: string) => `/articles/${slug}/`,
  tags: (order: 'name' | 'count' = 'name') => (order === 'count' ? '/tags/by-count/' : '/tags/'),
  tag: (slug: string, page = 1) => listPage(`/tags/${slug}/`, page),
  timeline: (entity?: string, page = 1) => listPage(entity ? `/timeline/${entity}/` : '/timeline/', page),
  search: () => '/search/',
  /** `/events/`, an entity's `/events/<slug>/`, or their n-th page. */
  events: (entity?: string, page = 1) => listPage(entity ? `/events/${entity}/` : '/events/', page),
  articleImage: (slug: string) => `/og/articles/${slug}/image.png`,
  tagImage: (slug: string) => `/og/tags/${slug}/image.png`,
  siteImage: () => '/og/site/image.png',
  /** The archive-wide feeds; `tag` gives the same three for one entity. */
  feeds: (tag?: string) => {
    const base = tag ? `/feeds/tags/${tag}` : '/feeds';
    return { atom: `${base}/atom.xml`, rss: `${base}/rss.xml`, json: `${base}/feed.json` };
  },
} as const;

export type FeedPaths = ReturnType<typeof paths.feeds>;
