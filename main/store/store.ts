import { statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { AppFailure } from '../appFailure';
import { checkDraft } from './checkDraft';
import { deepFreeze } from './deepFreeze';
import { createDraft } from './draft';
import { findFutureTimes } from './futureTimes';
import { backupFailedNotice, futureTimesNotice } from './notices';
import { keepPreviousVersion } from './previousVersion';
import { loadStoreData, recoverWhileOpen } from './recovery';
import { dailyBackupPath, localDay, writeDailyBackup } from './rollingBackups';
import {
  currentSignature,
  readStoreFile,
  readStoreFileSync,
  signatureOf,
  type FileSignature,
  type StoreFileState,
} from './storeFile';
import { StoreFileAdapter } from './storeFileAdapter';
import { STORE_FILES, type StoreData } from './storeData';
import { acquireWriteLock, type WriteLock, type WriteLockOptions } from './writeLock';

/**
 * The persistent user data: read synchronously, changed only through serialized, durable updates.
 * Several processes (the app and the `yuedu` CLI) may share one data folder: writes take a lock
 * file and start from whatever another process last wrote, and reads pick up such writes.
 */
export interface Store {
  /** The last state that reached the disk, from this process or another. Frozen: change it through `update`. */
  read(): Readonly<StoreData>;
  /**
   * Applies `mutate` to a copy of the latest data on disk, validates it, writes it durably, and only
   * then makes it current. Rejects (changing nothing) if the result is invalid or cannot be
   * written. Updates run one at a time, also across processes.
   */
  update<T>(mutate: (data: StoreData) => T): Promise<T>;
  /** Messages about recovery the user must be shown, e.g. that a damaged file was restored from backup. */
  notices: string[];
  /** The data file's path, for messages and diagnostics. */
  path: string;
}

/** Options mainly for tests: `now` fixes timestamps (damaged-file names, backup days); `lock` its timings. */
export interface OpenStoreOptions {
  now?: () => Date;
  lock?: WriteLockOptions;
}

// How long opening waits for another writer before it reads without the lock: a normal write holds
// it for milliseconds, and an empty lock left by a writer killed as it took it is broken after 1 s;
// reading should not wait the full write timeout on a writer that is paused.
const OPEN_LOCK_WAIT_MS = 1500;

function storageFailure(message: string, cause: unknown): AppFailure {
  const failure = new AppFailure('storage', message);
  failure.cause = cause;
  return failure;
}

/** Runs `task` holding the folder's write lock. */
async function withLock<T>(
  lockPath: string,
  options: WriteLockOptions | undefined,
  task: (lock: WriteLock) => Promise<T>,
): Promise<T> {
  const lock = await acquireWriteLock(lockPath, options);
  try {
    return await task(lock);
  } finally {
    await lock.release();
  }
}

/** Another process wrote while this one was paused holding a lock that was then taken from it. */
function conflictFailure(path: string): AppFailure {
  return new AppFailure(
    'storage',
    `The data file ${path} was changed by another Yuedu while this one was paused, so your change was not saved (nothing was written). Try again.`,
  );
}

/** The lock vanished or changed hands while this process was paused; someone else may be writing. */
function lostLockFailure(path: string): AppFailure {
  return new AppFailure(
    'storage',
    `Yuedu's lock on ${path} was taken away while it was paused, so your change was not saved (nothing was written). Try again.`,
  );
}

/**
 * Opens (or creates) the store in `dataDir`, recovering from damaged files as described in
 * recovery.ts. Without the lock (a read-only folder, or another Yuedu holding it) the store still
 * opens for reading and leaves the disk alone; its updates are refused until the lock can be had.
 * Throws AppFailure('storage') if the folder cannot be made or read, or is from a newer Yuedu.
 */
export async function openStore(dataDir: string, options: OpenStoreOptions = {}): Promise<Store> {
  const now = options.now ?? (() => new Date());
  try {
    await mkdir(dataDir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw storageFailure(`Yuedu could not create its data folder ${dataDir} (${code}).`, error);
  }
  const path = join(dataDir, STORE_FILES.data);
  const lockPath = join(dataDir, STORE_FILES.lock);
  const previousPath = join(dataDir, STORE_FILES.previous);
  const adapter = new StoreFileAdapter(path);
  const notices: string[] = [];
  let committed!: StoreData;
  let signature: FileSignature | null;
  // A file version read() found unusable, so it is not read again on every call.
  let ignored: FileSignature | null = null;
  let writing = false;
  let backedUpDay: string | null = null;
  let backupFailureReported = false;
  // Data read at opening (or repair) may hold dates in the future; the next write clamps them.
  let timesToCheck = false;

  const backUpIfFirstToday = async (content: string | Uint8Array) => {
    const day = localDay(now());
    if (backedUpDay === day) return;
    try {
      await writeDailyBackup(dataDir, day, content);
      backedUpDay = day;
    } catch (error) {
      // The data file already holds the change; a failed backup must not undo or fail it.
      if (!backupFailureReported)
        notices.push(backupFailedNotice(dailyBackupPath(dataDir, day), error));
      backupFailureReported = true;
    }
  };

  const adopt = (state: StoreFileState): boolean => {
    if (state.kind !== 'valid') return false;
    committed = deepFreeze(state.data);
    signature = state.signature;
    return true;
  };

  /** Decides what the store starts from (see recovery.ts); `repair` only when holding the lock. */
  const load = async (repair: boolean) => {
    const loaded = await loadStoreData(dataDir, now, { repair }).catch((error: unknown) => {
      if (error instanceof AppFailure) throw error;
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      throw storageFailure(`Yuedu could not open its data in ${dataDir} (${code}).`, error);
    });
    committed = deepFreeze(loaded.data);
    signature = loaded.signature;
    timesToCheck = true;
    notices.push(...loaded.notices);
    if (loaded.backupContent !== null) await backUpIfFirstToday(loaded.backupContent);
  };

  let repairPending = false;

  /** Cheap check (one stat) for a write by another process; reads it if there was one. */
  const refreshSync = () => {
    if (writing) return; // this store holds the lock: nobody else can have written
    try {
      const info = statSync(path, { bigint: true, throwIfNoEntry: false });
      if (!info) return;
      const current = signatureOf(info);
      if (current === signature || current === ignored) return;
      if (!adopt(readStoreFileSync(path))) ignored = current;
    } catch {
      // Unreadable or from a newer Yuedu: keep showing the last good state; the next update reports it.
    }
  };

  /**
   * Under the lock, before a write: start from what is on disk if another process changed it.
   * Returns the signature of the file the write starts from (null: there is none).
   */
  const refreshForWrite = async (): Promise<FileSignature | null> => {
    let current: FileSignature | null;
    try {
      current = await currentSignature(path);
    } catch (error) {
      throw storageFailure(`Yuedu could not read ${path}. Nothing was changed.`, error);
    }
    if (current === null || current === signature) return current; // deleted: write ours back
    const state = await readStoreFile(path);
    if (state.kind === 'valid') {
      adopt(state);
      return state.signature;
    }
    if (state.kind === 'missing') return null;
    const recovered = await recoverWhileOpen(dataDir, committed, now());
    committed = deepFreeze(recovered.data);
    notices.push(recovered.notice);
    return null;
  };

  const commit = async <T>(lock: WriteLock, mutate: (data: StoreData) => T): Promise<T> => {
    if (repairPending) {
      await load(true);
      repairPending = false;
    }
    const startedFrom = await refreshForWrite();
    const base = committed;
    const draft = createDraft(base);
    const future = timesToCheck ? findFutureTimes(base, now()) : null;
    future?.repair(draft);
    const result = mutate(draft);
    draft.revision = base.revision + 1;
    const checked = checkDraft(base, draft);
    if (!checked.ok) {
      throw new AppFailure(
        'invalid-payload',
        `The change was not saved because it is invalid:\n${checked.problems}`,
      );
    }
    // The fence: after a pause, this write may no longer be entitled to replace what is on disk.
    adapter.beforeReplace = async () => {
      if ((await currentSignature(path)) !== startedFrom) throw conflictFailure(path);
      if (!(await lock.isStillHeld())) throw lostLockFailure(path);
      await keepPreviousVersion(path, previousPath);
    };
    const db = new Low<StoreData>(adapter, checked.data);
    try {
      await db.write();
      signature = adapter.signature!;
    } catch (error) {
      if (error instanceof AppFailure) throw error;
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      throw storageFailure(
        `Your change could not be saved to ${path} (${code}). Nothing was changed.`,
        error,
      );
    }
    committed = db.data;
    timesToCheck = false;
    if (future) notices.push(futureTimesNotice(future.annotations, future.readingPositions, now()));
    await backUpIfFirstToday(adapter.lastWritten!);
    return result;
  };

  // Reading needs no lock; repairing, migrating and tidying up do, so without it they wait for this
  // store's first write (or a later open).
  const openLockOptions = {
    ...options.lock,
    timeoutMs: Math.min(options.lock?.timeoutMs ?? OPEN_LOCK_WAIT_MS, OPEN_LOCK_WAIT_MS),
  };
  const openLock = await acquireWriteLock(lockPath, openLockOptions).catch((error: unknown) => {
    if (error instanceof AppFailure) return null;
    throw error;
  });
  repairPending = openLock === null;
  try {
    await load(openLock !== null);
    // Dates in the future an older Yuedu stored are brought back now, while the lock is held.
    if (openLock && timesToCheck && findFutureTimes(committed, now()))
      await commit(openLock, () => undefined).catch(() => undefined); // retried by the next write
  } finally {
    await openLock?.release();
  }

  let queue: Promise<unknown> = Promise.resolve();
  return {
    read: () => {
      refreshSync();
      return committed;
    },
    update<T>(mutate: (data: StoreData) => T): Promise<T> {
      const run = queue.then(() =>
        withLock(lockPath, options.lock, async (lock) => {
          writing = true;
          try {
            return await commit(lock, mutate);
          } finally {
            writing = false;
          }
        }),
      );
      queue = run.catch(() => undefined);
      return run;
    },
    notices,
    path,
  };
}
