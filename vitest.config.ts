import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Tests never read the live content/ folder: lib/content/index.ts reads this copy of the seeds instead.
    env: { CONTENT_DIR: 'tests/fixtures/seed-content' },
  },
});
