/**
 * What the e2e global setup serves: the nginx base URL and the export folder behind it.
 * Only for use inside the e2e run (it reads values the global setup provides).
 */
import path from 'node:path';
import { inject } from 'vitest';

const projectRoot = path.resolve(import.meta.dirname, '../../..');

/** The nginx base URL, e.g. `http://127.0.0.1:41234`. */
export function baseUrl(): string {
  return inject('baseUrl');
}

/** Absolute path of the served export (out/ unless E2E_EXPORT_DIR says otherwise). */
export function exportRoot(): string {
  return path.resolve(projectRoot, inject('exportDir'));
}
