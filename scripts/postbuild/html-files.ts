import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** The URL path of a file under the export root `root` (`/articles/x/index.html`). */
export const urlPathOf = (root: string, file: string): string => `/${path.relative(root, file).split(path.sep).join('/')}`;

/** Every .html file under `dir`, sorted, as absolute paths. */
export function htmlFilesIn(dir: string): string[] {
  return readdirSync(path.resolve(dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => path.resolve(dir, f));
}

/** Every file under `dir`, relative to it with `/` separators, sorted; none when `dir` does not exist. */
export function relativeFilesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}
