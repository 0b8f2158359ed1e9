/**
 * Bundles enhance/ (the site's progressive-enhancement script) with esbuild into one minified
 * ES module, named by a hash of its content so it can be cached as immutable alongside Next's
 * own hashed assets under /_next/static/.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

export const ENHANCE_ENTRY = 'enhance/index.ts';

/** Writes the bundle into `exportDir` and returns its URL path (e.g. `/_next/static/enhance/enhance.1a2b….js`). */
export async function writeEnhanceBundle(exportDir: string): Promise<{ urlPath: string; bytes: number }> {
  const result = await build({
    entryPoints: [ENHANCE_ENTRY],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2020',
    platform: 'browser',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents;
  if (!code) throw new Error(`esbuild wrote nothing for ${ENHANCE_ENTRY}`);
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const urlPath = `/_next/static/enhance/enhance.${hash}.js`;
  const file = path.join(exportDir, urlPath);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, code);
  return { urlPath, bytes: code.length };
}
