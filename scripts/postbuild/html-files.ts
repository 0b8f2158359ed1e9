import { readdirSync } from 'node:fs';
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
