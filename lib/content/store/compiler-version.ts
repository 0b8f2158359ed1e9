/**
 * The compiler's version: a hash of lib/content's source (and what it imports from lib/ and the
 * locked dependency tree), never a constant to bump by hand. Every cache key and the build's
 * archive snapshot hold it, so an edited compiler never reads what an older one wrote. Its own
 * module (no import of the pipeline), so lib/content/archive.ts and the stores can both use it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Files under lib/ outside lib/content that lib/content imports: they compile content too. */
const OUTSIDE_IMPORTS = ['block-anchors.ts', 'describe-date.ts'];

/**
 * lib/content's own source as one keyed "file" (every `.ts` under `root`, by path and bytes, and the
 * locked dependency tree, which pins the date parser, the language detector and the stopword lists):
 * whatever compiles content is part of this, so an edited compiler makes every key and snapshot stale.
 */
export function compilerSource(root: string = path.join(process.cwd(), 'lib', 'content')): { path: string; bytes: Uint8Array } {
  const hash = createHash('sha256');
  try {
    for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' }).sort()) {
      if (name.endsWith('.ts')) hash.update(`${name}\0`).update(readFileSync(path.join(root, name)));
    }
    // The two modules outside lib/content its code imports (events/extract.ts, events/event-date.ts).
    for (const name of OUTSIDE_IMPORTS) {
      const file = path.join(root, '..', name);
      if (existsSync(file)) hash.update(`${name}\0`).update(readFileSync(file));
    }
    const lock = path.join(root, '..', '..', 'package-lock.json');
    if (existsSync(lock)) hash.update('package-lock.json\0').update(readFileSync(lock));
  } catch {
    hash.update(`no source at ${root}: ${Date.now()}`); // unknown compiler: never match a snapshot
  }
  return { path: '(lib/content source)', bytes: new TextEncoder().encode(hash.digest('hex')) };
}

/** The compiler's version as compilerSource gave it: the hash it holds. */
export const versionOf = (source: { bytes: Uint8Array }): string => new TextDecoder().decode(source.bytes);

/** The compiler's version: a hash of its source (compilerSource), read afresh on each call. */
export function compilerVersion(root?: string): string {
  return versionOf(compilerSource(root));
}
