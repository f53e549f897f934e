import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { AppFailure } from '../api/failure';
import { deepFreeze } from './deepFreeze';
import { DurableJsonFile } from './durableJsonFile';
import { loadStoreData } from './loadStoreData';
import { migrate } from './migrations';
import { backupFailedNotice } from './notices';
import { checkStoreData, parseStoreData } from './schema';
import { STORE_FILES, type StoreData } from './storeData';

/** The persistent user data: read synchronously, changed only through serialized, durable updates. */
export interface Store {
  /** The last state that reached the disk. Frozen: change it through `update`. */
  read(): Readonly<StoreData>;
  /**
   * Applies `mutate` to a copy, validates it, writes it durably, and only then makes it current.
   * Rejects (changing nothing) if the result is invalid or cannot be written. Updates run one at a time.
   */
  update<T>(mutate: (data: StoreData) => T): Promise<T>;
  /** Messages about recovery the user must be shown, e.g. that a damaged file was restored from backup. */
  notices: string[];
  /** The data file's path, for messages and diagnostics. */
  path: string;
}

/** Options mainly for tests: `now` fixes the timestamp in names of moved-aside damaged files. */
export interface OpenStoreOptions {
  now?: () => Date;
}

function storageFailure(message: string, cause: unknown): AppFailure {
  const failure = new AppFailure('storage', message);
  failure.cause = cause;
  return failure;
}

/**
 * Opens (or creates) the store in `dataDir`, recovering from damaged files as described in
 * loadStoreData. Throws AppFailure('storage') if the folder is unusable or from a newer Yuedu.
 */
export async function openStore(dataDir: string, options: OpenStoreOptions = {}): Promise<Store> {
  const now = options.now ?? (() => new Date());
  try {
    await mkdir(dataDir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw storageFailure(`Yuedu could not create its data folder ${dataDir} (${code}).`, error);
  }
  const parse = (raw: unknown) => parseStoreData(migrate(raw));
  const mainFile = new DurableJsonFile(join(dataDir, STORE_FILES.data), parse);
  const backupFile = new DurableJsonFile(join(dataDir, STORE_FILES.backup), parse);

  const loaded = await loadStoreData(mainFile, backupFile, now);
  const db = new Low<StoreData>(mainFile, deepFreeze(loaded.data));
  const notices = [...loaded.notices];
  let backupFailureReported = false;
  let queue: Promise<unknown> = Promise.resolve();

  const commit = async <T>(mutate: (data: StoreData) => T): Promise<T> => {
    const draft = structuredClone(db.data) as StoreData;
    const result = mutate(draft);
    const checked = checkStoreData(draft);
    if (!checked.ok) {
      throw new AppFailure(
        'invalid-payload',
        `The change was not saved because it is invalid:\n${checked.problems}`,
      );
    }
    try {
      await db.adapter.write(checked.data);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      throw storageFailure(
        `Your change could not be saved to ${mainFile.path} (${code}). Nothing was changed.`,
        error,
      );
    }
    db.data = deepFreeze(checked.data);
    // The main file already holds the change; a failed backup refresh must not undo or fail it.
    try {
      await backupFile.write(checked.data);
    } catch (error) {
      if (!backupFailureReported) notices.push(backupFailedNotice(backupFile.path, error));
      backupFailureReported = true;
    }
    return result;
  };

  return {
    read: () => db.data,
    update<T>(mutate: (data: StoreData) => T): Promise<T> {
      const run = queue.then(() => commit(mutate));
      queue = run.catch(() => undefined);
      return run;
    },
    notices,
    path: mainFile.path,
  };
}
