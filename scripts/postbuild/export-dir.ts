/**
 * Where `next build` wrote the static export. Under `output: 'export'`, Next 16 treats a custom
 * `distDir` (next.config.ts takes it from NEXT_DIST_DIR) as the export destination and keeps its
 * build artifacts in .next; without one the export goes to out/.
 */
export function exportDir(): string {
  const distDir = process.env.NEXT_DIST_DIR;
  return distDir && distDir !== '.next' ? distDir : 'out';
}
