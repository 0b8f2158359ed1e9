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
