import { parentPort, workerData } from 'node:worker_threads';
import { IndexHost } from './indexHost';
import type { RequestMessage, SearchWorkerConfig, WorkerMessage } from './protocol';

// Entry point of the search worker thread: the index lives here, off the main process's event loop.

if (!parentPort) throw new Error('searchWorker must run in a worker thread');
const port = parentPort;
const post = (message: WorkerMessage) => port.postMessage(message);
const host = new IndexHost(workerData as SearchWorkerConfig, post);

port.on('message', (message: RequestMessage) => {
  void host.handle(message).then(post);
});
