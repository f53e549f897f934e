import type { Worker } from 'node:worker_threads';
import { AppFailure } from '../appFailure';
import { spawnWorker } from '../workers/spawnWorker';
import type {
  DictionaryCall,
  DictionaryCalls,
  DictionaryReply,
  DictionaryRequest,
} from './worker/protocol';

/** What the handlers need from the dictionary; tests pass an in-process DictionaryHost instead. */
export interface DictionaryLookup {
  call<K extends DictionaryCall>(
    kind: K,
    args: DictionaryCalls[K]['args'],
  ): Promise<DictionaryCalls[K]['result']>;
  close(): Promise<void>;
}

/**
 * The worker's entry: `./worker/dictionaryWorker.ts` beside this module from source; in the
 * Electron build the separate entry out/main/dictionaryWorker.js (see electron.vite.config.ts).
 */
export function defaultDictionaryWorkerFile(moduleUrl: string = import.meta.url): URL {
  const file = moduleUrl.endsWith('.ts') ? './worker/dictionaryWorker.ts' : './dictionaryWorker.js';
  return new URL(file, moduleUrl);
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * CC-CEDICT and the pinyin reader in a worker thread. `start` spawns it (after the library is
 * open); requests made before the data has loaded wait for it. A worker that dies fails the
 * requests it held, and the next request starts a fresh one.
 */
export class DictionaryService implements DictionaryLookup {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(
    private readonly generatedDir: string,
    private readonly workerFile: URL = defaultDictionaryWorkerFile(),
  ) {}

  /** Starts loading the dictionary in the background; calling it again does nothing. */
  start(): void {
    if (this.worker) return;
    const worker = spawnWorker(this.workerFile, { generatedDir: this.generatedDir });
    worker.unref();
    worker.on('message', (reply: DictionaryReply) => {
      const pending = this.pending.get(reply.id);
      if (!pending) return;
      this.pending.delete(reply.id);
      if (reply.ok) pending.resolve(reply.value);
      else pending.reject(new AppFailure(reply.code, reply.message));
    });
    const fail = (error: unknown) => {
      if (this.worker === worker) this.worker = null;
      for (const pending of this.pending.values()) {
        pending.reject(
          new AppFailure(
            'internal',
            `The dictionary stopped unexpectedly (${error instanceof Error ? error.message : String(error)}); try again.`,
          ),
        );
      }
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`exit code ${code}`)));
    this.worker = worker;
  }

  call<K extends DictionaryCall>(
    kind: K,
    args: DictionaryCalls[K]['args'],
  ): Promise<DictionaryCalls[K]['result']> {
    this.start();
    const worker = this.worker!;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      // Only pending requests keep the process alive, so a CLI run ends when its answer is in.
      worker.ref();
      worker.postMessage({ id, kind, args } as DictionaryRequest);
    }).finally(() => {
      if (this.pending.size === 0) worker.unref();
    }) as Promise<DictionaryCalls[K]['result']>;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }
}
