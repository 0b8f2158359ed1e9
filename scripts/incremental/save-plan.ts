/**
 * The build plan: this build's manifest (code version, gazetteer, every route's page data, moved
 * pages, share cards), diffed with the previous build's (plan.ts), saved with the render set for
 * `next build`. Run by the content check right after it compiles (`content-check.ts --build --plan`),
 * on the archive it holds, or alone by plan-build.ts on the snapshot.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '@/lib/content/content-folder';
import { readGazetteerFile } from '@/lib/content/source/read-folder';
import { bytesHash } from '@/lib/content/store/compile-cache';
import { readMovedPageList } from '@/lib/moved-pages';
import { readCardList } from '@/lib/og/cards';
import { PARAM_ROUTES, type ParamRoute } from '@/lib/render-set';
import { writeFileAtomic } from '@/lib/write-atomic';
import { cardKey, rendererFingerprint } from '../postbuild/share-card-cache';
import { codeVersion } from './code-version';
import { readManifest, type Manifest } from './manifest';
import { routePageData } from './page-data';
import { planBuild, type Plan } from './plan';
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

/** Plans the build into `exportDir` and saves the plan (PLAN_FILE) and the render set (RENDER_SET_FILE); says what it planned on stderr. */
export async function savePlan(exportDir: string): Promise<Plan> {
  const started = performance.now();
  const plan = planBuild(readManifest(), await currentManifest(exportDir), existsSync(path.join(exportDir, 'index.html')));
  writeFileAtomic(PLAN_FILE, JSON.stringify(plan));
  writeFileAtomic(RENDER_SET_FILE, JSON.stringify(plan.render));
  console.error(`incremental: ${plan.mode} (${plan.reason}); planned in ${Math.round(performance.now() - started)} ms`);
  return plan;
}
