/**
 * `ARCHIVE_SNAPSHOT=1 tsx bench/plan-routes.ts <out.json>` — writes every route's page-data hash
 * (scripts/incremental/page-data.ts) for the archive the content check last saved, as
 * `{ "<route> <key>": hash }`. Run by bench/scale-plan.ts once per archive it compares.
 */
import { writeFileSync } from 'node:fs';
import { routePageData } from '../scripts/incremental/page-data';

const out = process.argv[2];
if (!out) throw new Error('usage: tsx bench/plan-routes.ts <out.json>');
const routes = Object.fromEntries((await routePageData()).map((r) => [`${r.route} ${r.key}`, r.hash]));
writeFileSync(out, JSON.stringify(routes));
