/**
 * `npx tsx bench/pagefind-split.ts 2000 1 4 10 20` — what Pagefind costs for N story pages written
 * as one bundle or as k bundles of N/k (scripts/postbuild/pagefind.ts splits a language's stories
 * by publication year). Prints one row per k: wall and CPU seconds of adding the pages and of
 * `writeFiles`, CPU counted for this process and Pagefind's service process (read from /proc), so a
 * loaded machine skews the wall clock more than the CPU. The pages are synthetic story pages shaped
 * like the site's (a marked body of 2–40 paragraphs, a title, a date sort, entity filters) over a
 * vocabulary of a few thousand words; the same N gives the same pages. Not a test: a table.
 */
import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { seededRandom } from '../scripts/seeded-random';

const SYLLABLES = ['var', 'dor', 'mel', 'kas', 'tor', 'vin', 'bel', 'rad', 'sol', 'mir', 'zan', 'lev', 'gor', 'pul', 'ten', 'ost', 'ruk', 'nad', 'fel', 'sam'];
const COMMON = 'the ministry said that its plant would deliver new chassis for air defence units while engineers tested radar components and officials discussed export contracts'.split(' ');

/** One synthetic story page: a few common words, coined rarer ones (skewed), a date and entity filters. */
function storyPage(i: number): { url: string; content: string } {
  const rand = seededRandom(i * 104729 + 3);
  const word = () => {
    if (rand() < 0.6) return COMMON[Math.floor(rand() * COMMON.length)] ?? 'the';
    const n = Math.floor(8000 * rand() ** 3);
    return `${SYLLABLES[n % 20]}${SYLLABLES[Math.floor(n / 20) % 20]}${SYLLABLES[Math.floor(n / 400) % 20]}`;
  };
  const paragraphs = Array.from({ length: 2 + Math.floor(38 * rand() ** 2.5) }, () =>
    `<p>${Array.from({ length: 30 + Math.floor(rand() * 40) }, word).join(' ')}.</p>`,
  ).join('');
  const year = 2005 + (i % 20);
  const entities = Array.from({ length: 2 + Math.floor(rand() * 6) }, () => `<span data-pagefind-filter="entity">${word()}</span>`).join('');
  const content = `<!DOCTYPE html><html lang="en"><body><nav>Menu</nav><article><h1>Report ${i}</h1><div data-pagefind-body lang="en">${paragraphs}</div><div hidden><span data-pagefind-meta="title">Report ${i}</span><span data-pagefind-sort="date">${year}-03-01</span>${entities}<span data-pagefind-filter="type">Organisation</span></div></article></body></html>`;
  return { url: `/articles/report-${i}/`, content };
}

/** CPU seconds (user + system) of this process and its live child processes (Pagefind's service). */
function cpuSeconds(): number {
  const ticks = (pid: string) => {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return { ppid: Number(fields[1]), cpu: Number(fields[11]) + Number(fields[12]) };
  };
  let total = ticks('self').cpu;
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

const [countArg, ...splits] = process.argv.slice(2);
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
