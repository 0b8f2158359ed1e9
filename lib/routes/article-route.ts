/**
 * The one lookup for /articles/<slug>/, shared by the page, its metadata and its static
 * params: a current slug renders the article; a previous slug renders a redirect page.
 */
import { notFound } from 'next/navigation';
import { getArticle, getArticles, getRedirects, type Article } from '@/lib/content';

export type ArticleRoute = { kind: 'article'; article: Article } | { kind: 'redirect'; from: string; article: Article };

/** Every slug to export: current slugs, then previous slugs that no current article has taken. */
export function articleStaticParams(): { slug: string }[] {
  const current = new Set(getArticles().map((a) => a.slug));
  const old = getRedirects().filter((r) => !current.has(r.from));
  return [...current, ...new Set(old.map((r) => r.from))].map((slug) => ({ slug }));
}

/** Resolves the route's params, or calls notFound(). */
export async function articleFromParams(params: Promise<{ slug: string }>): Promise<ArticleRoute> {
  const { slug } = await params;
  const article = getArticle(slug);
  if (article) return { kind: 'article', article };
  const redirect = getRedirects().find((r) => r.from === slug);
  const target = redirect ? getArticle(redirect.to) : undefined;
  if (!target) notFound();
  return { kind: 'redirect', from: slug, article: target };
}
