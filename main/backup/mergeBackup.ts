import { isDeepStrictEqual } from 'node:util';
import type { BackupImportSummary } from '../../shared/model/backup';
import type { StoreData } from '../store/storeData';
import type { ParsedBackup } from './parseBackup';

const isLater = (a: string, b: string) => Date.parse(a) > Date.parse(b);

/**
 * Merges a backup into `data` in place and says what changed: annotations by id (new ones added,
 * differing ones replaced only by a later `modified`), reading positions by article (later
 * `updated` wins), settings and the user identity replaced by the backup's. Nothing is dropped,
 * including annotations of articles the library lacks (they show as orphans).
 */
export function mergeBackup(data: StoreData, backup: ParsedBackup): BackupImportSummary {
  const summary: BackupImportSummary = {
    annotationsAdded: 0,
    annotationsUpdated: 0,
    annotationsUnchanged: 0,
    readingPositions: 0,
    settingsRestored: false,
  };
  const indexById = new Map(data.annotations.map((a, index) => [a.id, index]));
  for (const incoming of backup.annotations) {
    const index = indexById.get(incoming.id);
    const existing = index === undefined ? undefined : data.annotations[index];
    if (index === undefined || !existing) {
      indexById.set(incoming.id, data.annotations.length);
      data.annotations.push(structuredClone(incoming));
      summary.annotationsAdded += 1;
    } else if (
      !isDeepStrictEqual(existing, incoming) &&
      isLater(incoming.modified, existing.modified)
    ) {
      data.annotations[index] = structuredClone(incoming);
      summary.annotationsUpdated += 1;
    } else {
      summary.annotationsUnchanged += 1;
    }
  }
  for (const position of backup.readingPositions) {
    const existing = data.reading[position.articleId];
    if (isDeepStrictEqual(existing, position)) continue;
    if (!existing || isLater(position.updated, existing.updated)) {
      data.reading[position.articleId] = { ...position };
      summary.readingPositions += 1;
    }
  }
  const savedWords = new Set(data.vocabulary.map((entry) => entry.id));
  for (const entry of backup.vocabulary) {
    if (savedWords.has(entry.id)) continue;
    data.vocabulary.push(structuredClone(entry));
    summary.vocabularyAdded = (summary.vocabularyAdded ?? 0) + 1;
  }
  if (!isDeepStrictEqual(data.settings, backup.settings)) {
    data.settings = { ...backup.settings };
    summary.settingsRestored = true;
  }
  if (!isDeepStrictEqual(data.user, backup.user)) {
    data.user = { ...backup.user };
    summary.settingsRestored = true;
  }
  return summary;
}

/** True when merging changed anything, so an import that changes nothing need not write. */
export function mergeChangedSomething(summary: BackupImportSummary): boolean {
  return (
    summary.annotationsAdded > 0 ||
    summary.annotationsUpdated > 0 ||
    summary.readingPositions > 0 ||
    (summary.vocabularyAdded ?? 0) > 0 ||
    summary.settingsRestored
  );
}
