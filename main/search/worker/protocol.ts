import type { Article } from '../../../shared/model/article';
import type { SearchHit, SearchStatus } from '../../../shared/model/search';

/** What the worker needs before any request: where the prebuilt and the persisted index live. */
export interface SearchWorkerConfig {
  /** The build-time index of the bundled articles (generated/search-index.json); null if none. */
  bundledIndexPath: string | null;
  /** Where the index of a library with imported articles is kept (`<dataDir>/search-index.json`). */
  persistPath: string | null;
  /** How long after the last change the worker waits before writing the index. */
  persistDelayMs: number;
}

/** A place in an article's canonical text, as [start, end) UTF-16 offsets. */
export interface TextRange {
  start: number;
  end: number;
}

/** Everything the main thread may ask of the search worker, each with the value it answers. */
export interface SearchRequests {
  /** Loads or builds the index for this library; the first request, sent again after a restart. */
  start: { args: { bundled: Article[]; imported: Article[] }; reply: SearchStatus };
  search: { args: { query: string; limit?: number }; reply: SearchHit[] };
  inArticle: { args: { articleId: string; query: string }; reply: TextRange[] };
  /** Adds imported articles (an article whose id is indexed already replaces it). */
  add: { args: { articles: Article[] }; reply: SearchStatus };
  remove: { args: { ids: string[] }; reply: SearchStatus };
  /** Writes unsaved changes now instead of after the debounce delay. */
  flush: { args: Record<string, never>; reply: { written: boolean } };
}

export type SearchRequestType = keyof SearchRequests;

/** A request as it travels to the worker: the id pairs it with its reply. */
export type RequestMessage = {
  [T in SearchRequestType]: { id: number; type: T; args: SearchRequests[T]['args'] };
}[SearchRequestType];

/** Failures come back as values, so a bad query never kills the worker. */
export type ReplyMessage =
  | { kind: 'reply'; id: number; ok: true; value: unknown }
  | { kind: 'reply'; id: number; ok: false; error: string };

/** Sent whenever readiness or the unsaved state changes, so `status()` answers without asking. */
export interface StatusMessage {
  kind: 'status';
  status: SearchStatus;
  /** Changes the worker has not written to `persistPath` yet. */
  unsaved: boolean;
}

export type WorkerMessage = ReplyMessage | StatusMessage;

/** What SearchService needs of a search thread: a real Worker, or InThreadSearchWorker. */
export interface SearchThread {
  postMessage(message: RequestMessage): void;
  on(event: 'message', listener: (message: WorkerMessage) => void): unknown;
  on(event: 'error' | 'exit', listener: () => void): unknown;
  ref(): void;
  unref(): void;
  terminate(): Promise<unknown>;
}
