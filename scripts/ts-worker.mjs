// Entry of every worker_threads worker worker-pool.ts starts: registers tsx in the new thread (Node 20
// does not carry the parent's `--import tsx` loader into workers), then loads the TypeScript module
// named in workerData.entry. Plain JavaScript because nothing can load TypeScript before this runs.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
