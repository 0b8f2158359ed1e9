/**
 * Share cards in `npm run dev`. The build renders every card to a file after the export
 * (scripts/postbuild/share-cards.ts), so a static host serves them as files; the dev server has
 * no export, so this handler renders the card an og:image names on request, from the same card
 * list (lib/og/cards.ts) and the same renderer.
 *
 * The `.dev.ts` extension is a page extension only in the development server (next.config.ts):
 * `next build` does not see this route, so the export holds the post-build's files and no handler.
 */
import { getArchive } from '@/lib/content';
import { cardsByPath } from '@/lib/og/cards';
import { renderShareCardPng } from '@/lib/og/share-card';

type Params = { params: Promise<{ card: string[] }> };

export const dynamic = 'force-static';

/** Every card's path segments (required with `output: 'export'`, also in development). */
export function generateStaticParams(): { card: string[] }[] {
  return [...cardsByPath(getArchive()).keys()].map((p) => ({ card: p.split('/').filter(Boolean).slice(1) }));
}

export async function GET(_request: Request, { params }: Params): Promise<Response> {
  const { card } = await params;
  const found = cardsByPath(getArchive()).get(`/og/${card.join('/')}`);
  if (!found) return new Response('No share card at this address.\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const png = await renderShareCardPng(found);
  return new Response(png, { headers: { 'content-type': 'image/png', 'cache-control': 'no-store' } });
}
