/**
 * `node --import tsx scripts/postbuild/render-cards.ts <dir>`: renders every share card under
 * `<dir>` (as `<dir>/og/…/image.png`) and prints a one-line summary. scripts/build.ts runs it in
 * the background during `next build` (see ./share-cards.ts), at the lowest CPU priority: set here,
 * before sharp starts its threads, because on Linux a thread inherits the priority of the thread
 * that creates it.
 */
import { constants, setPriority } from 'node:os';

const [dir] = process.argv.slice(2);
if (!dir) throw new Error('usage: render-cards.ts <output folder>');
if (process.env.CARDS_PRIORITY === 'low') setPriority(constants.priority.PRIORITY_LOW);
const { writeShareCards } = await import('./share-cards');
console.log(await writeShareCards(dir));
