import { availableParallelism } from 'node:os';
import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  // Lets a test build a fixture archive into its own folders without touching the real export.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  experimental: {
    // Next's default is one static-generation worker per core minus one, to spare a core for
    // the main process; that is a single worker on a 2-core machine, yet the main process
    // only waits while pages render. One worker per core builds the archive about twice as
    // fast there (measured in docs/scale.md). NEXT_BUILD_CPUS overrides it for measuring.
    cpus: Number(process.env.NEXT_BUILD_CPUS) || availableParallelism(),
  },
};

export default nextConfig;
