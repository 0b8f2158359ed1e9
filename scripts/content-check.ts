/**
 * `npm run content:check` — compiles content/ and shows editors what the site will publish.
 *   (no flag)  a table, one row per article, each article's entities and the names the
 *              gazetteer lacks, each story's events (dated statements), then notices and errors
 *   --json     the compiled archive as JSON on stdout, nothing else on stdout
 *   --build    only errors and a summary, on stderr (the build runs this before `next build`);
 *              exits 0 despite errors when CONTENT_STRICT=0. Saves the compiled archive for
 *              `next build` to read (lib/content/store/archive-snapshot.ts) and the list of share cards;
 *              keeps each file's compiled result in .next/cache/compile-log/ and compiles only
 *              the files whose key changed since the last run (lib/content/store/disk-cache.ts);
 *              keeps each story's tags, mentions and events (lib/content/store/derived-cache.ts)
 *              and republication shingles and pair overlaps (lib/content/store/republication-cache.ts)
 *              in .next/cache/*-log/, so only new or changed stories are tagged again. Each cache
 *              is a folder of append-only segments (lib/content/store/segment-log.ts): a run
 *              writes what it computed, not the whole cache; the snapshot is left as it is when
 *              the folder and compiler are the ones it was made from
 *   --build --plan <exportDir>  then, unless the check failed, plans the build into <exportDir>
 *              (scripts/incremental/save-plan.ts) on the archive just compiled, in this process:
 *              `npm run build` does, instead of starting a process that reads the snapshot back
 *   --file <path>  how one source file was read: every line with what it became, then its
 *              language, encoding, dates, author, outlet and entities (the file may sit
 *              anywhere; a sidecar beside it is applied)
 * Exits 1 when any file is rejected.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compileArchive } from '../lib/content/archive';
import { contentDir, isStrict } from '../lib/content/content-folder';
import { readContentFiles, readGazetteerFile, type SourceFile } from '../lib/content/source/read-folder';
import { SNAPSHOT_FILE, writeArchiveSnapshot } from '../lib/content/store/archive-snapshot';
import { registerArchive } from '../lib/content/store/process-store';
import { shareCards, writeCardList } from '../lib/og/cards';
import { archiveLists } from '../lib/content/store/archive-lists';
import { movedPages, writeMovedPageList } from '../lib/moved-pages';
import { decodeSource } from '../lib/content/source/decode';
import { sidecarPathsFor } from '../lib/content/source/sidecar';
import { compileInWorkers } from './compile-in-workers';
import { DiskCompileCache } from '../lib/content/store/disk-cache';
import { compilerSource, versionOf } from '../lib/content/store/compile-cache';
import { DiskDerivedStore } from '../lib/content/store/derived-cache';
import { DiskRepublicationMemo } from '../lib/content/store/republication-cache';
import type { SaveReport } from '../lib/content/store/segment-log';
import { candidatesByArticle, formatEntityReport } from '../lib/content/report/entity-report';
import { formatContentError } from '../lib/content/errors';
import { formatFileReport } from '../lib/content/report/file-report';
import { formatEventReport } from '../lib/content/report/events-report';
import { parseGazetteer } from '../lib/content/tagging/gazetteer';
import { formatReportTable, toReportJson } from '../lib/content/report/archive-report';
import { formatRepublicationReport } from '../lib/content/report/republication-report';

const argv = process.argv.slice(2);
const args = new Set(argv);
const gazetteerFile = readGazetteerFile(contentDir());

/** Compiles one file (and its sidecar, if one sits beside it) against the content folder's gazetteer and prints the file report. */
function checkOneFile(file: string): boolean {
  const read = (p: string): SourceFile => ({ path: p, bytes: readFileSync(p) });
  const sidecars = sidecarPathsFor(file).filter((p) => existsSync(p));
  const archive = compileArchive([read(file), ...sidecars.map(read)], gazetteerFile);
  const decoded = decodeSource(readFileSync(file), file);
  console.log(formatFileReport(path.normalize(file), decoded.ok ? decoded.text : null, archive.articles, archive.rejected));
  return archive.rejected.length === 0;
}

