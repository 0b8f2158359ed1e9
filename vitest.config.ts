import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Timeouts guard against hangs, not speed (speed is measured in `npm run bench:*`): a test whose first
    // call compiles an archive takes 1–2 s on a quiet machine and 5–9 s on a loaded one.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Tests never read the live content/ folder: lib/content/index.ts reads this copy of the seeds instead.
    env: { CONTENT_DIR: 'tests/fixtures/seed-content' },
  },
});
