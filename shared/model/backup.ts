/** What a restore did, so the UI and the CLI can tell the user in one sentence. */
export interface BackupImportSummary {
  annotationsAdded: number;
  annotationsUpdated: number;
  annotationsUnchanged: number;
  readingPositions: number;
  settingsRestored: boolean;
  /** Vocabulary words the backup had and this data folder did not. */
  vocabularyAdded?: number;
  /** Study-group replies the backup had that were missing or older here. */
  repliesRestored?: number;
}
