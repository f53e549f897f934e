import { useCallback, useEffect, useState } from 'react';
import type { VocabularyEntry } from '../../shared/model/vocabulary';
import { useInvoke } from '../api/ApiContext';

/** The saved words matching a query, reloaded after every change. */
export function useVocabulary(query: string) {
  const invoke = useInvoke();
  const [entries, setEntries] = useState<VocabularyEntry[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true;
    void invoke('vocabulary:list', query.trim() ? { query } : {}).then((result) => {
      if (!live) return;
      if (result.ok) setEntries(result.value);
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [invoke, query, generation]);

  const remove = useCallback(
    async (id: string) => {
      const result = await invoke('vocabulary:remove', { id });
      if (!result.ok) setError(result.error.message);
      setGeneration((current) => current + 1);
    },
    [invoke],
  );

  return { entries, error, remove };
}
