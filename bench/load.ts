/**
 * `npm run bench:load` — a short, bounded load check against nginx serving the export with
 * deploy/nginx.conf on loopback: 10,000 requests cycling over the main page types (HTML and the
 * assets they load), 10 connections. Prints a table; exits 1 on any error or non-2xx answer.
 */
import path from 'node:path';
import autocannon from 'autocannon';
import { exportDir } from '../scripts/postbuild/export-dir';
import { exportPages } from '../tests/e2e/support/export-pages';
import { serveWithNginx } from '../tests/e2e/support/nginx';
import { PAGE_TYPES, pagesOfType, type PageType } from '../tests/e2e/support/page-types';

const AMOUNT = 10_000;
const root = path.resolve(exportDir());
const pages = exportPages(root);
const types = Object.keys(PAGE_TYPES).filter((t): t is PageType => t in PAGE_TYPES);
const paths = types.flatMap((t) => pagesOfType(pages, t).slice(0, 3));
const site = await serveWithNginx(root);

try {
  const result = await autocannon({
    url: site.baseUrl,
    connections: 10,
    amount: AMOUNT,
    timeout: 10,
    requests: paths.map((p) => ({ method: 'GET', path: p, headers: { 'accept-encoding': 'gzip' } })),
  });
  const rows: [string, string][] = [
    ['paths cycled', `${paths.length} (${types.map((t) => `${t} ${pagesOfType(pages, t).slice(0, 3).length}`).join(', ')})`],
    ['requests', String(result.requests.total)],
    ['duration', `${result.duration.toFixed(2)} s`],
    ['requests/s (mean)', result.requests.average.toFixed(0)],
    ['latency p50 / p99 / max', `${result.latency.p50} / ${result.latency.p99} / ${result.latency.max} ms`],
    ['throughput (mean)', `${(result.throughput.average / 1024 / 1024).toFixed(1)} MiB/s`],
    ['2xx', String(result['2xx'])],
    ['non-2xx', String(result.non2xx)],
    ['errors / timeouts', `${result.errors} / ${result.timeouts}`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(`Load check: nginx on loopback, ${AMOUNT} requests\n`);
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
  const failed = result.errors > 0 || result.timeouts > 0 || result.non2xx > 0 || result.requests.total < AMOUNT;
  if (failed) console.error('\nFAILED: every request must answer 2xx');
  process.exitCode = failed ? 1 : 0;
} finally {
  await site.stop();
}
