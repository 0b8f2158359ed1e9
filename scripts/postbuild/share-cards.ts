/**
 * The share cards (lib/og/cards.ts `shareCards`): every card rendered to the PNG file its page's
 * og:image names.
 *
 * Cards are not Next route handlers because Next hands each static-generation worker one
 * contiguous run of routes: ~10,000 card routes sorted after the story pages left one worker
 * with most of them while the other sat idle (docs/scale.md). Here satori lays cards out on the
 * main thread while sharp rasterises and quantises several at once on libuv's threads.
 *
 * `npm run build` (scripts/build.ts) renders the card list its content check saved
 * (lib/og/cards.ts), so this step needs no archive in memory; run alone over an existing export,
 * the post-build compiles the content folder to list the cards.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { loadArchive } from '@/lib/content/archive';
import { shareCards, type PublishedCard } from '@/lib/og/cards';
import { renderShareCardPng } from '@/lib/og/share-card';

/** Cards in flight at once: enough to keep every core's libvips thread busy while satori lays out the next. */
const IN_FLIGHT = availableParallelism() * 2;

async function writeCard(exportDir: string, { path: urlPath, card }: PublishedCard): Promise<number> {
  try {
    const png = await renderShareCardPng(card);
    const file = path.join(exportDir, ...urlPath.split('/').filter(Boolean));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, png);
    return png.byteLength;
  } catch (error) {
    throw new Error(`share card ${urlPath} ("${card.title}"): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** Renders and writes every card under `exportDir`; returns a one-line summary. */
export async function writeShareCards(exportDir: string, cards: readonly PublishedCard[] = shareCards(loadArchive())): Promise<string> {
  let next = 0;
  let bytes = 0;
  const lane = async () => {
    while (next < cards.length) {
      const card = cards[next++];
      if (!card) continue;
      const written = await writeCard(exportDir, card); // not `bytes += await …`: that reads `bytes` before the await
      bytes += written;
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, cards.length) }, lane));
  return `${cards.length} share cards, ${Math.round(bytes / Math.max(cards.length, 1) / 1024)} KB each on average`;
}
