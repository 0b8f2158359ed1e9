/**
 * `tsx scripts/incremental/plan-build.ts <exportDir>` — run by `npm run build` after the content
 * check, with ARCHIVE_SNAPSHOT=1 so it reads the archive the check saved. Computes this build's
 * manifest (code version, gazetteer, every route's page data, moved pages, share cards), diffs it
 * with the previous build's (plan.ts) and saves the plan and the render set for `next build`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { contentDir, readGazetteerFile } from '@/lib/content/archive';
import { bytesHash } from '@/lib/content/store/compile-cache';
import { readMovedPageList } from '@/lib/moved-pages';
import { readCardList } from '@/lib/og/cards';
import { PARAM_ROUTES, type ParamRoute } from '@/lib/render-set';
import { writeFileAtomic } from '@/lib/write-atomic';
import { cardKey, rendererFingerprint } from '../postbuild/share-card-cache';
import { codeVersion } from './code-version';
import { readManifest, type Manifest } from './manifest';
import { routePageData } from './page-data';
import { planBuild } from './plan';
import { PLAN_FILE, RENDER_SET_FILE } from './plan-build-files';

/** This build's manifest, for the export folder `exportDir`. */
export async function currentManifest(exportDir: string): Promise<Manifest> {
  const gazetteer = readGazetteerFile(contentDir());
  const routes: Partial<Record<ParamRoute, Record<string, string>>> = Object.fromEntries(PARAM_ROUTES.map((r) => [r, {}]));
  for (const { route, key, hash } of await routePageData()) {
    const of = routes[route];
    if (of) of[key] = hash;
  }
  const fingerprint = rendererFingerprint();
  return {
    version: 1,
    exportDir: path.resolve(exportDir),
    codeVersion: codeVersion(),
    gazetteer: gazetteer ? bytesHash(gazetteer.bytes) : null,
    routes,
    moved: readMovedPageList().map((m) => m.from),
    cards: Object.fromEntries(readCardList().map((c) => [c.path, cardKey(c.card, fingerprint)])),
  };
}

const exportDir = process.argv[2];
if (!exportDir) throw new Error('usage: plan-build.ts <exportDir>');
const started = performance.now();
const plan = planBuild(readManifest(), await currentManifest(exportDir), existsSync(path.join(exportDir, 'index.html')));
writeFileAtomic(PLAN_FILE, JSON.stringify(plan));
writeFileAtomic(RENDER_SET_FILE, JSON.stringify(plan.render));
console.error(`incremental: ${plan.mode} (${plan.reason}); planned in ${Math.round(performance.now() - started)} ms`);
