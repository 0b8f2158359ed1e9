import { archiveFeedSpec, feedResponse } from '@/lib/feeds/archive-feeds';

export const dynamic = 'force-static';

export function GET() {
  return feedResponse(archiveFeedSpec(), 'atom');
}
