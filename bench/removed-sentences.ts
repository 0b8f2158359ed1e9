/**
 * `tsx bench/removed-sentences.ts <base worktree>` — sentence-like lines the current cleaning
 * removes but the code in another worktree (an older commit) kept in the story.
 *
 * "Never delete text on a guess": a rule added since `base` that now removes a line reading like
 * a sentence (ends in a \p{Sentence_Terminal} with 8+ words, or has 12+ words; words counted with
 * Intl.Segmenter) is listed with its removal reason, for a person to judge. The development
 * fixtures are listed line by line; the blind and holdout corpora only as a count per corpus,
 * since nobody tuning rules may read their cases. Scrape cases compile one file each, as
 * bench:accuracy does; the folder fixtures compile as one archive each (the site template sees
 * all their files).
 * `--dump <out.json> <archive.ts>` is the inner mode: compile every corpus with the pipeline at
 * that path and write what each file kept and removed. The outer mode runs it once per tree.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURES = path.join(ROOT, 'tests/fixtures');

/** Corpora: scrape-style folders hold `<case>/input.txt`; story folders hold `*.txt` compiled together. */
const CORPORA = [
  { name: 'scrapes', dir: 'scrapes', kind: 'cases', blind: false },
  { name: 'body-lookalikes', dir: 'body-lookalikes', kind: 'cases', blind: false },
  { name: 'names-world', dir: 'names-world/stories', kind: 'folder', blind: false },
  { name: 'name-proposals-archive', dir: 'name-proposals-archive/stories', kind: 'folder', blind: false },
  { name: 'seed-content', dir: 'seed-content/articles', kind: 'folder', blind: false },
  { name: 'scrapes-blind', dir: 'scrapes-blind', kind: 'cases', blind: true },
  { name: 'scrapes-holdout', dir: 'scrapes-holdout', kind: 'cases', blind: true },
  { name: 'body-lookalikes-holdout', dir: 'body-lookalikes-holdout', kind: 'cases', blind: true },
  { name: 'scrapes-holdout-2', dir: 'scrapes-holdout-2', kind: 'cases', blind: true },
  { name: 'body-lookalikes-holdout-2', dir: 'body-lookalikes-holdout-2', kind: 'cases', blind: true },
  { name: 'scrapes-holdout-3', dir: 'scrapes-holdout-3', kind: 'cases', blind: true },
  { name: 'body-lookalikes-holdout-3', dir: 'body-lookalikes-holdout-3', kind: 'cases', blind: true },
  { name: 'scrapes-blind-2', dir: 'scrapes-blind-2', kind: 'cases', blind: true },
  { name: 'body-lookalikes-blind-2', dir: 'body-lookalikes-blind-2', kind: 'cases', blind: true },
  { name: 'scrapes-blind-3', dir: 'scrapes-blind-3', kind: 'cases', blind: true },
  { name: 'scrapes-blind-4', dir: 'scrapes-blind-4', kind: 'cases', blind: true },
  { name: 'body-lookalikes-blind-4', dir: 'body-lookalikes-blind-4', kind: 'cases', blind: true },
  { name: 'scrapes-blind-5', dir: 'scrapes-blind-5', kind: 'cases', blind: true },
  { name: 'body-lookalikes-blind-5', dir: 'body-lookalikes-blind-5', kind: 'cases', blind: true },
  { name: 'scrapes-blind-6', dir: 'scrapes-blind-6', kind: 'cases', blind: true },
  { name: 'body-lookalikes-blind-6', dir: 'body-lookalikes-blind-6', kind: 'cases', blind: true },
  { name: 'scrapes-blind-7', dir: 'scrapes-blind-7', kind: 'cases', blind: true },
  { name: 'body-lookalikes-blind-7', dir: 'body-lookalikes-blind-7', kind: 'cases', blind: true },
  { name: 'scrapes-blind-8', dir: 'scrapes-blind-8', kind: 'cases', blind: true },
  { name: 'body-lookalikes-blind-8', dir: 'body-lookalikes-blind-8', kind: 'cases', blind: true },
  { name: 'scrapes-blind-9', dir: 'scrapes-blind-9', kind: 'cases', blind: true },
  { name: 'body-lookalikes-blind-9', dir: 'body-lookalikes-blind-9', kind: 'cases', blind: true },
  { name: 'scrapes-blind-10', dir: 'scrapes-blind-10', kind: 'cases', blind: true },
  { name: 'body-lookalikes-blind-10', dir: 'body-lookalikes-blind-10', kind: 'cases', blind: true },
  { name: 'scrapes-blind-11', dir: 'scrapes-blind-11', kind: 'cases', blind: true },
  { name: 'body-lookalikes-blind-11', dir: 'body-lookalikes-blind-11', kind: 'cases', blind: true },
  { name: 'scrapes-blind-12', dir: 'scrapes-blind-12', kind: 'cases', blind: true },
  { name: 'body-lookalikes-blind-12', dir: 'body-lookalikes-blind-12', kind: 'cases', blind: true },
  { name: 'scrapes-blind-13', dir: 'scrapes-blind-13', kind: 'cases', blind: true },
  { name: 'body-lookalikes-blind-13', dir: 'body-lookalikes-blind-13', kind: 'cases', blind: true },
  { name: 'scrapes-blind-14', dir: 'scrapes-blind-14', kind: 'cases', blind: true },
  { name: 'body-lookalikes-blind-14', dir: 'body-lookalikes-blind-14', kind: 'cases', blind: true },
] as const;

