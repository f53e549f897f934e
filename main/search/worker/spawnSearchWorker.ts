import type { Worker } from 'node:worker_threads';
import { spawnWorker } from '../../workers/spawnWorker';
import type { SearchWorkerConfig } from './protocol';

/** Starts the search worker from its file (the bundled `.js`, or the `.ts` source through tsx). */
export function spawnSearchWorker(file: URL, config: SearchWorkerConfig): Worker {
  return spawnWorker(file, config);
}
