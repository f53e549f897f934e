import type { VocabularyEntry } from '../../shared/model/vocabulary';
import type { Creator } from '../../shared/model/annotation';
import type { ReadingPosition, Settings } from '../../shared/model/settings';
import type { W3cReply, W3cTombstone } from '../group/w3cItems';
import type { ANNO_CONTEXT, W3cAnnotation } from './w3cAnnotation';

/** The backup format this build writes; a higher number means a newer Yuedu made the file. */
export const BACKUP_FORMAT_VERSION = 1;

/** The marker that tells a Yuedu backup from any other JSON file. */
export const BACKUP_MARKER = 'backup';

/** The annotations as a W3C AnnotationCollection whose first (and only) page holds them all. */
export interface W3cAnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first?: {
    id: string;
    type: 'AnnotationPage';
    startIndex: 0;
    /** Highlights, then the user's study-group replies (motivation `replying`). */
    items: Array<W3cAnnotation | W3cReply>;
  };
}

/**
 * The whole backup file: Yuedu's own envelope (user, settings, reading positions) around a W3C
 * AnnotationCollection, so other tools can read the annotations and Yuedu can restore everything.
 */
export interface BackupDocument {
  yuedu: typeof BACKUP_MARKER;
  version: typeof BACKUP_FORMAT_VERSION;
  exported: string;
  app: { name: 'Yuedu'; version: string };
  user: Creator;
  settings: Settings;
  readingPositions: ReadingPosition[];
  annotations: W3cAnnotationCollection;
  /** Words saved from the dictionary; absent in backups made before the vocabulary existed. */
  vocabulary?: VocabularyEntry[];
  /** The user's deleted study-group items, so a restore does not bring back what the group saw go. */
  deleted?: W3cTombstone[];
}
