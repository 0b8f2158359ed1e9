/**
 * `npx tsx bench/pagefind-split.ts 2000 1 4 10 20 [--incremental]` — what Pagefind costs for N story pages written
 * as one bundle or as k bundles of N/k (scripts/postbuild/pagefind.ts splits a language's stories
 * by publication year). Prints one row per k: wall and CPU seconds of adding the pages and of
 * `writeFiles`, CPU counted for this process and Pagefind's service process (read from /proc), so a
 * loaded machine skews the wall clock more than the CPU. The pages are synthetic story pages shaped
 * like the site's (a marked body of 2–40 paragraphs, a title, a date sort, entity filters) over a
 * vocabulary of a few thousand words, dated 2005–2024 as scripts/make-scale-archive.ts dates them
 * (one in twelve undated); the same N gives the same pages. With `--incremental`, a second table:
 * the site's own index step (scripts/postbuild/pagefind.ts) over those pages written as an export,
 * cold, then with one story added at the newest and at the oldest end, then with every page's
 * older/newer link changed (what a neighbour re-rendered for a new story looks like). Not a test: tables.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { buildSearchIndex } from '../scripts/postbuild/pagefind';
import { seededRandom } from '../scripts/seeded-random';

const SYLLABLES = ['var', 'dor', 'mel', 'kas', 'tor', 'vin', 'bel', 'rad', 'sol', 'mir', 'zan', 'lev', 'gor', 'pul', 'ten', 'ost', 'ruk', 'nad', 'fel', 'sam'];
const COMMON = 'the ministry said that its plant would deliver new chassis for air defence units while engineers tested radar components and officials discussed export contracts'.split(' ');

/** One synthetic story page: a few common words, coined rarer ones (skewed), a date and entity filters; `around` stands for the older/newer links outside the body. */
function storyPage(i: number, year: number | null = i % 12 === 5 ? null : 2005 + (i % 20), around = ''): { url: string; content: string } {
  const rand = seededRandom(i * 104729 + 3);
  const word = () => {
    if (rand() < 0.6) return COMMON[Math.floor(rand() * COMMON.length)] ?? 'the';
    const n = Math.floor(8000 * rand() ** 3);
    return `${SYLLABLES[n % 20]}${SYLLABLES[Math.floor(n / 20) % 20]}${SYLLABLES[Math.floor(n / 400) % 20]}`;
  };
  const paragraphs = Array.from({ length: 2 + Math.floor(38 * rand() ** 2.5) }, () =>
    `<p>${Array.from({ length: 30 + Math.floor(rand() * 40) }, word).join(' ')}.</p>`,
  ).join('');
  const entities = Array.from({ length: 2 + Math.floor(rand() * 6) }, () => `<span data-pagefind-filter="entity">${word()}</span>`).join('');
  const content = `<!DOCTYPE html><html lang="en"><body><nav>Menu</nav><article><h1>Report ${i}</h1><div data-pagefind-body lang="en">${paragraphs}</div><nav>${around}</nav><div hidden><span data-pagefind-meta="title">Report ${i}</span>${year === null ? '' : `<span data-pagefind-sort="date">${year}-03-01</span>`}${entities}<span data-pagefind-filter="type">Organisation</span></div></article></body></html>`;
  return { url: `/articles/report-${i}/`, content };
}

/** CPU seconds (user + system) of this process, its ended children and its live ones (Pagefind's service). */
function cpuSeconds(): number {
  const ticks = (pid: string) => {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return { ppid: Number(fields[1]), cpu: Number(fields[11]) + Number(fields[12]), children: Number(fields[13]) + Number(fields[14]) };
  };
  const self = ticks('self');
  let total = self.cpu + self.children;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const t = ticks(pid);
      if (t.ppid === process.pid) total += t.cpu;
    } catch {
      // The process ended while we read.
    }
  }
  return total / 100;
}

const args = process.argv.slice(2);
const incremental = args.includes('--incremental');
const [countArg, ...splits] = args.filter((a) => a !== '--incremental');
const count = Number(countArg ?? 2000);
const pages = Array.from({ length: count }, (_, i) => storyPage(i));
console.log(`${count} pages, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log('| bundles | pages each | add wall s | add CPU s | writeFiles wall s | writeFiles CPU s | total CPU s | index KB |');
console.log('| --: | --: | --: | --: | --: | --: | --: | --: |');
for (const k of (splits.length ? splits : ['1', '4', '10']).map(Number)) {
  const out = mkdtempSync(path.join(tmpdir(), 'pagefind-split-'));
  const t = { addWall: 0, addCpu: 0, writeWall: 0, writeCpu: 0 };
  let bytes = 0;
  for (let b = 0; b < k; b++) {
    const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error('no index');
    let [wall, cpu] = [performance.now(), cpuSeconds()];
    for (const page of pages.filter((_, i) => i % k === b)) await index.addHTMLFile(page);
    t.addWall += (performance.now() - wall) / 1000;
    t.addCpu += cpuSeconds() - cpu;
    [wall, cpu] = [performance.now(), cpuSeconds()];
    await index.writeFiles({ outputPath: path.join(out, String(b)) });
    t.writeWall += (performance.now() - wall) / 1000;
    t.writeCpu += cpuSeconds() - cpu;
    for (const dir of ['index', 'fragment', 'filter']) for (const f of readdirSync(path.join(out, String(b), dir))) bytes += readFileSync(path.join(out, String(b), dir, f)).length;
  }
  rmSync(out, { recursive: true, force: true });
  const f = (n: number) => n.toFixed(1);
  console.log(`| ${k} | ${Math.round(count / k)} | ${f(t.addWall)} | ${f(t.addCpu)} | ${f(t.writeWall)} | ${f(t.writeCpu)} | ${f(t.addCpu + t.writeCpu)} | ${Math.round(bytes / 1024)} |`);
}
await pagefind.close();

/** Writes `pages` as the story pages of the export `dir`. */
function writeExport(dir: string, pages: { url: string; content: string }[]): void {
  for (const { url, content } of pages) {
    mkdirSync(path.join(dir, url), { recursive: true });
    writeFileSync(path.join(dir, url, 'index.html'), content);
  }
}

if (incremental) {
  const dir = mkdtempSync(path.join(tmpdir(), 'pagefind-split-export-'));
  const record = path.join(dir, 'record.json');
  writeExport(dir, pages);
  console.log(`\nThe index step over ${count} pages, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log('| build | bundles | re-indexed bundles | re-indexed pages | wall s | CPU s |');
  console.log('| --- | --: | --: | --: | --: | --: |');
  const step = async (name: string, reuse: boolean) => {
    const [wall, cpu] = [performance.now(), cpuSeconds()];
    const r = await buildSearchIndex(dir, { reuse, recordFile: record });
    console.log(`| ${name} | ${r.bundles} | ${r.reindexed.length} | ${r.reindexedPages} | ${((performance.now() - wall) / 1000).toFixed(1)} | ${(cpuSeconds() - cpu).toFixed(1)} |`);
  };
  await step('cold', false);
  writeExport(dir, [storyPage(count, 2024)]);
  await step('one story added, newest year', true);
  writeExport(dir, [storyPage(count + 1, 2005)]);
  await step('one story added, oldest year', true);
  writeExport(dir, pages.map((_, i) => storyPage(i, undefined, 'Newer: a story')));
  await step('every page re-rendered outside its body', true);
  rmSync(dir, { recursive: true, force: true });
}
