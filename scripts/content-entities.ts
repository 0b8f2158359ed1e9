/**
 * `npm run content:entities` — the names the archive mentions that the gazetteer
 * (content/entities.yaml) lacks, grouped across stories, spellings and scripts,
 * ranked by the number of stories (lib/content/tagging/name-proposals.ts).
 *   (no flag)          the first 50, with forms, languages, type, slug and two example sentences
 *   --json             the whole list as JSON: [{ name, forms, languages, stories, examples, type, slug }]
 *   --limit <n>        how many to print (text only)
 *   --also <dir>       also read every .txt file under <dir> (repeatable), e.g. a scrape corpus
 *   --accept "<name>"  append that proposal (by name, form or slug) to the gazetteer, keeping its comments and order
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compileArchive } from '../lib/content/archive';
import { contentDir } from '../lib/content/content-folder';
import { readContentFiles, readGazetteerFile, type SourceFile } from '../lib/content/source/read-folder';
import { formatProposals } from '../lib/content/report/entity-report';
import { acceptProposal } from '../lib/content/tagging/accept-name';
import { parseGazetteer } from '../lib/content/tagging/gazetteer';
import { proposeNames } from '../lib/content/tagging/name-proposals';
import { proposalSource } from '../lib/content/tagging/tag-archive';
import { writeFileAtomic } from '../lib/write-atomic';

const argv = process.argv.slice(2);
const valuesOf = (flag: string) => argv.flatMap((a, i) => (a === flag && argv[i + 1] !== undefined ? [argv[i + 1] ?? ''] : []));

/** Every .txt file under `dir`, recursively, as source files. */
function textFilesUnder(dir: string): SourceFile[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.txt'))
    .map((d) => path.join(d.parentPath, d.name))
    .sort()
    .map((p) => ({ path: path.relative(process.cwd(), p), bytes: readFileSync(p) }));
}

const dir = contentDir();
const gazetteerFile = readGazetteerFile(dir);
const gazetteerText = gazetteerFile ? new TextDecoder().decode(gazetteerFile.bytes) : null;
const files = [...readContentFiles(dir), ...valuesOf('--also').flatMap(textFilesUnder)];
const archive = compileArchive(files, gazetteerFile);
const ignore = gazetteerFile && gazetteerText !== null ? parseGazetteer(gazetteerText, gazetteerFile.path).ignore : [];
const proposals = proposeNames(archive.articles.map(proposalSource), ignore);

const [accept] = valuesOf('--accept');
if (accept !== undefined) {
  const wanted = accept.trim();
  const proposal = proposals.find((p) => p.name === wanted || p.slug === wanted || p.forms.includes(wanted));
  if (!proposal) {
    console.error(`"${wanted}" is not among the ${proposals.length} proposed names (npm run content:entities lists them).`);
    process.exit(1);
  }
  if (!gazetteerFile || gazetteerText === null) {
    console.error(`no gazetteer at ${path.join(dir, 'entities.yaml')}`);
    process.exit(1);
  }
  const result = acceptProposal(gazetteerText, gazetteerFile.path, proposal);
  if (!result.ok) {
    console.error(`not added: ${result.reason}`);
    process.exit(1);
  }
  writeFileAtomic(gazetteerFile.path, result.text);
  console.log(`added "${result.entry.name}" (${result.entry.slug}, ${proposal.type}) with ${result.entry.aliases.length} other forms to ${gazetteerFile.path}; write its description.`);
} else if (argv.includes('--json')) {
  console.log(JSON.stringify(proposals, null, 2));
} else {
  const [limit] = valuesOf('--limit');
  console.log(formatProposals(proposals, limit === undefined ? 50 : Number(limit)));
}
