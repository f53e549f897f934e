import type { Article } from '../../shared/model/article';
import type { SearchHit, SearchStatus } from '../../shared/model/search';
import { AppFailure } from '../appFailure';
import type {
  RequestMessage,
  SearchRequests,
  SearchRequestType,
  SearchThread,
  SearchWorkerConfig,
  TextRange,
  WorkerMessage,
} from './worker/protocol';
import { spawnSearchWorker } from './worker/spawnSearchWorker';

/** Wait after the last add or remove before the worker saves the index. */
const DEFAULT_PERSIST_DELAY_MS = 2_000;
/** How long `close()` waits for unsaved changes to be written before it stops the worker anyway. */
const DEFAULT_CLOSE_TIMEOUT_MS = 10_000;
/** Crashes tolerated within CRASH_WINDOW_MS before search gives up instead of restarting again. */
const MAX_RESTARTS = 3;
const CRASH_WINDOW_MS = 60_000;

export interface SearchServiceOptions {
  /** The build-time index of the bundled articles; null to always build. */
  bundledIndexPath: string | null;
  /** Where to keep the index once the library holds imported articles; null to never save it. */
  persistPath: string | null;
  persistDelayMs?: number;
  closeTimeoutMs?: number;
  /** The worker's entry file; defaults to the one beside this module (source or bundle). */
  workerFile?: URL;
  /** Starts a worker; tests wrap it to reach the thread. */
  spawn?: (file: URL, config: SearchWorkerConfig) => SearchThread;
  /**
   * Open the index only when the first request arrives: a one-shot CLI command that never
   * searches (`yuedu list`) then starts no thread and loads no index at all.
   */
  launchOnFirstRequest?: boolean;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  /** Whether the caller awaits the answer, so the process must stay alive for it. */
  awaited: boolean;
}

/**
 * The worker's entry file: `./worker/searchWorker.ts` beside this module when running from source;
 * in the Electron build this module is bundled into out/main/index.js and the worker is the
 * separate entry out/main/searchWorker.js (see electron.vite.config.ts).
 */
export function defaultSearchWorkerFile(moduleUrl: string = import.meta.url): URL {
  const file = moduleUrl.endsWith('.ts') ? './worker/searchWorker.ts' : './searchWorker.js';
  return new URL(file, moduleUrl);
}

/**
 * The main process's handle on search. The index lives in a worker thread, so building, loading,
 * updating and querying it never block the main event loop; requests travel as messages with ids
 * and failures come back as values. A crashed worker is restarted with the current library, and
 * the requests it held fail with a clear message. Queries sent before the index is ready wait for
 * it (the UI shows "indexing…" from `status()`), so the CLI simply gets its answer a bit later.
 */
export class SearchService {
  private worker: SearchThread | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private readonly bundled = new Map<string, Article>();
  private readonly imported = new Map<string, Article>();
  private workerStatus: SearchStatus = { ready: false, indexedArticles: 0, totalArticles: 0 };
  private unsaved = false;
  /** Adds and removes sent to the worker and not answered yet. */
  private changesInFlight = 0;
  private crashes: number[] = [];
  private started = false;
  private launched = false;
  private closed = false;
  private broken: string | null = null;

  constructor(private readonly options: SearchServiceOptions) {}

  /** Starts loading or building the index in the worker; returns at once. */
  start(bundled: readonly Article[], imported: readonly Article[] = []): void {
    if (this.started) throw new Error('SearchService.start was called twice');
    this.started = true;
    for (const article of bundled) this.bundled.set(article.id, article);
    for (const article of imported) this.imported.set(article.id, article);
    if (!this.options.launchOnFirstRequest) this.launch();
  }

  /** Whether search is ready; before it is, the UI says "indexing…". */
  status(): SearchStatus {
    const total = this.bundled.size + this.imported.size;
    const current = this.changesInFlight === 0 && this.workerStatus.totalArticles === total;
    return {
      ready: this.broken === null && current && this.workerStatus.ready,
      indexedArticles: Math.min(this.workerStatus.indexedArticles, total),
      totalArticles: total,
    };
  }

  /** Articles containing every term, best first; waits for the index if it is still loading. */
  search(query: string, limit?: number): Promise<SearchHit[]> {
    return this.request('search', limit === undefined ? { query } : { query, limit });
  }

  /** Every match of the query in one article, in text order. */
  inArticle(articleId: string, query: string): Promise<TextRange[]> {
    return this.request('inArticle', { articleId, query });
  }

