/**
 * The code version of a build: a hash of every file that decides how content becomes pages (the
 * app, components, lib, the build scripts, the enhancement bundle, public/, the configs and the
 * locked dependency tree, which pins Next, React and the fonts). An incremental build reuses the
 * previous export only when this is unchanged: a code change can change any page, so it builds cold.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Folders and root files the export is made from (tests, docs, bench and content are not). */
const CODE_DIRS = ['app', 'components', 'lib', 'scripts', 'enhance', 'public'];
const CODE_FILES = ['next.config.ts', 'package.json', 'package-lock.json', 'postcss.config.mjs', 'tsconfig.json'];

/** Every code file under `root`, relative, sorted. */
function codeFiles(root: string = process.cwd()): string[] {
  const files = CODE_FILES.filter((f) => existsSync(path.join(root, f)));
  for (const dir of CODE_DIRS.filter((d) => existsSync(path.join(root, d)))) {
    for (const entry of readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) files.push(path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
    }
  }
  return files.sort();
}

/** A hash of every code file's path and bytes, and of the settings read from the environment that change output. */
export function codeVersion(root: string = process.cwd(), env: Readonly<Record<string, string | undefined>> = process.env): string {
  const hash = createHash('sha256');
  // SITE_URL is baked into every canonical link and feed.
  hash.update(`SITE_URL\0${env.SITE_URL ?? ''}\0`);
  for (const file of codeFiles(root)) hash.update(`${file}\0`).update(readFileSync(path.join(root, file))).update('\0');
  return hash.digest('hex');
}
