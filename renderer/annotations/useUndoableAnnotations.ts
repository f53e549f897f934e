import { useCallback, useRef, useState } from 'react';
import type { HighlightColor, PlacedAnnotation } from '../../shared/model/annotation';
import type { Span } from '../reader/segmentRange';
import { useAnnotations, type AnnotationsState } from './useAnnotations';
import {
  describeUpdate,
  EMPTY_HISTORY,
  labelOf,
  record,
  redoStep,
  storedAnnotation,
  undoStep,
  type AnnotationChange,
  type AnnotationEdit,
  type ChangeLabel,
  type UndoHistory,
} from './undoHistory';

/** What an undo or redo just did, so the UI can say it ("Deletion undone."). */
export interface HistoryOutcome {
  direction: 'undo' | 'redo';
  label: ChangeLabel;
}

/** The article's highlights with create, recolour, edit note and delete recorded for undo/redo. */
export interface UndoableAnnotationsState extends AnnotationsState {
  canUndo: boolean;
  canRedo: boolean;
  /** Resolves to what was undone, or null when nothing was (empty history, busy, or it failed). */
  undo: () => Promise<HistoryOutcome | null>;
  redo: () => Promise<HistoryOutcome | null>;
}

/**
 * Wraps useAnnotations so every user change is recorded as data in an undo history, and undo/redo
 * replay the inverse through the same API (a delete is undone with `annotations:restore`, keeping
 * the id). Steps run one at a time; a key held down does not race requests.
 */
export function useUndoableAnnotations(
  articleId: string,
  /** Told of every change the user made that Undo would now take back. */
  onRecorded?: (label: ChangeLabel) => void,
): UndoableAnnotationsState {
  const state = useAnnotations(articleId);
  const onRecordedRef = useRef(onRecorded);
  onRecordedRef.current = onRecorded;
  const { annotations, create, update, remove, restore } = state;
  const [history, setHistory] = useState<UndoHistory>(EMPTY_HISTORY);
  const historyRef = useRef(history);
  const annotationsRef = useRef(annotations);
  annotationsRef.current = annotations;
  const busy = useRef(false);

  const commit = useCallback((next: UndoHistory) => {
    historyRef.current = next;
    setHistory(next);
  }, []);

  const recordChange = useCallback(
    (change: AnnotationChange) => {
      commit(record(historyRef.current, change));
      onRecordedRef.current?.(labelOf(change));
    },
    [commit],
  );

  const recordedCreate = useCallback(
    async (range: Span, color: HighlightColor, note: string) => {
      const created = await create(range, color, note);
      if (created) recordChange({ kind: 'create', annotation: storedAnnotation(created) });
      return created;
    },
    [create, recordChange],
  );

  const recordedUpdate = useCallback(
    async (id: string, edit: AnnotationEdit) => {
      const current = annotationsRef.current.find((item) => item.id === id);
      const change = current ? describeUpdate(current, edit) : null;
      const saved = await update(id, edit);
      if (saved && change) recordChange(change);
      return saved;
    },
    [update, recordChange],
  );

  const recordedRemove = useCallback(
    async (id: string) => {
      const current = annotationsRef.current.find((item) => item.id === id);
      const removed = await remove(id);
      if (removed && current) {
        recordChange({ kind: 'delete', annotation: storedAnnotation(current) });
      }
      return removed;
    },
    [remove, recordChange],
  );

  const apply = useCallback(
    async (change: AnnotationChange): Promise<PlacedAnnotation | boolean | null> => {
      if (change.kind === 'create') return restore(change.annotation);
      if (change.kind === 'delete') return remove(change.annotation.id);
      return update(change.id, change.after);
    },
    [restore, remove, update],
  );

  const step = useCallback(
    async (direction: 'undo' | 'redo'): Promise<HistoryOutcome | null> => {
      if (busy.current) return null;
      const next =
        direction === 'undo' ? undoStep(historyRef.current) : redoStep(historyRef.current);
      if (!next) return null;
      busy.current = true;
      try {
        const done = await apply(next.apply);
        commit(done ? next.history : next.skipped);
        return done ? { direction, label: labelOf(next.original) } : null;
      } finally {
        busy.current = false;
      }
    },
    [apply, commit],
  );

  const undo = useCallback(() => step('undo'), [step]);
  const redo = useCallback(() => step('redo'), [step]);

  return {
    ...state,
    create: recordedCreate,
    update: recordedUpdate,
    remove: recordedRemove,
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    undo,
    redo,
  };
}
