import { notFound } from 'next/navigation';
import { getEntities, getEntity } from '@/lib/content';
import { tagCard } from '@/lib/og/cards';
import { renderShareCard } from '@/lib/og/share-card';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return getEntities().map((e) => ({ slug: e.slug }));
}

/** A tag page's 1200×630 share image. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const entity = getEntity((await params).slug);
  if (!entity) notFound();
  return renderShareCard(tagCard(entity, entity.articles.length));
}
