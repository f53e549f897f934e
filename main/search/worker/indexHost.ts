import type { Article } from '../../../shared/model/article';
import type { SearchStatus } from '../../../shared/model/search';
import type { SearchIndex } from '../searchIndex';
import { openIndex } from './openIndex';
import { removePersistedIndex, writePersistedIndex } from './persistedIndex';
import type {
  ReplyMessage,
  RequestMessage,
  SearchRequests,
  SearchWorkerConfig,
  StatusMessage,
} from './protocol';

/** How long an incremental add may hold the worker before it lets queued queries through. */
const ADD_SLICE_MS = 20;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Everything the search worker does, as a plain object so it can be tested without a thread:
 * holds the index, answers queries once it is open, applies adds and removes one at a time
 * (in slices, so queries are answered during a long import) and saves the index after changes.
 */
export class IndexHost {
  private index: SearchIndex | null = null;
  private opened: Promise<SearchIndex> | null = null;
  private readonly bundled = new Map<string, Article>();
  private readonly imported = new Map<string, Article>();
  /** Articles received in `add` requests and not indexed yet. */
  private queued = 0;
  /** The chain that runs start, adds, removes and writes in order. */
  private changes: Promise<unknown> = Promise.resolve();
  private unsaved = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly config: SearchWorkerConfig,
    private readonly emit: (message: StatusMessage) => void,
  ) {}

  /** Runs one request; a failure becomes an error reply, never an exception. */
  async handle(message: RequestMessage): Promise<ReplyMessage> {
    try {
      return { kind: 'reply', id: message.id, ok: true, value: await this.run(message) };
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      return { kind: 'reply', id: message.id, ok: false, error: text };
    }
  }

  status(): SearchStatus {
    const known = this.bundled.size + this.imported.size;
    return {
      ready: this.index !== null && this.queued === 0,
      indexedArticles: this.index === null ? 0 : known,
      totalArticles: known + this.queued,
    };
  }

  /** Stops the pending save timer, so a host that is done does not write later. */
  dispose(): void {
    clearTimeout(this.saveTimer);
  }

  private async run(message: RequestMessage): Promise<unknown> {
    switch (message.type) {
      case 'start':
        return this.start(message.args);
      case 'search':
        return (await this.ready()).search(message.args.query, message.args.limit);
      case 'inArticle': {
        const index = await this.ready();
        const { articleId, query } = message.args;
        const article = this.bundled.get(articleId) ?? this.imported.get(articleId);
        if (!article) throw new Error(`No article with id "${articleId}" is indexed.`);
        return index.matchesIn(article, query);
      }
      case 'add':
        this.queued += message.args.articles.length;
        this.emitStatus();
        return this.serial(() => this.add(message.args.articles));
      case 'remove':
        return this.serial(() => this.remove(message.args.ids));
      case 'flush':
        return this.serial(() => this.save());
    }
  }

  private start(args: SearchRequests['start']['args']): Promise<SearchStatus> {
    if (this.opened) throw new Error('The search index was started already.');
    for (const article of args.bundled) this.bundled.set(article.id, article);
    for (const article of args.imported) this.imported.set(article.id, article);
    this.opened = openIndex(args, this.config).then(({ index, origin }) => {
      this.index = index;
      if (this.imported.size > 0 && origin !== 'persisted') this.markChanged();
      if (this.imported.size === 0 && this.config.persistPath !== null) {
        // A saved index for imported articles that are gone is only stale bytes.
        void removePersistedIndex(this.config.persistPath).catch(() => undefined);
      }
      this.emitStatus();
      return index;
    });
    this.changes = this.opened;
    return this.opened.then(() => this.status());
  }

  /** The open index: waits while it loads, fails if it could not be opened. */
  private ready(): Promise<SearchIndex> {
    if (!this.opened) return Promise.reject(new Error('The search index has not been started.'));
    return this.opened;
  }

  /** Queues a change after every earlier one; a failed change does not block later ones. */
  private serial<T>(change: () => Promise<T>): Promise<T> {
    const run = this.changes.then(change, change);
    this.changes = run.catch(() => undefined);
    return run;
  }

  private async add(articles: Article[]): Promise<SearchStatus> {
    let sliceStart = performance.now();
    let remaining = articles.length;
    try {
      const index = await this.ready();
      for (const article of articles) {
        if (index.has(article.id)) index.remove(article.id);
        index.add(article);
        this.bundled.delete(article.id);
        this.imported.set(article.id, article);
        this.queued--;
        remaining--;
        if (performance.now() - sliceStart > ADD_SLICE_MS) {
          this.emitStatus();
          await nextTurn();
          sliceStart = performance.now();
        }
      }
    } finally {
      this.queued -= remaining;
      this.markChanged();
      this.emitStatus();
    }
    return this.status();
  }

  private async remove(ids: string[]): Promise<SearchStatus> {
    const index = await this.ready();
    for (const id of ids) {
      if (index.has(id)) index.remove(id);
      this.bundled.delete(id);
      this.imported.delete(id);
    }
    this.markChanged();
    this.emitStatus();
    return this.status();
  }

  /** Notes unsaved changes and (re)starts the debounce before writing them. */
  private markChanged(): void {
    if (this.config.persistPath === null) return;
    this.unsaved = true;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      // Nobody waits for a background save; a failure leaves `unsaved` set and the next change retries.
      this.serial(() => this.save()).catch(() => undefined);
    }, this.config.persistDelayMs);
  }

  /** Writes the index now if it has unsaved changes (or drops the file once nothing is imported). */
  private async save(): Promise<{ written: boolean }> {
    clearTimeout(this.saveTimer);
    const path = this.config.persistPath;
    if (!this.unsaved || path === null || this.index === null) return { written: false };
    if (this.imported.size === 0) {
      await removePersistedIndex(path);
    } else {
      await writePersistedIndex(path, this.index, [
        ...this.bundled.values(),
        ...this.imported.values(),
      ]);
    }
    this.unsaved = false;
    this.emitStatus();
    return { written: true };
  }

  private emitStatus(): void {
    this.emit({ kind: 'status', status: this.status(), unsaved: this.unsaved });
  }
}
