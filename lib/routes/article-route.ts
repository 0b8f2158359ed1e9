/**
 * The one lookup for /articles/<slug>/, shared by the page, its metadata and its static
 * params: a current slug renders the article; a previous slug renders a redirect page.
 */
import { notFound } from 'next/navigation';
import { getArticle, getArticleByPreviousSlug, getArticles, getRedirects, getStoryJoins, type Article, type StoryJoins } from '@/lib/content';

/** A story with everything its page shows about other stories and entities, resolved once here. */
export type ArticleRoute = { kind: 'article'; article: Article; joins: StoryJoins } | { kind: 'redirect'; from: string; article: Article };

/** Every slug to export: current slugs, then previous slugs that no current article has taken. */
export function articleStaticParams(): { slug: string }[] {
  // The store's redirects already leave out any previous slug that a current article has taken.
  return [...getArticles().map((a) => a.slug), ...getRedirects().map((r) => r.from)].map((slug) => ({ slug }));
}

/** Resolves the route's params, or calls notFound(). */
export async function articleFromParams(params: Promise<{ slug: string }>): Promise<ArticleRoute> {
  const { slug } = await params;
  const article = getArticle(slug);
  if (article) return { kind: 'article', article, joins: getStoryJoins(article) };
  const target = getArticleByPreviousSlug(slug);
  if (!target) notFound();
  return { kind: 'redirect', from: slug, article: target };
}
