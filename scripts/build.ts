/**
 * `npm run build`: the whole build, in one process that starts the others.
 *
 * 1. Content check (`scripts/content-check.ts --build`): compiles content/, stops the build on
 *    content errors (each naming its file), and saves the compiled archive as a snapshot
 *    (lib/content/store/archive-snapshot.ts), the list of share cards (lib/og/cards.ts) and of moved pages (lib/moved-pages.ts).
 * 2. `next build` with ARCHIVE_SNAPSHOT=1: its processes read the snapshot instead of compiling
 *    the folder again each.
 * 3. The post-build steps (scripts/postbuild.ts), with the share cards rendered from the saved list.
 * Any failure stops the build with a non-zero exit. The post-build modules are loaded only after
 * `next build`, so this process stays small while Next's workers need the memory.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

/** Runs a command with the build's output, resolving when it exits 0. */
function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: 'inherit' });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${label} failed (exit ${code})`))));
  });
}

try {
  await run('content check', process.execPath, ['--import', 'tsx', path.join('scripts', 'content-check.ts'), '--build'], process.env);
  await run('next build', process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'build'], { ...process.env, ARCHIVE_SNAPSHOT: '1' });
  const [{ postbuildSteps, runPostbuild }, { exportDir }, { readCardList }, { writeShareCards }, { readMovedPageList }, { writeMovedPages }] = await Promise.all([
    import('./postbuild'),
    import('./postbuild/export-dir'),
    import('@/lib/og/cards'),
    import('./postbuild/share-cards'),
    import('@/lib/moved-pages'),
    import('./postbuild/moved-pages'),
  ]);
  const { CARD_CACHE_DIR } = await import('./postbuild/share-card-cache');
  await runPostbuild(
    exportDir(),
    postbuildSteps(
      (dir) => writeShareCards(dir, readCardList(), { cacheDir: CARD_CACHE_DIR }),
      (dir) => writeMovedPages(dir, readMovedPageList()),
    ),
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
