/**
 * `npm run content:check` — compiles content/ and shows editors what the site will publish.
 *   (no flag)  a table, one row per article, each article's entities and the names the
 *              gazetteer lacks, then notices and errors
 *   --json     the compiled archive as JSON on stdout, nothing else on stdout
 *   --build    only errors and a summary, on stderr (the build runs this before `next build`);
 *              exits 0 despite errors when CONTENT_STRICT=0
 * Exits 1 when any file is rejected.
 */
import { compileArchive, contentDir, isStrict, readContentFiles, readGazetteerFile } from '../lib/content/archive';
import { candidatesByArticle, formatEntityReport } from '../lib/content/entity-report';
import { formatContentError } from '../lib/content/errors';
import { parseGazetteer } from '../lib/content/gazetteer';
import { formatReportTable, toReportJson } from '../lib/content/report';
import { formatRepublicationReport } from '../lib/content/republication/report';

const args = new Set(process.argv.slice(2));
const gazetteerFile = readGazetteerFile(contentDir());
const archive = compileArchive(readContentFiles(contentDir()), gazetteerFile);
const ignore = gazetteerFile ? parseGazetteer(new TextDecoder().decode(gazetteerFile.bytes), gazetteerFile.path).ignore : [];
const candidates = candidatesByArticle(archive, ignore);

if (args.has('--json')) process.stdout.write(`${JSON.stringify(toReportJson(archive, candidates), null, 2)}\n`);
else if (args.has('--build')) {
  for (const e of archive.rejected) console.error(formatContentError(e));
  console.error(`content: ${archive.articles.length} published, ${archive.rejected.length} rejected`);
} else console.log(`${formatReportTable(archive)}\n\n${formatEntityReport(archive, candidates)}\n\n${formatRepublicationReport(archive)}`);

const failed = archive.rejected.length > 0 && (isStrict() || !args.has('--build'));
process.exitCode = failed ? 1 : 0;
