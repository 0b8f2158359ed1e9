/**
 * The archive store a build process shares between its copies of lib/content: a build worker runs
 * several bundles (the pages' server components, the route handlers), each with its own copy of
 * ../index.ts; on globalThis, keyed by content folder, they share one store instead of each
 * loading the snapshot and indexing it again (as ./live-archive.ts in dev).
 *
 * The content check registers the archive it has just compiled here, so the build plan it runs
 * next in the same process (scripts/incremental/save-plan.ts) reads that archive instead of
 * starting a process that reads the snapshot back (docs/scale.md, "inc28").
 */
import path from 'node:path';
import type { Archive } from '../schema';
import { buildStore, type ArchiveStore } from './store';

declare global {
  var builtArchivesByFolder: Map<string, ArchiveStore> | undefined;
}

const registry = () => (globalThis.builtArchivesByFolder ??= new Map());

/** Each folder name's absolute path, resolved once: every getter of ../index.ts asks, many times a page. */
const resolved = new Map<string, string>();
const keyOf = (dir: string): string => {
  let key = resolved.get(dir);
  if (key === undefined) {
    key = path.resolve(dir);
    resolved.set(dir, key);
  }
  return key;
};

/** The store of content folder `dir` in this process, made by `load` the first time any copy asks. */
export function processStore(dir: string, load: () => Archive): ArchiveStore {
  const key = keyOf(dir);
  let store = registry().get(key);
  if (store === undefined) {
    store = buildStore(load());
    registry().set(key, store);
  }
  return store;
}

/**
 * The store this process holds for the folder `dir()` names (made by processStore or registered by
 * registerArchive), or undefined; `dir` is not called while the process holds none.
 */
export function heldStore(dir: () => string): ArchiveStore | undefined {
  const held = globalThis.builtArchivesByFolder;
  return held === undefined || held.size === 0 ? undefined : held.get(keyOf(dir()));
}

/** Makes `archive`, compiled from `dir` by this very process, the store every copy of lib/content here reads. */
export function registerArchive(dir: string, archive: Archive): void {
  registry().set(keyOf(dir), buildStore(archive));
}
