import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { NextConfig } from 'next';

/** Next's phase name for `next dev` (the value of PHASE_DEVELOPMENT_SERVER in next/constants). */
const DEVELOPMENT_SERVER = 'phase-development-server';

/**
 * Next's module that writes each route's per-segment prefetch data (`.segments/*.txt`), the one
 * Turbopack bundles into the server. For every route Next decodes the whole RSC payload again and
 * encodes each segment once more: ~20% of a static-generation worker's CPU, for files a client
 * router would fetch. This site ships no client router and the post-build deletes them
 * (scripts/postbuild/zero-js.ts), so patches/next+16.4.6.patch (applied by patch-package from
 * `postinstall`) makes the function return no segments unless NEXT_SEGMENT_DATA=1 (for measuring
 * and comparing exports). The export is the same bytes either way.
 */
const SEGMENT_DATA_MODULE = 'next/dist/esm/server/app-render/collect-segment-data.js';
/** The line the patch adds; its absence means the patch was not applied. */
const SEGMENT_DATA_PATCH = "if (process.env.NEXT_SEGMENT_DATA !== '1') return undefined;";

/** Fails the build, naming the file, when the installed Next lacks the segment-data patch. */
function assertSegmentDataPatched(): void {
  const file = createRequire(path.join(process.cwd(), 'package.json')).resolve(SEGMENT_DATA_MODULE);
  if (readFileSync(file, 'utf8').includes(SEGMENT_DATA_PATCH)) return;
  throw new Error(`${file} lacks the patch in patches/ (patch-package, run by npm install's postinstall): run npm install, or remake the patch for this Next version`);
}

export default function nextConfig(phase: string): NextConfig {
  assertSegmentDataPatched();
  return {
    output: 'export',
    trailingSlash: true,
    images: { unoptimized: true },
    // `route.dev.ts` files are routes only in the dev server: share cards, which the build writes
    // as files after the export (app/og/[...card]/route.dev.ts).
    pageExtensions: phase === DEVELOPMENT_SERVER ? ['dev.ts', 'tsx', 'ts'] : ['tsx', 'ts'],
    // Lets a test build a fixture archive into its own folders without touching the real export.
    distDir: process.env.NEXT_DIST_DIR ?? '.next',
    // An incremental build (scripts/incremental/) runs only on code identical to that of a finished
    // build, which was type-checked (a cold build always is), so it skips the ~40 s check.
    typescript: { ignoreBuildErrors: process.env.INCREMENTAL_BUILD === '1' },
    // Next starts its static-generation workers with Node's source maps on, so every chunk they load
    // has its map read and cached (~2 s of CPU a worker, a tenth of an incremental build's worker time
    // at 2,000 stories). The pages are the same bytes without; only a prerender error's stack trace
    // points into the bundled chunk instead of the source (the content's own errors name the file).
    enablePrerenderSourceMaps: false,
    experimental: {
      // Next's default is one static-generation worker per core minus one, to spare a core for
      // the main process; that is a single worker on a 2-core machine, yet the main process
      // only waits while pages render. One worker per core builds the archive about twice as
      // fast there (measured in docs/scale.md). NEXT_BUILD_CPUS overrides it for measuring.
      cpus: Number(process.env.NEXT_BUILD_CPUS) || availableParallelism(),
      // Prefetch inlining measures, for every route, how large each segment's prefetch response
      // would be gzipped (it decodes the page's RSC payload and encodes and gzips every segment
      // once more) to decide which segments a client router fetches together. A static export
      // without a client router has no use for it: the post-build deletes the RSC payloads and
      // the router's scripts (scripts/postbuild/zero-js.ts), so the exported pages are the same
      // bytes and each route costs less CPU (docs/scale.md, "Where a dense story's CPU goes").
      // NEXT_PREFETCH_INLINING=1 restores Next's default, for measuring and comparing exports.
      prefetchInlining: process.env.NEXT_PREFETCH_INLINING === '1',
    },
  };
}