  /** Indexes imported articles (replacing any with the same id); answers once they are searchable. */
  async add(articles: readonly Article[]): Promise<SearchStatus> {
    for (const article of articles) {
      this.bundled.delete(article.id);
      this.imported.set(article.id, article);
    }
    return this.change(() => this.request('add', { articles: [...articles] }));
  }

  /** Takes articles out of the index. */
  async remove(ids: readonly string[]): Promise<SearchStatus> {
    for (const id of ids) {
      this.bundled.delete(id);
      this.imported.delete(id);
    }
    return this.change(() => this.request('remove', { ids: [...ids] }));
  }

  /** Writes unsaved index changes now, then stops the worker; the process is free to exit. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const worker = this.worker;
    if (worker && (this.unsaved || this.changesInFlight > 0)) {
      await this.withTimeout(
        this.send(worker, 'flush', {}, true),
        this.options.closeTimeoutMs ?? DEFAULT_CLOSE_TIMEOUT_MS,
      ).catch(() => undefined);
    }
    this.failPending('Search is closed.');
    this.worker = null;
    await worker?.terminate();
  }

  private async change(send: () => Promise<SearchStatus>): Promise<SearchStatus> {
    this.changesInFlight++;
    try {
      return await send();
    } finally {
      this.changesInFlight--;
    }
  }

  private request<T extends SearchRequestType>(
    type: T,
    args: SearchRequests[T]['args'],
  ): Promise<SearchRequests[T]['reply']> {
    if (this.closed) return Promise.reject(new AppFailure('internal', 'Search is closed.'));
    if (this.broken !== null) return Promise.reject(new AppFailure('internal', this.broken));
    if (this.started && !this.launched) this.launch();
    if (!this.worker) {
      return Promise.reject(new AppFailure('internal', 'Search has not been started.'));
    }
    return this.send(this.worker, type, args, true);
  }

  private send<T extends SearchRequestType>(
    worker: SearchThread,
    type: T,
    args: SearchRequests[T]['args'],
    awaited = false,
  ): Promise<SearchRequests[T]['reply']> {
    const id = this.nextId++;
    const message = { id, type, args } as RequestMessage;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, awaited });
      this.updateRef();
      worker.postMessage(message);
    });
  }

  private launch(): void {
    this.launched = true;
    const config: SearchWorkerConfig = {
      bundledIndexPath: this.options.bundledIndexPath,
      persistPath: this.options.persistPath,
      persistDelayMs: this.options.persistDelayMs ?? DEFAULT_PERSIST_DELAY_MS,
    };
    const spawn = this.options.spawn ?? spawnSearchWorker;
    const worker = spawn(this.options.workerFile ?? defaultSearchWorkerFile(), config);
    this.worker = worker;
    this.workerStatus = { ready: false, indexedArticles: 0, totalArticles: 0 };
    this.unsaved = false;
    worker.unref();
    worker.on('message', (message: WorkerMessage) => this.receive(message));
    // An uncaught error in the thread is followed by 'exit'; the restart happens there.
    worker.on('error', () => undefined);
    worker.on('exit', () => this.onExit(worker));
    // Nobody awaits the start: queries wait inside the worker until the index is open.
    this.send(worker, 'start', {
      bundled: [...this.bundled.values()],
      imported: [...this.imported.values()],
    }).catch(() => undefined);
  }

  private receive(message: WorkerMessage): void {
    if (message.kind === 'status') {
      this.workerStatus = message.status;
      this.unsaved = message.unsaved;
      return;
    }
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    this.updateRef();
    if (message.ok) pending.resolve(message.value);
    else pending.reject(new AppFailure('internal', message.error));
  }

  private onExit(worker: SearchThread): void {
    if (this.closed || worker !== this.worker) return;
    this.worker = null;
    this.failPending('Search stopped unexpectedly and is restarting; please try again.');
    const now = Date.now();
    this.crashes = [...this.crashes.filter((at) => now - at < CRASH_WINDOW_MS), now];
    if (this.crashes.length > MAX_RESTARTS) {
      this.broken = 'Search is unavailable: its worker keeps stopping. Restart Yuedu to try again.';
      return;
    }
    this.launch();
  }

  private failPending(message: string): void {
    const failure = new AppFailure('internal', message);
    for (const pending of this.pending.values()) pending.reject(failure);
    this.pending.clear();
    this.updateRef();
  }

  /** Keeps the process alive only while someone awaits an answer, so CLI commands exit promptly. */
  private updateRef(): void {
    if (!this.worker) return;
    const awaited = [...this.pending.values()].some((pending) => pending.awaited);
    if (awaited) this.worker.ref();
    else this.worker.unref();
  }

  private withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timed out')), ms);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  }
}
