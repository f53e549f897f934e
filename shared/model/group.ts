import type { AnnotationTarget, Creator, PlacedAnnotation } from './annotation';

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
 * `group:notes`, compact and in columns, one entry per note (see shared/group/groupLayer.ts).
 */
export interface GroupLayer {
  articleId: string;
  /** Everyone who wrote one of the notes or replies, each once; the rest name them by index. */
  members: Creator[];
  ids: string[];
  member: number[];
  /** Each note's start minus the previous note's (0 before the first): small, as notes come in reading order. */
  startStep: number[];
  length: number[];
  /** Index into HIGHLIGHT_COLORS. */
  color: number[];
  /** The time the `created` column counts from, in ms since 1970. */
  since: number;
  /** ms after `since`, or the time as written when it is not an ISO instant a Date gives back unchanged. */
  created: Array<number | string>;
  /** What only some notes have, by the note's index. */
  more: Record<number, LayerNoteMore>;
}

/** A layer note's fields beyond the columns; each is left out when it has its default. */
export interface LayerNoteMore {
  /** ms after `created`, or the time as written; left out when it equals `created`. */
  modified?: number | string;
  note?: string;
  /** Only for a note that lost its place: its last known selectors. */
  orphan?: AnnotationTarget;
  mine?: true;
  sharing?: Sharing;
  replies?: LayerReply[];
}

/** A reply inside a layer: its annotation is the note it sits under, its creator a member index. */
export interface LayerReply {
  id: string;
  member: number;
  /** As a layer note's `created` and `modified`. */
  created: number | string;
  modified?: number | string;
  text: string;
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
