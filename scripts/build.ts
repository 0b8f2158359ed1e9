/**
 * `npm run build`: the whole build, in one process that starts the others.
 *
 * 1. Content check (`scripts/content-check.ts --build`): compiles content/, stops the build on
 *    content errors (each naming its file), and saves the compiled archive as a snapshot
 *    (lib/content/archive-snapshot.ts).
 * 2. Share cards start rendering in the background at the lowest CPU priority
 *    (scripts/postbuild/share-cards.ts), so they take only the CPU `next build` leaves idle.
 * 3. `next build` with ARCHIVE_SNAPSHOT=1: its processes read the snapshot instead of compiling
 *    the folder again.
 * 4. The post-build steps (scripts/postbuild.ts), the last of which collects the cards.
 * Any failure stops the build with a non-zero exit, and the background renderer with it.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { exportDir } from './postbuild/export-dir';
import { startShareCards } from './postbuild/share-cards';
import { postbuildSteps, runPostbuild } from './postbuild';

/** Runs a command with the build's output, resolving when it exits 0. */
function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: 'inherit' });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${label} failed (exit ${code})`))));
  });
}

await run('content check', process.execPath, ['--import', 'tsx', path.join('scripts', 'content-check.ts'), '--build'], process.env);
const cards = startShareCards(path.join('.next', 'cache', 'share-cards'), process.env);
try {
  await run('next build', process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'build'], { ...process.env, ARCHIVE_SNAPSHOT: '1' });
  await runPostbuild(exportDir(), postbuildSteps((dir) => cards.collect(dir)));
} catch (error) {
  cards.stop();
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
