/**
 * A small worker_threads pool for the build scripts (the post-build page pass, the content check): one worker per core runs a TypeScript module
 * (through ts-worker.mjs), takes chunks of work one at a time, so workers that get quick chunks take
 * more and all finish together, and posts back each chunk's result. The first error in any worker
 * rejects the whole run (and stops the other workers) with that error's name and message.
 */
import { availableParallelism } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';

type Reply<R> = { ok: true; result: R } | { ok: false; name: string; message: string; stack?: string };

const BOOTSTRAP = new URL('./ts-worker.mjs', import.meta.url);

/** Splits `items` into chunks small enough that `workers` workers finish close together. */
export function chunksFor<T>(items: T[], workers: number, most = 32): T[][] {
  const size = Math.max(1, Math.min(most, Math.ceil(items.length / (workers * 8))));
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** Errors cross threads as plain data; this rebuilds one in the main thread with its name and message. */
function rebuilt(reply: Extract<Reply<unknown>, { ok: false }>): Error {
  const error = new Error(reply.message);
  error.name = reply.name;
  if (reply.stack) error.stack = reply.stack;
  return error;
}

/**
 * Runs every chunk through the module `entry` (which calls serveChunks) on `size` workers; results
 * come back in chunk order. Rejects on the first error a worker reports, throws or exits with.
 */
export function runInWorkers<T, R>(entry: URL, chunks: T[], size = availableParallelism()): Promise<R[]> {
  const results: R[] = new Array(chunks.length);
  const workers: Worker[] = [];
  const retired = new Set<Worker>();
  const retire = (worker: Worker) => {
    retired.add(worker);
    void worker.terminate();
  };
  let next = 0;
  let done = 0;
  return new Promise<R[]>((resolve, reject) => {
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      for (const w of workers) retire(w);
      reject(error);
    };
    const feed = (worker: Worker) => {
      if (next >= chunks.length) return retire(worker);
      const index = next++;
      worker.once('message', (reply: Reply<R>) => {
        if (!reply.ok) return fail(rebuilt(reply));
        results[index] = reply.result;
        if (++done === chunks.length) {
          for (const w of workers) retire(w);
          return resolve(results);
        }
        feed(worker);
      });
      worker.postMessage(chunks[index]);
    };
    if (chunks.length === 0) return resolve(results);
    for (let i = 0; i < Math.max(1, Math.min(size, chunks.length)); i++) {
      // execArgv [] : the worker registers tsx itself; inheriting the parent's loader flags would register it twice.
      const worker = new Worker(BOOTSTRAP, { workerData: { entry: entry.href }, execArgv: [] });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (!retired.has(worker)) fail(new Error(`a post-build worker (${entry.pathname}) exited with code ${code}`));
      });
      workers.push(worker);
      feed(worker);
    }
  });
}

/** Called by a worker module: answers each chunk the pool posts with `work(chunk)`, or with its error. */
export function serveChunks<T, R>(work: (chunk: T) => R): void {
  if (!parentPort) throw new Error('serveChunks must run in a worker started by runInWorkers');
  const port = parentPort;
  port.on('message', (chunk: T) => {
    try {
      port.postMessage({ ok: true, result: work(chunk) } satisfies Reply<R>);
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      port.postMessage({ ok: false, name: e.name, message: e.message, stack: e.stack } satisfies Reply<R>);
    }
  });
}
