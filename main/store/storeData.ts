import type { Annotation, Creator } from '../../shared/model/annotation';
import type { ReadingPosition, Settings } from '../../shared/model/settings';
import type { VocabularyEntry } from '../../shared/model/vocabulary';

/** The schema version this build writes; migrations bring older files up to it. */
export const CURRENT_SCHEMA_VERSION = 2;

/** Everything Yuedu persists for the user, kept in one JSON file so it can be backed up and inspected. */
export interface StoreData {
  schemaVersion: typeof CURRENT_SCHEMA_VERSION;
  /** Counts the writes to this file, so a process can tell that another one has written since. */
  revision: number;
  /** The local user, created on first open; their annotations carry this creator. */
  user: Creator;
  settings: Settings;
  annotations: Annotation[];
  /** Reading positions keyed by article id. */
  reading: Record<string, ReadingPosition>;
  /** Words saved from the dictionary, oldest first. */
  vocabulary: VocabularyEntry[];
}

/** The file names inside the data folder, in one place so open, recovery and tests agree. */
export const STORE_FILES = {
  data: 'yuedu-data.json',
  /** Held while one process writes, so the app and the CLI never write over each other. */
  lock: 'yuedu-data.lock',
  /** The data file as it was before the last write (a hard link, else a copy): recovery loses at most that write. */
  previous: 'yuedu-data.previous.json',
  /** Folder of the rolling daily backups, `yuedu-data-YYYY-MM-DD.json`. */
  backupsDir: 'backups',
  /** The single backup Yuedu v0 refreshed on every write; still used as a source for recovery. */
  legacyBackup: 'yuedu-data.backup.json',
  corruptPrefix: 'yuedu-data.corrupt-',
  corruptBackupPrefix: 'yuedu-data.backup.corrupt-',
  corruptPreviousPrefix: 'yuedu-data.previous.corrupt-',
} as const;

/** The copy of a file as it was before being migrated from `version`, so an older Yuedu can still open it. */
export function schemaCopyName(version: number): string {
  return `yuedu-data.schema-${version}.json`;
}
