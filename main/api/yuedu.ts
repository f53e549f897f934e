import type { Result } from '../../shared/ipc/result';
import type { Language } from '../../shared/model/settings';
import type { Handlers } from './handlers';

/** Where one running Yuedu finds its corpus and keeps its data; every front door builds one of these. */
export interface YueduOptions {
  dataDir: string;
  /** Folder of article .txt files (and manifest.json): the bundled seeds, or `--seeds-dir`. */
  seedsDir: string;
  /** Folder of build-time outputs (corpus.json, search-index.json); missing or stale files are rebuilt in memory. */
  generatedDir: string;
  systemLanguage: Language;
  version: string;
  /**
   * Open the user's data and the search index only when a request first needs them, so a command
   * that lists or shows articles never reads a large data file (the CLI). Until then the library
   * reports every article's reading progress as 0.
   */
  openOnDemand?: boolean;
  /** Watch the articles folder for imports and removals by other processes (the app and serve). */
  watchLibrary?: boolean;
  /**
   * For one-shot CLI commands: open the search index only when first asked, and on this thread
   * rather than in a worker (nothing else waits on this process's event loop).
   */
  oneShot?: boolean;
  /** Refresh the study group at start and whenever its folder changes (the app and serve). */
  watchGroup?: boolean;
  /** Start loading the dictionary at once (the app, serve); otherwise it loads on the first request. */
  startDictionary?: boolean;
}

/** The services behind all three front doors (Electron IPC, the CLI, `yuedu serve`). */
export interface Yuedu {
  handlers: Handlers;
  /** Validates an untrusted channel name and payload, runs the handler, and never throws. */
  dispatch(channel: unknown, payload: unknown): Promise<Result<unknown>>;
  /** Hears every change to the library (imports, removals, and those other processes made). */
  onLibraryChanged(listener: (change: { revision: number }) => void): () => void;
  /** Hears every study-group refresh, join, leave or pack that changed something. */
  onGroupChanged(listener: (change: { revision: number }) => void): () => void;
  close(): Promise<void>;
}
