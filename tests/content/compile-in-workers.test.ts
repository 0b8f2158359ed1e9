import { describe, expect, it } from 'vitest';
import { compileArchive } from '@/lib/content/archive';
import { readContentFolder } from '@/lib/content/content-folder';
import { compileInWorkers } from '@/scripts/compile-in-workers';
import { SEED_CONTENT } from '../support/fixtures';

describe('compileInWorkers', () => {
  it('gives the archive compileArchive gives, compiled on two workers', async () => {
    const { files, gazetteer } = readContentFolder(SEED_CONTENT);
    const expected = compileArchive(files, gazetteer);
    expect(expected.articles.length).toBeGreaterThan(0);
    expect(await compileInWorkers(files, gazetteer, { workers: 2, minSources: 1 })).toEqual(expected);
  }, 60_000);

  it('compiles a small folder in this thread', async () => {
    const { files, gazetteer } = readContentFolder(SEED_CONTENT);
    expect(await compileInWorkers(files, gazetteer, { workers: 2, minSources: 1000 })).toEqual(compileArchive(files, gazetteer));
  }, 60_000);
});
