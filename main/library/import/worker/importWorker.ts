import { parentPort } from 'node:worker_threads';
import { prepareImportFile } from '../prepareImportFile';
import type { PrepareReply, PrepareRequest } from './protocol';

// Entry point of the import worker thread: decoding and parsing of imported files happen here,
// off the thread that answers the window, the CLI and `yuedu serve`.

if (!parentPort) throw new Error('importWorker must run in a worker thread');
const port = parentPort;

port.on('message', ({ id, name, bytes }: PrepareRequest) => {
  let reply: PrepareReply;
  try {
    reply = { id, ok: true, file: prepareImportFile(name, bytes) };
  } catch (error) {
    reply = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
