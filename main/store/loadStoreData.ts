import { stat } from 'node:fs/promises';
import { AppFailure } from '../api/failure';
import { CorruptDataError } from './corruptDataError';
import type { DurableJsonFile } from './durableJsonFile';
import { createFreshData } from './freshData';
import { moveAside } from './moveAside';
import {
  damagedFreshNotice,
  damagedRestoredNotice,
  missingRestoredNotice,
  missingWithDamagedBackupNotice,
} from './notices';
import { STORE_FILES, type StoreData } from './storeData';
import { removeLeftoverTempFiles } from './writeFileDurably';

type FileState =
  | { kind: 'missing' }
  | { kind: 'valid'; data: StoreData }
  | { kind: 'corrupt'; error: CorruptDataError };

/** Reads one copy, classifying damage; I/O failures and newer-schema refusals are not damage and propagate. */
async function inspect(file: DurableJsonFile<StoreData>): Promise<FileState> {
  try {
    const data = await file.read();
    return data ? { kind: 'valid', data } : { kind: 'missing' };
  } catch (error) {
    if (error instanceof CorruptDataError) return { kind: 'corrupt', error };
    if (error instanceof AppFailure) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new AppFailure(
      'storage',
      `Yuedu could not read ${file.path} (${code}). Nothing was changed.`,
    );
  }
}

/** What opening found: the data to use and the messages the user must see about how it was obtained. */
export interface LoadedStoreData {
  data: StoreData;
  notices: string[];
}

/**
 * Decides what the store starts from, repairing the folder on the way: a valid data file wins (and
 * refreshes the backup); a damaged one is moved aside and replaced by the backup, or by fresh data
 * if the backup is unusable too. Nothing is moved before both copies were inspected, so a refusal
 * (newer schema, unreadable file) leaves the folder exactly as it was.
 */
export async function loadStoreData(
  main: DurableJsonFile<StoreData>,
  backup: DurableJsonFile<StoreData>,
  now: () => Date,
): Promise<LoadedStoreData> {
  const mainState = await inspect(main);
  if (mainState.kind === 'valid') {
    await removeLeftoverTempFiles(main.path);
    await removeLeftoverTempFiles(backup.path);
    await backup.write(mainState.data);
    return { data: mainState.data, notices: [] };
  }

  const backupState = await inspect(backup);
  const backupDate = backupState.kind === 'valid' ? (await stat(backup.path)).mtime : null;
  await removeLeftoverTempFiles(main.path);
  await removeLeftoverTempFiles(backup.path);

  const corruptMainPath =
    mainState.kind === 'corrupt'
      ? await moveAside(main.path, STORE_FILES.corruptPrefix, now())
      : null;
  const corruptBackupPath =
    backupState.kind === 'corrupt'
      ? await moveAside(backup.path, STORE_FILES.corruptBackupPrefix, now())
      : null;

  if (backupState.kind === 'valid' && backupDate) {
    await main.write(backupState.data);
    const notice = corruptMainPath
      ? damagedRestoredNotice(corruptMainPath, backupDate)
      : missingRestoredNotice(main.path, backupDate);
    return { data: backupState.data, notices: [notice] };
  }

  const fresh = createFreshData();
  await main.write(fresh);
  await backup.write(fresh);
  const notices: string[] = [];
  if (corruptMainPath) notices.push(damagedFreshNotice(corruptMainPath, corruptBackupPath));
  else if (corruptBackupPath)
    notices.push(missingWithDamagedBackupNotice(main.path, corruptBackupPath));
  return { data: fresh, notices };
}
