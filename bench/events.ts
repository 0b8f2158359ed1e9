/**
 * `npm run bench:events` — event extraction and the archive event index for 1,000 synthetic
 * articles made from the seeds (each seed copied with its paragraphs rotated), and the
 * largest events list page this produces. Aims: under 5 ms of event work per article on a
 * 2-core machine; an events page's own list stays at EVENTS_PAGE_SIZE events however large
 * the archive (the 150 KB HTML budget is checked on the built pages by bench:pages).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { compileArchive } from '../lib/content/archive';
import { readGazetteerFile, type SourceFile } from '../lib/content/source/read-folder';
import { extractEvents } from '../lib/content/events/extract';
import { buildEventIndex } from '../lib/content/events/index';
import { pageCount } from '../lib/pagination';
import { EVENTS_PAGE_SIZE } from '../lib/routes/events-route';

const SEEDS = 'content/articles';
const COUNT = 1000;
const RUNS = 3;

const seeds = readdirSync(SEEDS).filter((n) => n.endsWith('.txt')).sort().map((n) => readFileSync(path.join(SEEDS, n), 'utf8'));
const enc = new TextEncoder();
const files: SourceFile[] = Array.from({ length: COUNT }, (_, i) => {
  const parts = (seeds[i % seeds.length] ?? '').split(/\n\n/);
  const rest = parts.slice(3);
  const k = rest.length ? i % rest.length : 0;
  return { path: `bench/articles/${String(i).padStart(4, '0')}.txt`, bytes: enc.encode([...parts.slice(0, 3), ...rest.slice(k), ...rest.slice(0, k)].join('\n\n')) };
});
const { articles, entities } = compileArchive(files, readGazetteerFile(SEEDS.split('/')[0]!));
const countries = new Set(entities.filter((e) => e.type === 'country').map((e) => e.slug));
const broad = (slug: string) => countries.has(slug);

/** What the pipeline does for events: extract them at compile time, then index them in the store. */
const eventWork = (list: typeof articles) => buildEventIndex(list, list.flatMap((a) => extractEvents(a)), broad);
eventWork(articles.slice(0, 50)); // warm-up
const times: number[] = [];
let index = eventWork(articles);
for (let run = 0; run < RUNS; run++) {
  const t0 = performance.now();
  index = eventWork(articles);
  times.push(performance.now() - t0);
}
const median = [...times].sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
const rows = [
  ['articles', String(articles.length)],
  ['events (dated)', String(index.events.length)],
  ['events without a year (left out)', String(index.withoutYear)],
  ['event groups', String(index.groups.length)],
  [`events pages at ${EVENTS_PAGE_SIZE} per page`, String(pageCount(index.groups.length, EVENTS_PAGE_SIZE))],
  ['extraction + index, median of 3 (ms)', median.toFixed(0)],
  ['per article (ms)', (median / articles.length).toFixed(2)],
];
const width = Math.max(...rows.map(([k]) => k!.length));
console.log(rows.map(([k, v]) => `${k!.padEnd(width)}  ${v}`).join('\n'));
