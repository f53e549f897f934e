import { useCallback, useEffect, useRef, useState } from 'react';
import type { Annotation, HighlightColor, PlacedAnnotation } from '../../shared/model/annotation';
import { useInvoke } from '../api/ApiContext';
import type { Span } from '../reader/segmentRange';
import { sortAnnotations } from './sortAnnotations';
import { storedAnnotation, type AnnotationEdit } from './undoHistory';

/** An article's highlights and the operations on them; every change goes through main first. */
export interface AnnotationsState {
  /** Anchored and orphaned highlights together, in reading order of their last known place. */
  annotations: PlacedAnnotation[];
  /** True once the first list arrived (or failed), so "not there" can be told from "not yet". */
  loaded: boolean;
  error: string | null;
  create: (range: Span, color: HighlightColor, note: string) => Promise<PlacedAnnotation | null>;
  update: (id: string, change: AnnotationEdit) => Promise<PlacedAnnotation | null>;
  remove: (id: string) => Promise<boolean>;
  /** Puts a deleted annotation back exactly as it was (same id and dates). */
  restore: (annotation: Annotation) => Promise<PlacedAnnotation | null>;
  /** Moves a highlight (usually an orphan) onto a new selection. */
  reattach: (id: string, range: Span) => Promise<PlacedAnnotation | null>;
  /** Fetches the list again, after a change made elsewhere (an import of another tool's file). */
  reload: () => Promise<void>;
}

/** Loads the highlights of one article and keeps them in reading order as they change. */
export function useAnnotations(articleId: string): AnnotationsState {
  const invoke = useInvoke();
  const [annotations, setAnnotations] = useState<PlacedAnnotation[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);

  // Only the latest load may land: a reload overtaken by a newer one (or an unmount) is dropped.
  const loads = useRef(0);
  const load = useCallback(async () => {
    const seq = ++loads.current;
    const result = await invoke('annotations:list', { articleId });
    if (seq !== loads.current) return;
    if (result.ok) {
      setError(null);
      setAnnotations(sortAnnotations(result.value));
    } else setError(result.error.message);
    setLoaded(true);
  }, [invoke, articleId]);

  useEffect(() => {
    void load();
    return () => {
      loads.current += 1;
    };
  }, [load]);

  /** Takes a saved annotation from main into the list, replacing the old copy if there was one. */
  const settle = useCallback((saved: PlacedAnnotation) => {
    setError(null);
    setAnnotations((current) =>
      sortAnnotations([...current.filter((item) => item.id !== saved.id), saved]),
    );
    return saved;
  }, []);

  const create = useCallback(
    async (range: Span, color: HighlightColor, note: string) => {
      const trimmed = note.trim();
      const result = await invoke('annotations:create', {
        articleId,
        start: range.start,
        end: range.end,
        color,
        ...(trimmed ? { note: trimmed } : {}),
      });
      if (result.ok) return settle(result.value);
      setError(result.error.message);
      return null;
    },
    [invoke, articleId, settle],
  );

  const update = useCallback(
    async (id: string, change: AnnotationEdit) => {
      const result = await invoke('annotations:update', { id, ...change });
      if (result.ok) return settle(result.value);
      setError(result.error.message);
      return null;
    },
    [invoke, settle],
  );

  const remove = useCallback(
    async (id: string) => {
      const result = await invoke('annotations:delete', { id });
      if (!result.ok) {
        setError(result.error.message);
        return false;
      }
      setError(null);
      setAnnotations((current) => current.filter((item) => item.id !== id));
      return true;
    },
    [invoke],
  );

  const restore = useCallback(
    async (annotation: Annotation) => {
      const result = await invoke('annotations:restore', {
        annotation: storedAnnotation(annotation),
      });
      if (result.ok) return settle(result.value);
      setError(result.error.message);
      return null;
    },
    [invoke, settle],
  );

  const reattach = useCallback(
    async (id: string, range: Span) => {
      const result = await invoke('annotations:reattach', {
        id,
        start: range.start,
        end: range.end,
      });
      if (result.ok) return settle(result.value);
      setError(result.error.message);
      return null;
    },
    [invoke, settle],
  );

  return { annotations, loaded, error, create, update, remove, restore, reattach, reload: load };
}
