/**
 * The one reader of the build's own JSON files (the build plan, the last build's record, the
 * incremental manifest, the card and moved-page lists, the render set): read, parse, and check
 * against the file's zod schema, so a file another version wrote or a torn write never passes as data.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';

/** The file's value, checked by `schema`; throws naming the file and saying it is not `what` (and why). */
export function readJsonFile<T>(file: string, schema: z.ZodType<T>, what: string): T {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not ${what} (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new Error(`${file}: not ${what} (${parsed.error.issues[0]?.message ?? 'invalid'})`);
  return parsed.data;
}

/** The same, or null when the file is missing, is not JSON or does not fit `schema` (a record a build may simply not have left). */
export function readJsonFileOrNull<T>(file: string, schema: z.ZodType<T>): T | null {
  try {
    return readJsonFile(file, schema, 'readable');
  } catch {
    return null;
  }
}