type SourceFile = { path: string; bytes: Uint8Array };
type Removed = { line: number; text: string; reason: string };
/** What one file compiled to: every article's removed lines and body texts (a file may hold two). */
type FileResult = { removed: Removed[]; body: string[]; published: boolean };
type Dump = Record<string, Record<string, FileResult>>;

/** Each archive to compile: one per case for scrape folders, one for a whole story folder. */
function archivesOf(corpus: (typeof CORPORA)[number]): SourceFile[][] {
  const dir = path.join(FIXTURES, corpus.dir);
  const read = (file: string): SourceFile => ({ path: path.relative(ROOT, file), bytes: readFileSync(file) });
  const entries = readdirSync(dir).sort();
  if (corpus.kind === 'cases') {
    return entries.filter((e) => statSync(path.join(dir, e)).isDirectory()).map((e) => [read(path.join(dir, e, 'input.txt'))]);
  }
  return [entries.filter((e) => e.endsWith('.txt')).map((e) => read(path.join(dir, e)))];
}

type Pipeline = {
  sourcesOf: (files: SourceFile[]) => SourceFile[];
  siteTemplateOf: (files: SourceFile[]) => unknown;
  compileFile: (file: SourceFile, template: unknown) => { drafts: { removed: Removed[]; body: { text: string }[] }[] };
};

async function dump(out: string, archiveModule: string): Promise<void> {
  const pipeline: Pipeline = await import(archiveModule);
  const result: Dump = {};
  for (const corpus of CORPORA) {
    const files: Record<string, FileResult> = {};
    for (const archive of archivesOf(corpus)) {
      const sources = pipeline.sourcesOf(archive);
      const template = pipeline.siteTemplateOf(sources);
      for (const file of sources) {
        const { drafts } = pipeline.compileFile(file, template);
        files[file.path] = {
          removed: drafts.flatMap((d) => d.removed),
          body: drafts.flatMap((d) => d.body.map((b) => b.text)),
          published: drafts.length > 0,
        };
      }
    }
    result[corpus.name] = files;
  }
  writeFileSync(out, JSON.stringify(result));
}

const WORDS = new Intl.Segmenter(undefined, { granularity: 'word' });
const wordCount = (s: string) => [...WORDS.segment(s)].filter((x) => x.isWordLike).length;
/** Ends in a sentence terminal, allowing closing quotes and brackets after it. */
const TERMINAL = /\p{Sentence_Terminal}[\p{Pe}\p{Pf}"'»”’]*$/u;
/** The brief's test of a line that reads like a sentence. */
const sentenceLike = (s: string) => {
  const n = wordCount(s);
  return n >= 12 || (n >= 8 && TERMINAL.test(s.trim()));
};
const fold = (s: string) => s.replace(/\s+/gu, ' ').trim();

/** Runs the inner mode in `tree` (its own tsconfig resolves its `@/` imports) and reads the dump. */
function dumpOf(tree: string, work: string): Dump {
  const out = path.join(work, `${path.basename(tree)}.json`);
  execFileSync('npx', ['tsx', fileURLToPath(import.meta.url), '--dump', out, path.join(tree, 'lib/content/archive.ts')], { cwd: tree, stdio: 'inherit' });
  const dumped: Dump = JSON.parse(readFileSync(out, 'utf8'));
  return dumped;
}

function compare(baseTree: string): void {
  const work = mkdtempSync(path.join(tmpdir(), 'removed-sentences-'));
  const base = dumpOf(path.resolve(baseTree), work);
  const head = dumpOf(ROOT, work);
  for (const corpus of CORPORA) {
    const hits: string[] = [];
    let newlyRejected = 0;
    for (const [file, now] of Object.entries(head[corpus.name] ?? {})) {
      const then = base[corpus.name]?.[file];
      if (!then) continue;
      if (then.published && !now.published) newlyRejected += 1;
      const thenRemoved = new Set(then.removed.map((r) => r.line));
      const thenBody = then.body.map(fold);
      for (const r of now.removed) {
        const text = fold(r.text);
        if (thenRemoved.has(r.line) || !sentenceLike(text) || !thenBody.some((b) => b.includes(text))) continue;
        hits.push(`  ${file}:${r.line} [${r.reason}] ${text}`);
      }
    }
    const rejected = newlyRejected > 0 ? `, ${newlyRejected} file(s) published before now rejected` : '';
    console.log(`${corpus.name}: ${hits.length} sentence-like line(s) removed now, kept before${rejected}`);
    if (!corpus.blind) for (const h of hits) console.log(h);
  }
}

const [mode, a, b] = process.argv.slice(2);
if (mode === '--dump' && a && b) await dump(a, b);
else if (mode && mode !== '--dump') compare(mode);
else console.error('usage: tsx bench/removed-sentences.ts <base worktree>');
