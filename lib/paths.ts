/**
 * Site paths, in one place, so pages, feeds, the sitemap, share images and
 * JSON-LD all link to the same addresses. Every page path ends in `/`
 * (`trailingSlash: true`); file paths keep their real extension.
 */

export const paths = {
  home: () => '/',
  article: (slug: string) => `/articles/${slug}/`,
  tags: () => '/tags/',
  tag: (slug: string) => `/tags/${slug}/`,
  timeline: () => '/timeline/',
  search: () => '/search/',
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
