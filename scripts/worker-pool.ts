/**
 * The build scripts' worker pool (the post-build page pass, the content check), on tinypool: one
 * thread per core runs a TypeScript module (through ts-worker.mjs) whose default export does one
 * chunk of work; a free thread takes the next chunk, so threads that get quick chunks take more and
 * all finish together. The first error in any chunk rejects the whole run, and the pool is torn down.
 */
import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import { z } from 'zod';

const BOOTSTRAP = new URL('./ts-worker.mjs', import.meta.url);

/** Splits `items` into chunks small enough that `workers` workers finish close together. */
export function chunksFor<T>(items: T[], workers: number, most = 32): T[][] {
  const size = Math.max(1, Math.min(most, Math.ceil(items.length / (workers * 8))));
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** What ts-worker.mjs throws across the thread boundary in place of a task's error. */
const taskError = z.object({ taskError: z.literal(true), name: z.string(), message: z.string(), stack: z.string().optional() });

/** A task's error rebuilt in the main thread with its own name and message; anything else as it came. */
function rebuilt(thrown: unknown): unknown {
  const parsed = taskError.safeParse(thrown);
  if (!parsed.success) return thrown;
  const error = new Error(parsed.data.message);
  error.name = parsed.data.name;
  if (parsed.data.stack) error.stack = parsed.data.stack;
  return error;
}

/**
 * Runs every chunk through the default export of the module `entry` on `size` threads; results
 * come back in chunk order. Rejects with the first error a chunk throws (name and message kept).
 */
export async function runInWorkers<T, R>(entry: URL, chunks: T[], size = availableParallelism()): Promise<R[]> {
  if (chunks.length === 0) return [];
  const threads = Math.max(1, Math.min(size, chunks.length));
  // execArgv []: the thread registers tsx itself; inheriting the parent's loader flags would register it twice.
  const pool = new Tinypool({ filename: BOOTSTRAP.href, minThreads: threads, maxThreads: threads, execArgv: [] });
  try {
    const results: R[] = await Promise.all(chunks.map((chunk) => pool.run({ entry: entry.href, chunk })));
    return results;
  } catch (error) {
    throw rebuilt(error);
  } finally {
    await pool.destroy();
  }
}
