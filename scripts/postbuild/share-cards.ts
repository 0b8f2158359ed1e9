/**
 * The share cards (lib/og/cards.ts `shareCards`): every card rendered to the PNG file its page's
 * og:image names.
 *
 * Cards are not Next route handlers because Next hands each static-generation worker one
 * contiguous run of routes: ~10,000 card routes sorted after the story pages left one worker
 * with most of them while the other sat idle (docs/scale.md). Here satori lays cards out on the
 * main thread while sharp rasterises and quantises several at once on libuv's threads.
 *
 * `npm run build` (scripts/build.ts) renders them in a child process at the lowest CPU priority
 * from the moment the content is compiled (reading the card list the content check saved, not
 * the archive, so it adds little memory), into a staging folder: it uses whatever CPU `next build`
 * leaves idle. The last post-build step waits for it and moves the cards into the export
 * (`startShareCards`). Run alone, the post-build renders them in place (`writeShareCards`).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { loadArchive } from '@/lib/content/archive';
import { CARD_LIST_FILE, shareCards, type PublishedCard } from '@/lib/og/cards';
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

/** A card renderer running in the background: `collect` waits for it and moves its cards into an export. */
export type BackgroundCards = { collect: (exportDir: string) => Promise<string>; stop: () => void };

/** Moves `from` (a folder) to `to`, copying when they sit on different file systems. */
function moveFolder(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(path.dirname(to), { recursive: true });
  try {
    renameSync(from, to);
  } catch {
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

/** The `nice` program, to start the renderer at the lowest CPU priority (every thread it starts inherits it). */
const NICE = ['/usr/bin/nice', '/bin/nice'].find((file) => existsSync(file));

/**
 * Starts rendering the cards saved in `cardList` (lib/og/cards.ts writeCardList) into
 * `stagingDir` in a child process (scripts/postbuild/render-cards.ts) at the lowest CPU priority.
 */
export function startShareCards(stagingDir: string, env: NodeJS.ProcessEnv, cardList: string = CARD_LIST_FILE): BackgroundCards {
  rmSync(stagingDir, { recursive: true, force: true });
  const node = [process.execPath, '--import', 'tsx', path.join('scripts', 'postbuild', 'render-cards.ts'), cardList, stagingDir];
  const [command = process.execPath, ...args] = NICE ? [NICE, '-n', '19', ...node] : node;
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  return {
    collect: async (exportDir) => {
      const code = await exited;
      if (code !== 0) throw new Error(`share cards: the renderer exited with ${code}\n${stderr.trim()}`);
      moveFolder(path.join(stagingDir, 'og'), path.join(exportDir, 'og'));
      rmSync(stagingDir, { recursive: true, force: true });
      return stdout.trim().split('\n').at(-1) ?? '';
    },
    stop: () => child.kill(),
  };
}
