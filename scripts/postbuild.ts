/**
 * Steps run over the static export after `next build`, in this order. Adding a step is one
 * line; each step lives in its own module under scripts/postbuild/. `npm run build`
 * (scripts/build.ts) runs them with the card list its content check saved; `tsx
 * scripts/postbuild.ts` runs them alone over an existing export, listing the cards itself.
 */
import { pathToFileURL } from 'node:url';
import { exportDir } from './postbuild/export-dir';
import { writeMovedPages } from './postbuild/moved-pages';
import { buildSearchIndex } from './postbuild/pagefind';
import { writeShareCards } from './postbuild/share-cards';
import { removeClientRuntime } from './postbuild/zero-js';

type Step = { name: string; run: (exportDir: string) => string | void | Promise<string | void> };

/** The post-build steps; `shareCards` renders the share cards into the export, `moved` writes the moved pages. */
export function postbuildSteps(shareCards: Step['run'] = writeShareCards, moved: Step['run'] = writeMovedPages): Step[] {
  return [
    // Rewrites every page once: Next's runtime out, the page's Content-Security-Policy in. Any later
    // step that edits HTML would break the policy's hashes; the steps after it only add files or read pages.
    { name: 'zero-js+csp', run: removeClientRuntime },
    // Cards only write /og/ files and Pagefind only reads pages, so they run together: Pagefind
    // indexes on one core while the cards keep both busy (~25 s saved at 10,000 stories).
    {
      name: 'share-cards & pagefind',
      run: async (dir) => {
        const [cards, index] = await Promise.all([shareCards(dir), buildSearchIndex(dir)]);
        const languages = Object.entries(index.languages).map(([lang, n]) => `${lang} ${n}`).join(', ');
        return `${cards ?? 'share cards done'}; ${index.pages} story pages indexed in ${index.bundles} bundles (${languages})`;
      },
    },
    // Last: the moved pages are fixed documents with their own policy, neither stripped nor indexed.
    { name: 'moved pages', run: moved },
  ];
}

/** Runs `steps` over the export in `dir`, logging one line per step. */
export async function runPostbuild(dir: string, steps: Step[] = postbuildSteps()): Promise<void> {
  for (const step of steps) {
    const started = performance.now();
    const summary = await step.run(dir);
    console.log(`postbuild ${step.name}: ${summary ?? 'done'} (${Math.round(performance.now() - started)} ms)`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runPostbuild(exportDir());
