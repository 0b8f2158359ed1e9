import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

/** Browser and site tests: run against the built export, served by nginx with deploy/nginx.conf. */
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    // One Chromium and one nginx at a time on a 2-core machine.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
