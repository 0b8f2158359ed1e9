import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

/** Browser and site tests: run against the built export, served by nginx with deploy/nginx.conf. */
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    // The tests check the export of whatever the build published: `npm test` builds with
    // CONTENT_STRICT=0, so the archive they read in-process must not stop on a rejected file
    // either (tests/e2e/content-accounted.test.ts checks that each one is listed with its reason).
    env: { CONTENT_STRICT: '0' },
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    // One Chromium and one nginx at a time on a 2-core machine.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
