/**
 * Whether this process's archive follows the content folder (`next dev`), and how the dev server
 * shares its archive with its helper processes. Apart from ./live-archive.ts, which compiles, so the
 * content door (../index.ts) can ask without loading the compiler.
 */
import path from 'node:path';

/** Whether the archive should follow the content folder: `next dev`, and not a build reading its snapshot. */
export function followsContent(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'development' && env.ARCHIVE_SNAPSHOT !== '1';
}

/**
 * Where the dev server leaves its latest archive for its helper processes. Next runs a route's
 * generateStaticParams in a short-lived worker process (a jest-worker child, so JEST_WORKER_ID is
 * set), a fresh one per request, which would otherwise compile the whole folder cold every time
 * (~8 s of CPU at 1,000 stories) before a new story's URL is known. The snapshot is keyed by every
 * content file and by the source of lib/content, so an edited file or compiler is never served from it.
 */
export const DEV_SNAPSHOT_FILE = path.join('.next', 'cache', 'dev-archive-snapshot.v8');

/** How the archive shares its result with the dev server's helper processes (see DEV_SNAPSHOT_FILE). */
export type SnapshotUse = { file: string; role: 'write' | 'read' };

/** The dev server's use of the snapshot: its worker processes read it, the server itself writes it. */
export function devSnapshotUse(env: NodeJS.ProcessEnv = process.env): SnapshotUse {
  return { file: DEV_SNAPSHOT_FILE, role: env.JEST_WORKER_ID === undefined ? 'write' : 'read' };
}
