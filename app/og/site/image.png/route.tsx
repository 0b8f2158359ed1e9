import { siteCard } from '@/lib/og/cards';
import { renderShareCard } from '@/lib/og/share-card';

export const dynamic = 'force-static';

/** The share image for pages that are not about one story or tag. */
export function GET() {
  return renderShareCard(siteCard());
}
