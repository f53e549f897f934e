import { useEffect, useState } from 'react';
import type { ArticleSummary } from '../../shared/model/article';
import { useInvoke } from '../api/ApiContext';

/**
 * The library list as main reports it, with the failure message if listing failed. A new
 * `version` (after an import or a removal) lists again; the old list stays until the new one comes.
 */
export function useLibrary(version = 0): {
  articles: ArticleSummary[] | null;
  error: string | null;
} {
  const invoke = useInvoke();
  const [state, setState] = useState<{ articles: ArticleSummary[] | null; error: string | null }>({
    articles: null,
    error: null,
  });
  useEffect(() => {
    let live = true;
    void invoke('library:list', {}).then((result) => {
      if (!live) return;
      setState(
        result.ok
          ? { articles: result.value, error: null }
          : { articles: [], error: result.error.message },
      );
    });
    return () => {
      live = false;
    };
  }, [invoke, version]);
  return state;
}
