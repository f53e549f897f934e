import type { Annotation, Creator } from '../../shared/model/annotation';
import type { ReadingPosition, Settings } from '../../shared/model/settings';

/** The schema version this build writes; migrations bring older files up to it. */
export const CURRENT_SCHEMA_VERSION = 1;

/** Everything Yuedu persists for the user, kept in one JSON file so it can be backed up and inspected. */
export interface StoreData {
  schemaVersion: typeof CURRENT_SCHEMA_VERSION;
  /** The local user, created on first open; their annotations carry this creator. */
  user: Creator;
  settings: Settings;
  annotations: Annotation[];
  /** Reading positions keyed by article id. */
  reading: Record<string, ReadingPosition>;
}

/** The file names inside the data folder, in one place so open, recovery and tests agree. */
export const STORE_FILES = {
  data: 'yuedu-data.json',
  backup: 'yuedu-data.backup.json',
  corruptPrefix: 'yuedu-data.corrupt-',
  corruptBackupPrefix: 'yuedu-data.backup.corrupt-',
} as const;
