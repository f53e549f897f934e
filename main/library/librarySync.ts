import { mkdirSync, watch, type FSWatcher } from 'node:fs';
import type { DiskChanges } from './import/articleImporter';

/** What the library's listeners hear: the new revision, and what came or went. */
export interface LibraryChange extends DiskChanges {
  revision: number;
}

// Writes arrive in bursts (a folder import saves many files); one look after the burst is enough.
const DEFAULT_DEBOUNCE_MS = 250;

/**
 * Keeps this process's library in step with its data folder, where another Yuedu (the CLI while
 * the app or `yuedu serve` runs) may import or remove articles. A watch on the articles folder
 * (debounced) triggers a re-check; `check()` can also be called at any time (the window asks when
 * it regains focus and every few seconds, for platforms where watching is unreliable). Every change
 * to the library, from here or elsewhere, increases `revision`, which a window without a push
 * channel (`yuedu serve`) polls cheaply.
 */
export class LibrarySync {
  private revisionNumber = 0;
  private readonly listeners = new Set<(change: LibraryChange) => void>();
  private watcher: FSWatcher | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private checking: Promise<number> | null = null;
  private again = false;

  constructor(
    private readonly readChanges: () => Promise<DiskChanges>,
    private readonly debounceMs = DEFAULT_DEBOUNCE_MS,
  ) {}

  get revision(): number {
    return this.revisionNumber;
  }

  /** Hears every change, with what was added and removed. Returns the function that stops it. */
  onChange(listener: (change: LibraryChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Notes a change this process made itself (an import or a removal through the API). */
  changed(changes: DiskChanges): void {
    this.revisionNumber += 1;
    const change = { ...changes, revision: this.revisionNumber };
    for (const listener of this.listeners) listener(change);
  }

  /** Looks at the folder now; answers the revision after any change found. Overlapping calls share one look. */
  check(): Promise<number> {
    if (this.checking) {
      this.again = true;
      return this.checking;
    }
    this.checking = (async () => {
      try {
        do {
          this.again = false;
          const changes = await this.readChanges();
          if (changes.added.length > 0 || changes.removed.length > 0) this.changed(changes);
        } while (this.again);
        return this.revisionNumber;
      } finally {
        this.checking = null;
      }
    })();
    return this.checking;
  }

  /** Watches the folder (creating it if needed); a failing watch leaves `check()` to the window. */
  watch(dir: string): void {
    if (this.watcher) return;
    try {
      mkdirSync(dir, { recursive: true });
      this.watcher = watch(dir, { persistent: false }, () => this.schedule());
      this.watcher.on('error', () => this.stopWatching());
    } catch {
      this.watcher = null;
    }
  }

  close(): void {
    clearTimeout(this.timer);
    this.stopWatching();
    this.listeners.clear();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.check().catch(() => undefined), this.debounceMs);
    this.timer.unref?.();
  }

  private stopWatching(): void {
    this.watcher?.close();
    this.watcher = null;
  }
}
