import { useEffect, useState } from 'react';
import type { Article } from '../../shared/model/article';
import { useInvoke } from '../api/ApiContext';

/** Loads one article by id; `error` holds main's message when it cannot be opened. */
export function useArticle(id: string): { article: Article | null; error: string | null } {
  const invoke = useInvoke();
  const [state, setState] = useState<{ id: string; article: Article | null; error: string | null }>(
    { id, article: null, error: null },
  );
  useEffect(() => {
    let live = true;
    void invoke('library:get', { id }).then((result) => {
      if (!live) return;
      setState(
        result.ok
          ? { id, article: result.value, error: null }
          : { id, article: null, error: result.error.message },
      );
    });
    return () => {
      live = false;
    };
  }, [invoke, id]);
  return state.id === id ? state : { article: null, error: null };
}
