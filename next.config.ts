import { availableParallelism } from 'node:os';
import type { NextConfig } from 'next';

/** Next's phase name for `next dev` (the value of PHASE_DEVELOPMENT_SERVER in next/constants). */
const DEVELOPMENT_SERVER = 'phase-development-server';

export default function nextConfig(phase: string): NextConfig {
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
