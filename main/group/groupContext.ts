import type { Creator } from '../../shared/model/annotation';
import type { AnnotationService } from '../annotations/annotationService';
import type { Library } from '../library/library';
import type { Store } from '../store/store';
import type { GroupStateFiles } from './groupState';
import type { PackArticle } from './packFile';
import type { ReceivedIndex } from './receivedIndex';

/** What the group service is made with; the rest of the app hands these over once. */
export interface GroupServiceOptions {
  dataDir: string;
  store: Store;
  library: Library;
  annotations: AnnotationService;
  appVersion: string;
  now: () => Date;
  /** Adds an article a pack or a group member brought that this library lacks. */
  adoptArticle?: (article: PackArticle) => Promise<void>;
  /** How long after a change the member file is rewritten, so a burst of edits writes once. */
  publishDelayMs?: number;
}

/** What every part of the group service shares, so each job can live in a file of its own. */
export interface GroupContext {
  readonly options: GroupServiceOptions;
  readonly files: GroupStateFiles;
  /** Lookups and placements over what was received, kept from one call to the next. */
  readonly received: ReceivedIndex;
  /** This member's id and current name, as the store has them. */
  me(): Creator;
  /** Asks for this member's file to be rewritten shortly, after a change to what it holds. */
  publishSoon(): void;
}
