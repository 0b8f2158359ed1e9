/**
 * The share cards (lib/og/cards.ts `shareCards`): every card rendered to the PNG file its page's
 * og:image names.
 *
 * Cards are not Next route handlers because Next hands each static-generation worker one
 * contiguous run of routes: ~10,000 card routes sorted after the story pages left one worker
 * with most of them while the other sat idle (docs/scale.md). Here several cards are in flight at
 * once: Pango sets their text and zlib compresses their PNGs on libuv's threads, while the main
 * thread paints the next card's pixels (lib/og/share-card.ts).
 *
 * `npm run build` (scripts/build.ts) renders the card list its content check saved
 * (lib/og/cards.ts), so this step needs no archive in memory; run alone over an existing export,
 * the post-build compiles the content folder to list the cards.
 *
 * With a cache folder (`npm run build` passes CARD_CACHE_DIR), a card whose inputs are unchanged
 * since the last build is copied from the cache instead of rendered (share-card-cache.ts), and
 * cached cards no card of this build uses are removed.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { loadArchive } from '@/lib/content/archive';
import { shareCards, type PublishedCard, type ShareCard } from '@/lib/og/cards';
import { renderShareCardPng } from '@/lib/og/share-card';
import { cardKey, rendererFingerprint } from './share-card-cache';

/** Cards in flight at once: enough to keep every core's libuv thread busy (Pango, zlib) while the main thread paints the next. */
const IN_FLIGHT = availableParallelism() * 2;

/** How to render a card (the real renderer unless a test counts calls) and where to cache cards (none by default). */
export type CardOptions = {
  cacheDir?: string | null;
  render?: (card: ShareCard) => Promise<Uint8Array>;
  /** Cache keys (file names without `.png`) to keep besides this call's: an incremental build draws a few cards and keeps the rest. */
  keepInCache?: readonly string[];
};

type Counts = { bytes: number; rendered: number; copied: number };

async function writeCard(exportDir: string, { path: urlPath, card }: PublishedCard, cache: { dir: string; key: string } | null, render: NonNullable<CardOptions['render']>, counts: Counts): Promise<void> {
  try {
    const file = path.join(exportDir, ...urlPath.split('/').filter(Boolean));
    mkdirSync(path.dirname(file), { recursive: true });
    const cached = cache ? path.join(cache.dir, `${cache.key}.png`) : null;
    if (cached && existsSync(cached)) {
      copyFileSync(cached, file);
      counts.copied += 1;
      return;
    }
    const png = await render(card);
    writeFileSync(file, png);
    counts.bytes += png.byteLength;
    counts.rendered += 1;
    if (cached) {
      // Through a temporary name, so an interrupted build never leaves half a card under a key.
      writeFileSync(`${cached}.${process.pid}.tmp`, png);
      renameSync(`${cached}.${process.pid}.tmp`, cached);
    }
  } catch (error) {
    throw new Error(`share card ${urlPath} ("${card.title}"): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/**
 * Renders into `cacheDir` every card of `cards` the cache lacks, writing nothing else: the build
 * runs this in a background process at the lowest priority while `next build` runs
 * (scripts/postbuild/card-filler.ts), so cards are drawn on whatever core Next leaves idle (its
 * type check and compile run mostly on one, its two static-generation batches rarely finish
 * together). The post-build's writeShareCards then copies them. Each card is written through a
 * temporary name, so a filler stopped at any moment leaves whole cards only. Returns how many it drew.
 */
export async function fillCardCache(cards: readonly PublishedCard[], cacheDir: string, render: NonNullable<CardOptions['render']> = renderShareCardPng, lanes = IN_FLIGHT): Promise<number> {
  mkdirSync(cacheDir, { recursive: true });
  const fingerprint = rendererFingerprint();
  let next = 0;
  let drawn = 0;
  const lane = async () => {
    while (next < cards.length) {
      const published = cards[next++];
      if (!published) continue;
      const cached = path.join(cacheDir, `${cardKey(published.card, fingerprint)}.png`);
      if (existsSync(cached)) continue;
      const png = await render(published.card);
      writeFileSync(`${cached}.${process.pid}.tmp`, png);
      renameSync(`${cached}.${process.pid}.tmp`, cached);
      drawn += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.min(lanes, cards.length) }, lane));
  return drawn;
}

/** Removes cached cards no card of this build used, so the cache holds one build's cards. */
function pruneCache(dir: string, used: ReadonlySet<string>): void {
  for (const name of readdirSync(dir)) if (!used.has(name)) rmSync(path.join(dir, name), { force: true });
}

/** Renders (or copies from the cache) and writes every card under `exportDir`; returns a one-line summary. */
export async function writeShareCards(exportDir: string, cards: readonly PublishedCard[] = shareCards(loadArchive()), options: CardOptions = {}): Promise<string> {
  const render = options.render ?? renderShareCardPng;
  const cacheDir = options.cacheDir ?? null;
  const fingerprint = cacheDir ? rendererFingerprint() : '';
  if (cacheDir) mkdirSync(cacheDir, { recursive: true });
  const keys = cards.map((c) => (cacheDir ? cardKey(c.card, fingerprint) : ''));
  const counts: Counts = { bytes: 0, rendered: 0, copied: 0 };
  let next = 0;
  const lane = async () => {
    while (next < cards.length) {
      const i = next++;
      const card = cards[i];
      if (!card) continue;
      await writeCard(exportDir, card, cacheDir ? { dir: cacheDir, key: keys[i] ?? '' } : null, render, counts);
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, cards.length) }, lane));
  if (cacheDir) pruneCache(cacheDir, new Set([...keys, ...(options.keepInCache ?? [])].map((k) => `${k}.png`)));
  const average = counts.rendered ? `, ${Math.round(counts.bytes / counts.rendered / 1024)} KB each on average` : '';
  return `${cards.length} share cards: ${counts.rendered} rendered${average}, ${counts.copied} unchanged (copied from the cache)`;
}
