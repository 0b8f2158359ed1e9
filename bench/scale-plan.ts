/**
 * `npm run bench:scale -- --plan 1000 10000` — what one added story makes an incremental build
 * re-render, counted by the plan only (no `next build`): for each size, a synthetic archive
 * (scripts/make-scale-archive.ts), then the same archive plus one story, each through the content
 * check and the page-data pass (scripts/incremental/page-data.ts); the routes whose hash differs
 * or that are new are counted by kind. The added story is the generator's next one (dated in its
 * oldest year, as story n of the generator is) and, as a second row, the same story redated to
 * after every other story (a new story is most often the latest news), so both ends of the lists show.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Kinds of route, in the table's column order, and how a route's id and key fall into them. */
const KINDS = ['story pages', 'tag pages', 'tag index', 'timeline', 'events', 'tag feeds'] as const;
type Kind = (typeof KINDS)[number];

function kindOf(id: string): Kind {
  const [route = '', key = ''] = id.split(' ', 2);
  if (route === 'articles') return 'story pages';
  if (route === 'timeline') return 'timeline';
  if (route === 'events') return 'events';
  if (route.startsWith('feeds/')) return 'tag feeds';
  // A tag index key's path is [], ['page', n], ['by-count'] or ['by-count', 'page', n].
  const segments: unknown = JSON.parse(key)[0]?.[1];
  const first = Array.isArray(segments) ? segments[0] : undefined;
  return first === undefined || first === 'page' || first === 'by-count' ? 'tag index' : 'tag pages';
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

/** Every route's page-data hash for the archive in `dir`. */
function pageData(dir: string): Record<string, string> {
  const env = { ...process.env, CONTENT_DIR: dir, CONTENT_STRICT: '0', NEXT_TELEMETRY_DISABLED: '1' };
  run('npx', ['tsx', 'scripts/content-check.ts', '--build'], env);
  const out = `${dir}-page-data.json`;
  run('npx', ['tsx', 'bench/plan-routes.ts', out], { ...env, ARCHIVE_SNAPSHOT: '1' });
  const parsed: Record<string, string> = JSON.parse(readFileSync(out, 'utf8'));
  return parsed;
}

/** The added story's file with its dateline (the block after the headline, when it holds a year) replaced by `date`. */
function redated(text: string, date: string): string {
  const [headline = '', second = '', ...rest] = text.split('\n\n');
  const isDateline = second.length < 40 && /\d{4}/.test(second);
  return [headline, date, ...(isDateline ? rest : [second, ...rest])].join('\n\n');
}

export type Row = { stories: number; dense: boolean; added: string; total: number; planned: number; byKind: Map<Kind, number>; ofKind: Map<Kind, number> };

export function compare(stories: number, dense: boolean, added: string, before: Record<string, string>, after: Record<string, string>): Row {
  const byKind = new Map<Kind, number>();
  const ofKind = new Map<Kind, number>();
  let planned = 0;
  for (const [id, hash] of Object.entries(after)) {
    const kind = kindOf(id);
    ofKind.set(kind, (ofKind.get(kind) ?? 0) + 1);
    if (before[id] === hash) continue;
    planned++;
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  }
  return { stories, dense, added, total: Object.keys(after).length, planned, byKind, ofKind };
}

/**
 * Plans one story added to an archive of each size, both as the generator dates it and as the
 * newest; `dense` sizes are entity-dense long reads (make-scale-archive.ts --dense).
 */
export function planSizes(sizes: readonly { stories: number; dense: boolean }[]): void {
  const rows: Row[] = [];
  for (const { stories, dense } of sizes) {
    // One folder throughout: a story's record names its file, so the two archives must share the folder.
    const dir = path.join(tmpdir(), `scale-plan-${dense ? 'dense-' : ''}${stories}-${process.pid}`);
    const aside = `${dir}-added.txt`;
    rmSync(dir, { recursive: true, force: true });
    run('npx', ['tsx', 'scripts/make-scale-archive.ts', dir, String(stories + 1), ...(dense ? ['--dense'] : [])]);
    const file = path.join(dir, 'articles', `${String(stories).padStart(6, '0')}_scale.txt`);
    renameSync(file, aside);
    const before = pageData(dir);
    renameSync(aside, file);
    rows.push(compare(stories, dense, 'generator’s next (oldest year)', before, pageData(dir)));
    writeFileSync(file, redated(readFileSync(file, 'utf8'), 'December 30, 2025'));
    rows.push(compare(stories, dense, 'same, dated newest', before, pageData(dir)));
    if (process.env.BENCH_KEEP !== '1') rmSync(dir, { recursive: true, force: true });
  }
  printPlanTable(rows);
}

/** The table: for each size and added story, routes planned (changed or new) of all routes, by kind. */
export function printPlanTable(rows: readonly Row[]): void {
  console.log(`\n| stories | density | story added | routes planned | of routes | ${KINDS.join(' | ')} |`);
  console.log(`| --: | --- | --- | --: | --: | ${KINDS.map(() => '--:').join(' | ')} |`);
  for (const r of rows) {
    const cells = KINDS.map((k) => `${r.byKind.get(k) ?? 0} / ${r.ofKind.get(k) ?? 0}`);
    console.log(`| ${r.stories.toLocaleString('en')} | ${r.dense ? 'dense' : 'normal'} | ${r.added} | ${r.planned} | ${r.total} | ${cells.join(' | ')} |`);
  }
}
