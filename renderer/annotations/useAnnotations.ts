import { useCallback, useEffect, useState } from 'react';
import type { Annotation, HighlightColor } from '../../shared/model/annotation';
import { useInvoke } from '../api/ApiContext';
import type { Span } from '../reader/segmentRange';
import { sortAnnotations } from './sortAnnotations';

/** An article's highlights and the operations on them; every change goes through main first. */
export interface AnnotationsState {
  annotations: Annotation[];
  error: string | null;
  create: (range: Span, color: HighlightColor, note: string) => Promise<Annotation | null>;
  update: (id: string, change: { color?: HighlightColor; note?: string }) => Promise<boolean>;
  remove: (id: string) => Promise<boolean>;
}

/** Loads the highlights of one article and keeps them in reading order as they change. */
export function useAnnotations(articleId: string): AnnotationsState {
  const invoke = useInvoke();
  const [annotations, setAnnotations] = useState<Annotation[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void invoke('annotations:list', { articleId }).then((result) => {
      if (!live) return;
      if (result.ok) setAnnotations(sortAnnotations(result.value));
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [invoke, articleId]);

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
      if (!result.ok) {
        setError(result.error.message);
        return null;
      }
      setError(null);
      setAnnotations((current) => sortAnnotations([...current, result.value]));
      return result.value;
    },
    [invoke, articleId],
  );

  const update = useCallback(
    async (id: string, change: { color?: HighlightColor; note?: string }) => {
      const result = await invoke('annotations:update', { id, ...change });
      if (!result.ok) {
        setError(result.error.message);
        return false;
      }
      setError(null);
      setAnnotations((current) => current.map((item) => (item.id === id ? result.value : item)));
      return true;
    },
    [invoke],
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

  return { annotations, error, create, update, remove };
}
