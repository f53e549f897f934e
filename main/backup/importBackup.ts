import type { BackupImportSummary } from '../../shared/model/backup';
import type { Store } from '../store/store';
import type { StoreData } from '../store/storeData';
import { mergeBackup, mergeChangedSomething } from './mergeBackup';
import { parseBackup } from './parseBackup';

/**
 * Restores a backup into the store in one atomic update. Bad input throws before anything is
 * touched; a backup that adds nothing new (for example the same file imported twice) does not
 * write at all, so the data file's bytes stay as they were.
 */
export async function importBackup(
  store: Store,
  json: string,
  articleText: (articleId: string) => string | undefined,
): Promise<BackupImportSummary> {
  const backup = parseBackup(json, articleText);
  const preview = mergeBackup(structuredClone(store.read()) as StoreData, backup);
  if (!mergeChangedSomething(preview)) return preview;
  // Merge again inside the update, against the state current when it runs.
  return store.update((data) => mergeBackup(data, backup));
}
