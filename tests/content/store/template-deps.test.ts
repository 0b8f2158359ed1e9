/**
 * The site masthead's template lookups (extract/outlet-template.ts) are recorded with a compile
 * (store/template-deps.ts): a file whose outlet rests on the count of files a line tops is compiled again
 * when that count changes, and the archive is the one a cold compile gives. Pages and sites are made up.
 */
import { describe, expect, it } from 'vitest';
import { assembleArchive, compileArchive, sourcesOf } from '@/lib/content/archive';
import type { SourceFile } from '@/lib/content/source/read-folder';
import { CompileCache, compileWithCache } from '@/lib/content/store/compile-cache';

const enc = new TextEncoder();
const file = (name: string, text: string): SourceFile => ({ path: `content/articles/${name}.txt`, bytes: enc.encode(text) });
const STORIES = [
  ['The harbour gets a new pilot boat', 'The harbour board took delivery of a faster pilot boat on Tuesday, replacing one built more than thirty years ago.'],
  ['Allotment waiting list grows longer', 'More than two hundred families are now waiting for an allotment, twice as many as five years ago, the council said.'],
  ['The old cinema will reopen in May', 'A group of volunteers has raised enough money to repair the roof of the old cinema and plans to show films again.'],
  ['Bus route to the hospital restored', 'The bus company has restored the direct route to the hospital after patients complained about changing buses in town.'],
];
/** Story `i` of the made-up site, with `top` lines over its headline and `bottom` lines under its paragraph. */
const story = (i: number, top: string[], bottom: string[] = []) => file(`s${i}`, [...top, '', STORIES[i]![0], '', STORIES[i]![1], '', ...bottom, ''].join('\n'));

/** Compiles `files` through `cache`, returning the archive and how many files were taken from it and compiled. */
function viaCache(files: SourceFile[], cache: CompileCache) {
  const before = { ...cache.stats };
  const archive = assembleArchive(files, null, compileWithCache(sourcesOf(files), cache));
  return { archive, hits: cache.stats.hits - before.hits, misses: cache.stats.misses - before.misses };
}
const outletsOf = (archive: ReturnType<typeof compileArchive>) => archive.articles.map((a) => a.outlet?.value ?? null);

describe('the site masthead and the incremental compile', { timeout: 60_000 }, () => {
  it('recompiles the others when an added file makes the masthead the top of three files', () => {
    const cache = new CompileCache();
    const two = [story(0, ['Saltmarsh Herald']), story(1, ['Saltmarsh Herald'])];
    const first = viaCache(two, cache);
    expect(outletsOf(first.archive)).toEqual([null, null]);
    const three = [...two, story(2, ['Saltmarsh Herald'])];
    const grown = viaCache(three, cache);
    expect(grown).toMatchObject({ hits: 0, misses: 3 });
    expect(outletsOf(grown.archive)).toEqual(['Saltmarsh Herald', 'Saltmarsh Herald', 'Saltmarsh Herald']);
    expect(grown.archive).toEqual(compileArchive(three, null));
  });

  it('recompiles a file whose line only now tops three files, though the files it recurs in stay as many', () => {
    // The name is in four files throughout (two at the top, two at the bottom): the segmenter's answer for it
    // stays the same; the fourth file edited to open with it too makes it the top of three files.
    const cache = new CompileCache();
    const before = [story(0, ['Saltmarsh Herald']), story(1, ['Saltmarsh Herald']), story(2, ['Home'], ['Saltmarsh Herald']), story(3, ['Home'], ['Saltmarsh Herald'])];
    expect(outletsOf(viaCache(before, cache).archive)).toEqual([null, null, null, null]);
    const after = [...before.slice(0, 3), story(3, ['Saltmarsh Herald'])];
    const edited = viaCache(after, cache);
    // The two files that open with the name are compiled again (their outlet rests on the count), and the edited one; the third is reused.
    expect(edited).toMatchObject({ hits: 1, misses: 3 });
    expect(outletsOf(edited.archive).slice(0, 2)).toEqual(['Saltmarsh Herald', 'Saltmarsh Herald']);
    expect(edited.archive).toEqual(compileArchive(after, null));
  });
});
