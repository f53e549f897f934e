import { parentPort, workerData } from 'node:worker_threads';
import { AppFailure } from '../../appFailure';
import { DictionaryHost } from '../dictionaryHost';
import type { DictionaryReply, DictionaryRequest, DictionaryWorkerConfig } from './protocol';

// Entry point of the dictionary worker thread: CC-CEDICT and the pinyin reader live here, off the
// main process's event loop, so loading them never delays the library or the window.

if (!parentPort) throw new Error('dictionaryWorker must run in a worker thread');
const port = parentPort;
const host = new DictionaryHost((workerData as DictionaryWorkerConfig).generatedDir);

port.on('message', (request: DictionaryRequest) => {
  host.handle(request).then(
    (value) => port.postMessage({ id: request.id, ok: true, value } satisfies DictionaryReply),
    (error: unknown) =>
      port.postMessage({
        id: request.id,
        ok: false,
        code: error instanceof AppFailure ? error.code : 'internal',
        message: error instanceof Error ? error.message : String(error),
      } satisfies DictionaryReply),
  );
});
