import type { BackupImportSummary } from '../../shared/model/backup';
import type { Reply, Tombstone } from '../../shared/model/group';
import type { Store } from '../store/store';
import type { StoreData } from '../store/storeData';
import { clampAnnotationTimes, clampReadingPositionTime } from '../annotations/clampTimes';
import { mergeBackup, mergeChangedSomething } from './mergeBackup';
import { parseBackup } from './parseBackup';

/**
 * Restores a backup into the store in one atomic update. Bad input throws before anything is
 * touched; a backup that adds nothing new (for example the same file imported twice) does not
 * write at all, so the data file's bytes stay as they were. Dates after `now` are brought back to
 * `now` on the way in, so a backup from a clock set ahead cannot win every later merge.
 */
export async function importBackup(
  store: Store,
  json: string,
  articleText: (articleId: string) => string | undefined,
  now: Date = new Date(),
  /** Puts back the study-group replies and tombstones; answers how many replies it restored. */
  restoreReplies?: (replies: Reply[], tombstones: Tombstone[]) => Promise<number>,
): Promise<BackupImportSummary> {
  const parsed = parseBackup(json, articleText);
  const withReplies = async (summary: BackupImportSummary): Promise<BackupImportSummary> => {
    if (!restoreReplies || (parsed.replies.length === 0 && parsed.tombstones.length === 0))
      return summary;
    const repliesRestored = await restoreReplies(
      parsed.replies.map((r) => clampAnnotationTimes(r, now)),
      parsed.tombstones,
    );
    return { ...summary, repliesRestored };
  };
  const backup = {
    ...parsed,
    annotations: parsed.annotations.map((a) => clampAnnotationTimes(a, now)),
    readingPositions: parsed.readingPositions.map((p) => clampReadingPositionTime(p, now)),
  };
  const preview = mergeBackup(structuredClone(store.read()) as StoreData, backup);
  if (!mergeChangedSomething(preview)) return withReplies(preview);
  // Merge again inside the update, against the state current when it runs.
  return withReplies(await store.update((data) => mergeBackup(data, backup)));
}
