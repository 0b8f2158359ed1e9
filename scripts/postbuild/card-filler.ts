/**
 * `tsx scripts/postbuild/card-filler.ts`: draws the share cards the content check listed
 * (lib/og/cards.ts) into the card cache (share-card-cache.ts) and exits. scripts/build.ts starts
 * it beside `next build` at the lowest CPU priority and stops it when the post-build reaches its
 * card step, which copies what it drew and draws the rest (share-cards.ts `fillCardCache`).
 */
import { readCardList } from '@/lib/og/cards';
import { fillCardCache } from './share-cards';
import { CARD_CACHE_DIR } from './share-card-cache';

const drawn = await fillCardCache(readCardList(), CARD_CACHE_DIR);
console.log(`card filler: ${drawn} share cards drawn into the cache beside next build`);
