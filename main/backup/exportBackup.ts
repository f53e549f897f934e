import type { Reply, Tombstone } from '../../shared/model/group';
import { toW3cReply, toW3cTombstone } from '../group/w3cItems';
import type { StoreData } from '../store/storeData';
import { BACKUP_FORMAT_VERSION, BACKUP_MARKER, type BackupDocument } from './backupDocument';
import { ANNO_CONTEXT, toW3cAnnotation } from './w3cAnnotation';

/** What a backup is made from; `articleText` looks up the current text to count code points. */
export interface BackupSource {
  data: Readonly<StoreData>;
  appVersion: string;
  now: Date;
  articleText: (articleId: string) => string | undefined;
  /** The user's own study-group replies and tombstones (membership.json), if any. */
  replies?: readonly Reply[];
  tombstones?: readonly Tombstone[];
}

/** Builds the backup document; keys are written in a fixed order so equal data gives equal files. */
export function buildBackupDocument({
  data,
  appVersion,
  now,
  articleText,
  replies = [],
  tombstones = [],
}: BackupSource): BackupDocument {
  const exported = now.toISOString();
  const collectionId = `yuedu://backup/${encodeURIComponent(exported)}`;
  const items = [
    ...data.annotations.map((a) => toW3cAnnotation(a, articleText(a.articleId))),
    ...replies.map(toW3cReply),
  ];
  return {
    yuedu: BACKUP_MARKER,
    version: BACKUP_FORMAT_VERSION,
    exported,
    app: { name: 'Yuedu', version: appVersion },
    user: { id: data.user.id, name: data.user.name },
    settings: {
      fontSize: data.settings.fontSize,
      theme: data.settings.theme,
      language: data.settings.language,
      pinyin: data.settings.pinyin,
      toneColours: data.settings.toneColours,
      level: data.settings.level,
      notesFilter: data.settings.notesFilter,
      hiddenMembers: [...data.settings.hiddenMembers],
    },
    readingPositions: Object.values(data.reading)
      .map(({ articleId, offset, progress, updated }) => ({ articleId, offset, progress, updated }))
      .sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0)),
    annotations: {
      '@context': ANNO_CONTEXT,
      id: collectionId,
      type: 'AnnotationCollection',
      label: `Yuedu highlights and notes of ${data.user.name}`,
      total: items.length,
      ...(items.length > 0
        ? {
            first: {
              id: `${collectionId}/page/1`,
              type: 'AnnotationPage' as const,
              startIndex: 0 as const,
              items,
            },
          }
        : {}),
    },
    vocabulary: data.vocabulary.map((entry) => ({ ...entry })),
    ...(tombstones.length > 0 ? { deleted: tombstones.map(toW3cTombstone) } : {}),
  };
}

/** The backup as the pretty-printed JSON text written to disk (pure: same input, same bytes). */
export function exportBackup(source: BackupSource): string {
  return `${JSON.stringify(buildBackupDocument(source), null, 2)}\n`;
}

/** `yuedu-backup-2026-11-26-1545.json`: local date and time, so several backups a day sort and never clash by the minute. */
export function backupFilename(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `yuedu-backup-${day}-${pad(date.getHours())}${pad(date.getMinutes())}.json`;
}
