/**
 * `node --import tsx scripts/postbuild/render-cards.ts <card list> <dir>`: renders the cards of a
 * card list (lib/og/cards.ts writeCardList) under `<dir>` (as `<dir>/og/…/image.png`) and prints
 * a one-line summary. scripts/build.ts runs it in the background during `next build`, under
 * `nice` (see ./share-cards.ts).
 */
import { readCardList } from '@/lib/og/cards';
import { writeShareCards } from './share-cards';

const [list, dir] = process.argv.slice(2);
if (!list || !dir) throw new Error('usage: render-cards.ts <card list> <output folder>');
console.log(await writeShareCards(dir, readCardList(list)));
