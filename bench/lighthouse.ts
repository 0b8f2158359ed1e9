/**
 * `npm run bench:lighthouse` — Lighthouse (mobile) on one page of each type, served by nginx with
 * deploy/nginx.conf; median of 3 runs per page, printed as a table. Performance is the number to
 * watch here (aimed at 100); the other three categories are also gated by tests/e2e/lighthouse.test.ts.
 */
import path from 'node:path';
import { exportDir } from '../scripts/postbuild/export-dir';
import { exportPages } from '../tests/e2e/support/export-pages';
import { auditMedian, CATEGORIES, launchChromeForLighthouse } from '../tests/e2e/support/lighthouse';
import { serveWithNginx } from '../tests/e2e/support/nginx';
import { samplePageTypes } from '../tests/e2e/support/page-types';

const runs = Number(process.env.LH_RUNS ?? 3);
const root = path.resolve(exportDir());
const sample = samplePageTypes(exportPages(root));
const site = await serveWithNginx(root);
const chrome = await launchChromeForLighthouse();
const rows: string[][] = [];
try {
  for (const [type, urlPath] of Object.entries(sample)) {
    const audit = await auditMedian(new URL(urlPath, site.baseUrl).href, chrome, runs);
    rows.push([type, ...CATEGORIES.map((c) => String(audit.scores[c])), audit.failing.performance.join(' ') || '—', urlPath]);
  }
} finally {
  await chrome.close();
  await site.stop();
}

const header = ['page', 'perf', 'a11y', 'best-pr', 'seo', 'performance audits below 1 (any run)', 'url'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
console.log(`Lighthouse ${runs} run(s) per page, mobile, median\n`);
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const row of rows) console.log(line(row));
