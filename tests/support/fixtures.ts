import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');

/** Names of the sub-folders (or files, with `ext`) of a fixture folder. */
export function listFixtures(folder: string, ext?: string): string[] {
  return readdirSync(path.join(FIXTURES, folder))
    .filter((n) => (ext ? n.endsWith(ext) : !n.includes('.')))
    .sort();
}

export function readFixture(...parts: string[]): string {
  return readFileSync(path.join(FIXTURES, ...parts), 'utf8');
}

/** Parses a JSON fixture. Returns `unknown`: tests validate the shape they need with zod. */
export function readJsonFixture(...parts: string[]): unknown {
  return JSON.parse(readFixture(...parts));
}

/**
 * A content folder (articles/ and entities.yaml) holding byte-for-byte copies of the five seeds, their
 * sidecars and the gazetteer as they were when the seed expectations were written. Tests read this,
 * never the live content/ folder, which belongs to editors and grows. vitest.config.ts points
 * CONTENT_DIR here, so code reaching the archive through lib/content/index.ts reads it too.
 * Relative to the project root, like the paths lib/content/archive records.
 */
export const SEED_CONTENT = 'tests/fixtures/seed-content';
