// The task module of every tinypool worker worker-pool.ts starts: registers tsx in the new thread
// (Node 20 does not carry the parent's `--import tsx` loader into workers), then runs each task
// through the default export of the TypeScript module the task names, imported once per thread.
// Plain JavaScript because nothing can load TypeScript before this runs.
import { register } from 'tsx/esm/api';

register();

/** Imported task modules by URL: each thread loads a module once, however many chunks it runs. */
const modules = new Map();

export default async function runTask({ entry, chunk }) {
  let loaded = modules.get(entry);
  if (!loaded) {
    loaded = import(entry);
    modules.set(entry, loaded);
  }
  const { default: work } = await loaded;
  try {
    return await work(chunk);
  } catch (error) {
    // Structured cloning keeps only the built-in error names; send the parts so the pool can rebuild it as thrown.
    const e = error instanceof Error ? error : new Error(String(error));
    throw { taskError: true, name: e.name, message: e.message, stack: e.stack };
  }
}
