import { describe, expect, it } from 'vitest';
import { chunksFor, runInWorkers } from '../scripts/worker-pool';

const TASK = new URL('./fixtures/worker-pool/double.ts', import.meta.url);

describe('runInWorkers', () => {
  it('runs every chunk through the TypeScript task module on threads and returns results in chunk order', async () => {
    const chunks = [[1, 2], [3], [4, 5, 6], [7], [8, 9]];
    await expect(runInWorkers<number[], number[]>(TASK, chunks, 2)).resolves.toEqual([[2, 4], [6], [8, 10, 12], [14], [16, 18]]);
  }, 60_000);

  it('rejects with the first failing chunk’s error, name and message kept', async () => {
    await expect(runInWorkers<number[], number[]>(TASK, [[1], [-3], [2]], 2)).rejects.toMatchObject({ name: 'RangeError', message: 'negative input -3' });
    await expect(runInWorkers<number[], number[]>(TASK, [[-1000]], 1)).rejects.toMatchObject({ name: 'TooSmall', message: 'far too small: -1000' });
  }, 60_000);

  it('resolves to nothing for no chunks', async () => {
    await expect(runInWorkers(TASK, [], 2)).resolves.toEqual([]);
  });
});

describe('chunksFor', () => {
  it('cuts items into about eight chunks per worker, capped at `most` items a chunk, keeping order', () => {
    const items = Array.from({ length: 100 }, (_, i) => i);
    const chunks = chunksFor(items, 2, 32);
    // ceil(100 / 16) = 7 items a chunk.
    expect(chunks.map((c) => c.length)).toEqual([7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 2]);
    expect(chunks.flat()).toEqual(items);
    expect(chunksFor(items, 1, 5).every((c) => c.length === 5)).toBe(true);
  });
});
