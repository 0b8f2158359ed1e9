/**
 * `tsx scripts/make-paged-fixture.ts <dir> [count]` — writes a synthetic content folder big
 * enough for every list to paginate (default 130 stories), to run the reader's browser tests
 * against many static pages:
 *
 *   tsx scripts/make-paged-fixture.ts /tmp/paged
 *   CONTENT_DIR=/tmp/paged NEXT_DIST_DIR=out-paged npx next build
 *   E2E_EXPORT_DIR=out-paged CONTENT_DIR=/tmp/paged npx vitest run --config vitest.e2e.config.ts tests/e2e/reader-
 *
 * Bodies are long lines taken from content/articles in turn; each story gets its own headline
 * and a day-precise dateline spread over twelve years. Story 5 is renamed by a sidecar, so its
 * old URL must become a redirect page.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { monthNameIn } from '../lib/content/dates/month-names';

const [dir, countArg] = process.argv.slice(2);
if (!dir) throw new Error('usage: tsx scripts/make-paged-fixture.ts <dir> [count]');
const count = Number(countArg ?? 130);
const source = 'content/articles';

const bodies = readdirSync(source)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((n) => readFileSync(path.join(source, n), 'utf8').split('\n').filter((l) => l.trim().length > 80).slice(0, 4).join('\n\n'));

mkdirSync(path.join(dir, 'articles'), { recursive: true });
copyFileSync('content/entities.yaml', path.join(dir, 'entities.yaml'));
for (let i = 0; i < count; i++) {
  const dateline = `${monthNameIn('en', 1 + (i % 12))} ${1 + (i % 27)}, ${2010 + (i % 12)}`;
  const text = `Synthetic story number ${i} about Belarus and Ukraine\n\n${dateline}\n\n${bodies[i % bodies.length]}\n`;
  writeFileSync(path.join(dir, 'articles', `${String(i).padStart(3, '0')}_fx.txt`), text);
}
writeFileSync(
  path.join(dir, 'articles', '005_fx.meta.json'),
  JSON.stringify({ slug: { value: 'renamed-story-five', evidence: 'renamed by the editor' }, previousSlugs: ['synthetic-story-number-5-about-belarus-and-ukraine'] }, null, 2),
);
console.log(`wrote ${count} stories to ${dir}`);
