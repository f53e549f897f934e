import type { AnnotationTarget, Creator, HighlightColor, PlacedAnnotation } from './annotation';

/** Whether an annotation goes to the study group's folder or stays on this machine. */
export const SHARING = ['shared', 'private'] as const;
export type Sharing = (typeof SHARING)[number];

/** Who this install is: the store's stable member id and the display name shown on what they write. */
export interface Member extends Creator {
  /** The study group folder this install publishes to and reads from, or null outside a group. */
  groupFolder: string | null;
  /** What a new annotation is unless marked otherwise. */
  defaultSharing: Sharing;
}

/** A reply to an annotation (W3C motivation `replying`, target = the annotation's IRI). */
export interface Reply {
  id: string;
  annotationId: string;
  creator: Creator;
  created: string;
  modified: string;
  text: string;
}

/** Says that a member deleted (or stopped sharing) an annotation or reply, so copies elsewhere go too. */
export interface Tombstone {
  id: string;
  creatorId: string;
  deleted: string;
}

/** An annotation as `group:notes` lists it: placed on this machine's text, with its replies. */
export interface GroupNote extends PlacedAnnotation {
  /** True for this member's own annotations; everyone else's are read-only. */
  mine: boolean;
  /** Own annotations only: whether the group sees it. */
  sharing?: Sharing;
  replies: Reply[];
}

/**
 * One article's group notes as the reader receives them (`group:layer`): the same notes as
 * `group:notes`, compact (see shared/group/groupLayer.ts).
 */
export interface GroupLayer {
  articleId: string;
  /** Everyone who wrote one of the notes, each once; a note names its creator by index. */
  members: Creator[];
  notes: LayerNote[];
}

/** A GroupNote with defaults left out; an anchored note's quote is the article's text at start–end. */
export interface LayerNote {
  id: string;
  member: number;
  start: number;
  end: number;
  color: HighlightColor;
  created: string;
  /** Left out when it equals `created`. */
  modified?: string;
  /** Left out when empty. */
  note?: string;
  /** Only for a note that lost its place: its last known selectors. */
  orphan?: AnnotationTarget;
  mine?: true;
  sharing?: Sharing;
  replies?: Reply[];
}

/** A file in the group folder that was skipped or needed care, and why, for `group status`. */
export interface GroupFileNote {
  file: string;
  member?: string;
  used: boolean;
  reason: string;
}

export interface GroupMemberStatus extends Creator {
  file: string;
  written: string;
  annotations: number;
  replies: number;
  /** Their annotations that could not be placed on this machine's text of the article. */
  orphans: number;
}

export interface GroupStatus {
  me: Creator;
  folder: string | null;
  /** This member's own file in the folder, null outside a group. */
  memberFile: string | null;
  published: { annotations: number; replies: number; tombstones: number };
  members: GroupMemberStatus[];
  files: GroupFileNote[];
}

/** How one kind of item of a refresh or pack import compares with what was already here. */
export interface MergeCounts {
  new: number;
  updated: number;
  unchanged: number;
  deleted: number;
}

/** What a pack holds and what importing it does (or would do, for a dry run). */
export interface PackImportSummary {
  dryRun: boolean;
  members: Creator[];
  articles: Array<{ id: string; title: string; status: 'new' | 'same' | 'different' }>;
  annotations: MergeCounts;
  replies: MergeCounts;
}