const fileAt = argv.indexOf('--file');
if (fileAt >= 0) {
  const file = argv[fileAt + 1];
  if (!file || !existsSync(file)) {
    console.error(`content:check --file needs the path of a source file${file ? `; ${file} does not exist` : ''}`);
    process.exit(2);
  }
  process.exit(checkOneFile(file) ? 0 : 1);
}

const files = readContentFiles(contentDir());
const build = args.has('--build');
const planAt = argv.indexOf('--plan');
const planInto = build && planAt >= 0 ? argv[planAt + 1] : undefined;
if (planAt >= 0 && !planInto) {
  console.error('content:check --plan needs --build and the export folder to plan for');
  process.exit(2);
}
// lib/content's source, read once: it versions every cache and keys the snapshot.
const compiler = compilerSource();
const version = versionOf(compiler);
const cache = build ? new DiskCompileCache() : null;
// The build keeps each story's tags and events, and republication shingles and overlaps, on disk too.
const derived = build ? new DiskDerivedStore(version) : null;
const republications = build ? new DiskRepublicationMemo(version) : undefined;
const archive = await compileInWorkers(files, gazetteerFile, { cache, version, memo: { derived, republications } });
const compileSaved = cache?.save();
const derivedSaved = derived?.save();
republications?.save();
/** What a cache's save wrote, for the summary: a one-story-added run should append a handful of entries. */
function savedNote(report: SaveReport | undefined): string {
  if (!report) return '';
  return report.compacted ? ` (compacted: ${report.wrote} entries rewritten)` : ` (${report.wrote} ${report.wrote === 1 ? 'entry' : 'entries'} appended)`;
}
const ignore = gazetteerFile ? parseGazetteer(new TextDecoder().decode(gazetteerFile.bytes), gazetteerFile.path).ignore : [];
const candidates = () => candidatesByArticle(archive, ignore);

if (args.has('--json')) process.stdout.write(`${JSON.stringify(toReportJson(archive, candidates()), null, 2)}\n`);
else if (args.has('--build')) {
  for (const e of archive.rejected) console.error(formatContentError(e));
  console.error(`content: ${archive.articles.length} published, ${archive.rejected.length} rejected`);
  if (cache) console.error(`content: ${cache.stats.hits} files from the compile cache, ${cache.stats.misses} compiled${savedNote(compileSaved)}`);
  if (derived) console.error(`content: ${derived.stats.hits} stories' tags and events from the cache, ${derived.stats.misses} tagged${savedNote(derivedSaved)}`);
  // next build's processes read this instead of compiling the folder again (lib/content/store/archive-snapshot.ts),
  // and the card renderer the list of cards (lib/og/cards.ts).
  writeArchiveSnapshot(archive, gazetteerFile ? [...files, gazetteerFile] : files, SNAPSHOT_FILE, compiler);
  writeCardList(shareCards(archive));
  // And the post-build the old per-entity timeline and events addresses to leave moved pages at.
  writeMovedPageList(movedPages(archiveLists(archive)));
} else {
  console.log(`${formatReportTable(archive)}\n\n${formatEntityReport(archive, candidates())}`);
  console.log(`\n${formatEventReport(archive)}`);
  console.log(`\n${formatRepublicationReport(archive)}`);
}

const failed = archive.rejected.length > 0 && (isStrict() || !args.has('--build'));
process.exitCode = failed ? 1 : 0;
if (planInto !== undefined && !failed) {
  // The plan reads this archive through lib/content as `next build`'s processes read the snapshot.
  registerArchive(contentDir(), archive);
  const { savePlan } = await import('./incremental/save-plan');
  await savePlan(planInto);
}
