import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every .html file under `dir`, sorted, as absolute paths. */
export function htmlFilesIn(dir: string): string[] {
  return readdirSync(path.resolve(dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => path.resolve(dir, f));
}
