/**
 * Steps run over the static export after `next build` (npm's `postbuild`), in this order.
 * Adding a step is one line; each step lives in its own module under scripts/postbuild/.
 */
import { addCspToPages } from './postbuild/csp';
import { exportDir } from './postbuild/export-dir';
import { buildSearchIndex } from './postbuild/pagefind';
import { writeShareCards } from './postbuild/share-cards';
import { removeClientRuntime } from './postbuild/zero-js';

type Step = { name: string; run: (exportDir: string) => string | void | Promise<string | void> };

const steps: Step[] = [
  { name: 'zero-js', run: removeClientRuntime },
  { name: 'share-cards', run: writeShareCards },
  {
    name: 'pagefind',
    run: async (dir) => {
      const { pages, languages } = await buildSearchIndex(dir);
      return `${pages} story pages indexed (${Object.entries(languages).map(([lang, n]) => `${lang} ${n}`).join(', ')})`;
    },
  },
  // Keep this last: it hashes each page's final inline scripts.
  { name: 'content-security-policy', run: addCspToPages },
];

const dir = exportDir();
for (const step of steps) {
  const started = performance.now();
  const summary = await step.run(dir);
  console.log(`postbuild ${step.name}: ${summary ?? 'done'} (${Math.round(performance.now() - started)} ms)`);
}
