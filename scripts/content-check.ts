/**
 * `npm run content:check` — compiles content/ and shows editors what the site will publish.
 *   (no flag)  a table, one row per article, then notices and errors
 *   --json     the compiled archive as JSON on stdout, nothing else on stdout
 *   --build    only errors and a summary, on stderr (the build runs this before `next build`);
 *              exits 0 despite errors when CONTENT_STRICT=0
 * Exits 1 when any file is rejected.
 */
import { compileArchive, contentDir, isStrict, readContentFiles } from '../lib/content/archive';
import { formatContentError } from '../lib/content/errors';
import { formatReportTable, toReportJson } from '../lib/content/report';

const args = new Set(process.argv.slice(2));
const archive = compileArchive(readContentFiles(contentDir()));

if (args.has('--json')) process.stdout.write(`${JSON.stringify(toReportJson(archive), null, 2)}\n`);
else if (args.has('--build')) {
  for (const e of archive.rejected) console.error(formatContentError(e));
  console.error(`content: ${archive.articles.length} published, ${archive.rejected.length} rejected`);
} else console.log(formatReportTable(archive));

const failed = archive.rejected.length > 0 && (isStrict() || !args.has('--build'));
process.exitCode = failed ? 1 : 0;
