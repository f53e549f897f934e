import { EventEmitter } from 'node:events';
import type { IndexHost } from './indexHost';
import type { RequestMessage, SearchThread, SearchWorkerConfig, WorkerMessage } from './protocol';

/**
 * The search index on the calling thread, speaking the worker's messages. For one-shot CLI
 * commands, where nothing else waits on the event loop, starting a thread and loading the search
 * code a second time there costs more than the search itself. The index code is loaded with the
 * first message, so a command that never searches never loads it.
 */
export class InThreadSearchWorker extends EventEmitter implements SearchThread {
  private host: Promise<IndexHost> | null = null;
  private terminated = false;
  /** Requests being handled; terminate waits for them, so none starts a save after it. */
  private readonly handling = new Set<Promise<void>>();

  constructor(private readonly config: SearchWorkerConfig) {
    super();
  }

  postMessage(message: RequestMessage): void {
    if (this.terminated) return;
    this.host ??= import('./indexHost').then(
      ({ IndexHost }) => new IndexHost(this.config, (status) => this.deliver(status)),
    );
    // Requests are handled in the order they were posted, as a worker's port would; none that
    // was still waiting for the index code when terminate came is handled at all.
    const handled = this.host.then(async (host) => {
      if (!this.terminated) this.deliver(await host.handle(message));
    });
    this.handling.add(handled);
    void handled.finally(() => this.handling.delete(handled));
  }

  // Nothing to keep alive or let go: pending work is promises on this thread.
  ref(): void {}
  unref(): void {}

  async terminate(): Promise<number> {
    this.terminated = true;
    await Promise.allSettled(this.handling);
    (await this.host)?.dispose();
    return 0;
  }

  /** Messages arrive on a later turn, as from a thread, never inside the caller's postMessage. */
  private deliver(message: WorkerMessage): void {
    setImmediate(() => {
      if (!this.terminated) this.emit('message', message);
    });
  }
}
