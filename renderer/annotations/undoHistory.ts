import type { Annotation, HighlightColor } from '../../shared/model/annotation';

/** The fields of a highlight the user edits in place; an update records only the ones it changed. */
export interface AnnotationEdit {
  color?: HighlightColor;
  note?: string;
}

/**
 * One user change to the annotations, described as data so it can be inverted and replayed.
 * Applying `create` means "make this exact annotation exist again" (same id and dates), which is
 * how both redo-of-create and undo-of-delete bring a highlight back.
 */
export type AnnotationChange =
  | { kind: 'create'; annotation: Annotation }
  | { kind: 'delete'; annotation: Annotation }
  | { kind: 'update'; id: string; before: AnnotationEdit; after: AnnotationEdit };

/** Done changes (newest last) and undone ones waiting to be redone (next redo last). */
export interface UndoHistory {
  past: readonly AnnotationChange[];
  future: readonly AnnotationChange[];
}

/** What a change did, for the live-region announcement ("Highlight deleted — undone"). */
export type ChangeLabel = 'created' | 'deleted' | 'recoloured' | 'noteEdited';

/** How many steps are kept; older ones fall off so a long session does not grow without bound. */
export const HISTORY_LIMIT = 100;

export const EMPTY_HISTORY: UndoHistory = { past: [], future: [] };

/** Records a change the user just made; making a new change forgets what could be redone. */
export function record(history: UndoHistory, change: AnnotationChange): UndoHistory {
  return { past: [...history.past, change].slice(-HISTORY_LIMIT), future: [] };
}

/** The change that cancels `change`: create and delete swap, an update swaps before and after. */
export function inverse(change: AnnotationChange): AnnotationChange {
  switch (change.kind) {
    case 'create':
      return { kind: 'delete', annotation: change.annotation };
    case 'delete':
      return { kind: 'create', annotation: change.annotation };
    case 'update':
      return { kind: 'update', id: change.id, before: change.after, after: change.before };
  }
}

/**
 * One undo or redo: the change to apply now, the change it steps over, the history once it is
 * applied, and the history without it if it cannot be applied (say the highlight is gone), so a
 * step that failed does not block every step behind it.
 */
export interface HistoryStep {
  apply: AnnotationChange;
  original: AnnotationChange;
  history: UndoHistory;
  skipped: UndoHistory;
}

/** The step that undoes the newest change, or null when there is nothing to undo. */
export function undoStep(history: UndoHistory): HistoryStep | null {
  const original = history.past.at(-1);
  if (!original) return null;
  return {
    apply: inverse(original),
    original,
    history: { past: history.past.slice(0, -1), future: [...history.future, original] },
    skipped: { past: history.past.slice(0, -1), future: history.future },
  };
}

/** The step that redoes the most recently undone change, or null when there is nothing to redo. */
export function redoStep(history: UndoHistory): HistoryStep | null {
  const original = history.future.at(-1);
  if (!original) return null;
  return {
    apply: original,
    original,
    history: { past: [...history.past, original], future: history.future.slice(0, -1) },
    skipped: { past: history.past, future: history.future.slice(0, -1) },
  };
}

/** Names a change the way the user made it, so undoing it can be announced in words. */
export function labelOf(change: AnnotationChange): ChangeLabel {
  if (change.kind === 'create') return 'created';
  if (change.kind === 'delete') return 'deleted';
  return change.after.color !== undefined ? 'recoloured' : 'noteEdited';
}

/**
 * The update that turns `current` into `current + edit`, with the previous values to undo it, or
 * null when the edit changes nothing (saving an unchanged note is not worth an undo step).
 */
export function describeUpdate(
  current: Pick<Annotation, 'id' | 'color' | 'note'>,
  edit: AnnotationEdit,
): Extract<AnnotationChange, { kind: 'update' }> | null {
  const before: AnnotationEdit = {};
  const after: AnnotationEdit = {};
  if (edit.color !== undefined && edit.color !== current.color) {
    before.color = current.color;
    after.color = edit.color;
  }
  if (edit.note !== undefined && edit.note !== current.note) {
    before.note = current.note;
    after.note = edit.note;
  }
  if (Object.keys(after).length === 0) return null;
  return { kind: 'update', id: current.id, before, after };
}

/** The stored annotation without what the API adds on reading it, as `annotations:restore` takes it. */
export function storedAnnotation(annotation: Annotation & { state?: unknown }): Annotation {
  const { id, articleId, creator, created, modified, color, note, target } = annotation;
  return { id, articleId, creator, created, modified, color, note, target };
}
