/**
 * Which Pagefind bundles an incremental build may keep. Pagefind cannot update an index in place,
 * but the search index is split into bundles by language and year (pagefind-bundles.ts), and a
 * bundle is a pure function of the pages indexed into it, in order, with the same Pagefind and the
 * same options. So each bundle gets a fingerprint of exactly that (its folder, its language, each
 * page's URL and the hash of the parts of the page Pagefind reads), and the build records, beside the incremental manifest, each
 * bundle's fingerprint and the files it wrote. A later build keeps a bundle only when its
 * fingerprint is unchanged and its folder still holds exactly the recorded files with the recorded
 * sizes (Pagefind names its index files by their content hash, so another index has other names;
 * the record does not name the export's path, since an incremental build merges into the previous
 * export moved aside). Anything else (a page added, removed, changed where Pagefind reads it, or moved to another
 * language or year, the primary bundle changing language, a folder deleted or touched) re-indexes that
 * bundle, and a missing or unreadable record re-indexes all.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { readJsonFileOrNull } from '@/lib/json-file';
import { writeFileAtomic } from '@/lib/write-atomic';
import { INCREMENTAL_DIR } from '../incremental/manifest';
import { pagefindParts } from './pagefind-page-parts';

/** Where the last build recorded its bundles. */
export const BUNDLE_RECORD_FILE = path.join(INCREMENTAL_DIR, 'pagefind-bundles.json');

/** A page as Pagefind gets it. */
export type Page = { url: string; content: string };
/** One bundle to write: its folder under the export (`pagefind`, `pagefind-ru`), its language and its pages in indexing order. */
export type Bundle = { dir: string; lang: string; pages: Page[] };

const bundleRecord = z.strictObject({
  fingerprint: z.string(),
  /** Every file of the folder (relative, `/`-separated) and its size in bytes, as the index left it. */
  files: z.record(z.string(), z.number()),
});
const recordSchema = z.strictObject({ bundles: z.record(z.string(), bundleRecord) });
export type BundleRecordFile = z.infer<typeof recordSchema>;

/**
 * A bundle's fingerprint: `settings` (Pagefind's version and the index options, which shape every
 * byte it writes), the folder, the language and each page's URL and the hash of the parts of it
 * Pagefind reads (pagefind-page-parts.ts: a neighbour's new "older" link changes its page, not
 * what Pagefind indexes from it), in order.
 */
export function bundleFingerprint(bundle: Bundle, settings: string): string {
  const hash = createHash('sha256').update(`${settings}\0${bundle.dir}\0${bundle.lang}\0`);
  for (const page of bundle.pages) hash.update(`${page.url}\0${createHash('sha256').update(pagefindParts(page.content)).digest('hex')}\0`);
  return hash.digest('hex');
}

/** The files under `dir` (relative, `/`-separated) with their sizes, leaving out `skip` (a file written after the index). */
export function folderFiles(dir: string, skip: string | null = null): Record<string, number> {
  if (!existsSync(dir)) return {};
  const files: Record<string, number> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (file !== skip) files[file] = statSync(path.join(dir, file)).size;
  }
  return files;
}

const sameFiles = (a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([file, size]) => b[file] === size);

/** The last build's record, or null when there is none or it does not parse. */
export function readBundleRecord(file: string = BUNDLE_RECORD_FILE): BundleRecordFile | null {
  return readJsonFileOrNull(file, recordSchema);
}

/** Saves what the bundles of `exportDir` now are: their fingerprints and files (`skip`: left out of every folder's list). */
export function writeBundleRecord(exportDir: string, fingerprints: ReadonlyMap<string, string>, skip: string, file: string = BUNDLE_RECORD_FILE): void {
  const bundles: BundleRecordFile['bundles'] = {};
  for (const [dir, fingerprint] of [...fingerprints].sort(([a], [b]) => a.localeCompare(b))) bundles[dir] = { fingerprint, files: folderFiles(path.join(exportDir, dir), skip) };
  const record: BundleRecordFile = { bundles };
  writeFileAtomic(file, `${JSON.stringify(record)}\n`);
}

/**
 * The folders of `fingerprints` (folder → this build's fingerprint) that `record` says hold an
 * index of the same fingerprint and that still hold exactly the recorded files; `skip` as above.
 */
export function reusableBundles(exportDir: string, fingerprints: ReadonlyMap<string, string>, record: BundleRecordFile | null, skip: string): Set<string> {
  const reusable = new Set<string>();
  if (!record) return reusable;
  for (const [dir, fingerprint] of fingerprints) {
    const was = record.bundles[dir];
    if (was && was.fingerprint === fingerprint && Object.keys(was.files).length > 0 && sameFiles(was.files, folderFiles(path.join(exportDir, dir), skip))) reusable.add(dir);
  }
  return reusable;
}
