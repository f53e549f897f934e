import { watch as fsWatch } from 'node:fs';

/** The slice of `fs.watch` used here, so tests can make watching fail or be unsupported. */
export type WatchFolder = (
  folder: string,
  listener: () => void,
) => { close(): void; on(event: 'error', listener: (error: unknown) => void): unknown };

export interface GroupFolderWatchOptions {
  /** Reads the folder and publishes (`group:refresh`); may reject when the folder is gone. */
  refresh: () => Promise<unknown>;
  /** A sync tool writes a file in several steps (temporary file, rename); one look after the burst. */
  debounceMs?: number;
  /** How often a folder that cannot be watched (missing, unmounted, unsupported) is looked at again. */
  retryMs?: number;
  watch?: WatchFolder;
}

const defaultWatch: WatchFolder = (folder, listener) =>
  fsWatch(folder, { persistent: false }, () => listener());

/**
 * Refreshes the study group when its folder changes: a debounced `fs.watch` on the folder. When
 * the folder cannot be watched (a USB stick pulled out, a network share gone, a platform without
 * watching) it falls back to looking every `retryMs`, refreshing each time, and watches again once
 * it can. Refreshes never overlap; a change during one brings one more after it.
 */
export class GroupFolderWatch {
  private folder: string | null = null;
  private watcher: ReturnType<WatchFolder> | null = null;
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | null = null;
  private again = false;
  private closed = false;
  private readonly debounceMs: number;
  private readonly retryMs: number;
  private readonly watch: WatchFolder;

  constructor(private readonly options: GroupFolderWatchOptions) {
    this.debounceMs = options.debounceMs ?? 300;
    this.retryMs = options.retryMs ?? 10_000;
    this.watch = options.watch ?? defaultWatch;
  }

  /** Watches `folder` from now on (null: the member left the group, nothing is watched). */
  follow(folder: string | null): void {
    if (this.closed || (folder === this.folder && (this.watcher || this.retry))) return;
    this.stop();
    this.folder = folder;
    if (folder !== null) this.arm();
  }

  /** Whether a live watch is in place (false while falling back to looking every `retryMs`). */
  get watching(): boolean {
    return this.watcher !== null;
  }

  close(): void {
    this.closed = true;
    this.stop();
    this.folder = null;
  }

  private arm(): boolean {
    const folder = this.folder;
    if (folder === null) return false;
    try {
      const watcher = this.watch(folder, () => this.schedule());
      watcher.on('error', () => {
        if (this.watcher !== watcher) return;
        this.dropWatcher();
        this.waitAndRetry();
      });
      this.watcher = watcher;
      return true;
    } catch {
      this.waitAndRetry();
      return false;
    }
  }

  private waitAndRetry(): void {
    clearTimeout(this.retry);
    this.retry = setTimeout(() => {
      this.retry = undefined;
      if (this.closed || this.folder === null) return;
      // Whether or not the watch is back, look now: files may have landed meanwhile.
      this.arm();
      this.schedule(0);
    }, this.retryMs);
    this.retry.unref?.();
  }

  private schedule(delay = this.debounceMs): void {
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => void this.run(), delay);
    this.debounce.unref?.();
  }

  private run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          try {
            await this.options.refresh();
          } catch {
            // The folder went away (an unmounted stick): look again later instead of watching a ghost.
            if (this.watcher) {
              this.dropWatcher();
              this.waitAndRetry();
            }
          }
        } while (this.again && !this.closed);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  private dropWatcher(): void {
    try {
      this.watcher?.close();
    } catch {
      // Closing a watch on a vanished folder may itself fail; it is gone either way.
    }
    this.watcher = null;
  }

  private stop(): void {
    clearTimeout(this.debounce);
    clearTimeout(this.retry);
    this.debounce = undefined;
    this.retry = undefined;
    this.dropWatcher();
  }
}
