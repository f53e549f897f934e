import type { Worker } from 'node:worker_threads';
import { spawnWorker } from '../../workers/spawnWorker';
import type { PreparedFile } from './prepareImportFile';
import type { PrepareReply, PrepareRequest } from './worker/protocol';

/** Thrown by `read` when its signal aborts: the file was not finished and nothing came of it. */
export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled.');
    this.name = 'ImportCancelled';
  }
}

/** Reads one file's articles; `ArticleImporter` takes any function of this shape (tests pass one). */
export type PrepareFile = (
  name: string,
  bytes: Uint8Array,
  signal?: AbortSignal,
) => Promise<PreparedFile>;

// A runaway file (or a parser bug) may use this much heap before the worker alone is stopped;
// the process, its other imports and the window go on.
const WORKER_HEAP_MB = 4096;

/**
 * The worker's entry file: `./worker/importWorker.ts` beside this module when running from
 * source; in the Electron build this module is bundled into out/main/index.js and the worker is
 * the separate entry out/main/importWorker.js (see electron.vite.config.ts).
 */
export function defaultImportWorkerFile(moduleUrl: string = import.meta.url): URL {
  const file = moduleUrl.endsWith('.ts') ? './worker/importWorker.ts' : './importWorker.js';
  return new URL(file, moduleUrl);
}

interface Pending {
  resolve: (file: PreparedFile) => void;
  reject: (error: unknown) => void;
}

/**
 * Decodes and parses imported files in a worker thread, one file at a time. The worker starts on
 * the first file and stays for the next; cancelling terminates it at once, even in the middle of
 * a huge file, and the next read starts a fresh one. A worker that dies (out of memory on a
 * hostile file) fails only the file it held.
 */
export class ImportFileReader {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly workerFile: URL = defaultImportWorkerFile(),
    private readonly spawn: (file: URL) => Worker = (file) =>
      spawnWorker(file, null, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } }),
  ) {}

  /** The function to hand to `ArticleImporter`. */
  readonly read: PrepareFile = (name, bytes, signal) => {
    const result = this.queue.then(() => this.readNow(name, bytes, signal));
    this.queue = result.catch(() => undefined);
    return result;
  };

  /** Stops the worker; a read in progress fails as cancelled. */
  async close(): Promise<void> {
    await this.stop(new ImportCancelled());
  }

  private readNow(name: string, bytes: Uint8Array, signal?: AbortSignal): Promise<PreparedFile> {
    if (signal?.aborted) return Promise.reject(new ImportCancelled());
    const worker = this.ensureWorker();
    const id = this.nextId++;
    // A copy the worker may own, so the caller's buffer (perhaps from Node's shared pool) stays.
    const owned = bytes.slice();
    return new Promise<PreparedFile>((resolve, reject) => {
      const onAbort = () => void this.stop(new ImportCancelled());
      signal?.addEventListener('abort', onAbort, { once: true });
      const settle = () => {
        signal?.removeEventListener('abort', onAbort);
        this.pending.delete(id);
        if (this.pending.size === 0) this.worker?.unref();
      };
      this.pending.set(id, {
        resolve: (file) => {
          settle();
          resolve(file);
        },
        reject: (error) => {
          settle();
          reject(error);
        },
      });
      worker.ref();
      const request: PrepareRequest = { id, name, bytes: owned };
      worker.postMessage(request, [owned.buffer]);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = this.spawn(this.workerFile);
    this.worker = worker;
    worker.unref();
    worker.on('message', (reply: PrepareReply) => {
      const pending = this.pending.get(reply.id);
      if (!pending) return;
      if (reply.ok) pending.resolve(reply.file);
      else pending.reject(new Error(reply.error));
    });
    // An uncaught error (or running out of memory) is followed by 'exit'.
    worker.on('error', () => undefined);
    worker.on('exit', (code) => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.failPending(
        new Error(`the file reader stopped (${code === 1 ? 'out of memory or a crash' : code})`),
      );
    });
    return worker;
  }

  private async stop(reason: Error): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.failPending(reason);
    await worker?.terminate();
  }

  private failPending(error: Error): void {
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const { reject } of pending) reject(error);
  }
}
