import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  // Lets a test build a fixture archive into its own folders without touching the real export.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
};

export default nextConfig;
