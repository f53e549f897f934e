import type { Creator } from '../../shared/model/annotation';

/** Whose notes a list shows: the reader's, everyone's, or one member's (by id). */
export type NotesFilter = 'mine' | 'all' | string;

interface Authored {
  mine: boolean;
  creator: Creator;
}

export interface FilterCounts {
  all: number;
  mine: number;
  /** Every other member with notes here, by name, with how many. */
  members: Array<Creator & { count: number }>;
}

/** The numbers beside each choice of the notes filter, in one pass over the notes. */
export function filterCounts(notes: readonly Authored[]): FilterCounts {
  let mine = 0;
  const members = new Map<string, Creator & { count: number }>();
  for (const note of notes) {
    if (note.mine) {
      mine += 1;
      continue;
    }
    const known = members.get(note.creator.id);
    if (known) known.count += 1;
    else members.set(note.creator.id, { ...note.creator, count: 1 });
  }
  const sorted = [...members.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1),
  );
  return { all: notes.length, mine, members: sorted };
}

/** Whether a note is listed under `filter`. */
export function matchesFilter(note: Authored, filter: NotesFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'mine') return note.mine;
  return !note.mine && note.creator.id === filter;
}

/**
 * How many notes the notes panel lists under `filter`, so the toolbar's Notes badge counts what
 * the panel shows: the reader's own (orphans too) and the shown members' notes, hidden ones not.
 */
export function countShown(
  own: number,
  others: readonly Pick<Authored, 'creator'>[],
  filter: NotesFilter,
): number {
  if (filter === 'mine') return own;
  if (filter === 'all') return own + others.length;
  return others.filter((note) => note.creator.id === filter).length;
}

/** Whether the reader's own notes (and their orphans) are listed under `filter`. */
export const showsOwn = (filter: NotesFilter): boolean => filter === 'all' || filter === 'mine';
