import { mkdirSync } from 'node:fs';
import path from 'node:path';
import writeFileAtomicModule from 'write-file-atomic';

/**
 * Writes `text` to `file` through a temporary file and a rename (write-file-atomic), so a
 * concurrent reader sees the old file or the new one, never half; the folder is created first.
 */
export function writeFileAtomic(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileAtomicModule.sync(file, text);
}
