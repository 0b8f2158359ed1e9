import { notFound } from 'next/navigation';
import { getArticle, getArticles } from '@/lib/content';
import { articleCard } from '@/lib/og/cards';
import { renderShareCard } from '@/lib/og/share-card';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return getArticles().map((a) => ({ slug: a.slug }));
}

/** The story's 1200×630 share image, exported as a real .png file. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  return renderShareCard(articleCard(article));
}
