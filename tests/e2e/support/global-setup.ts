/**
 * Serves the export (out/, or E2E_EXPORT_DIR) with nginx for the whole e2e run and hands the base
 * URL to the tests: `inject('baseUrl')`.
 */
import type { TestProject } from 'vitest/node';
import { serveWithNginx } from './nginx';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    exportDir: string;
  }
}

export default async function setup(project: TestProject) {
  const exportDir = process.env.E2E_EXPORT_DIR ?? 'out';
  const site = await serveWithNginx(exportDir);
  project.provide('baseUrl', site.baseUrl);
  project.provide('exportDir', exportDir);
  return () => site.stop();
}
