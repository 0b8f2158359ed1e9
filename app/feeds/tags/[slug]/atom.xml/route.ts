import { feedResponse, tagFeedParams, tagFeedSpec } from '@/lib/feeds/archive-feeds';
import { renderSet, slugParams } from '@/lib/render-set';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return renderSet('feeds/tags/atom.xml', slugParams, tagFeedParams);
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return feedResponse(tagFeedSpec(slug), 'atom');
}
