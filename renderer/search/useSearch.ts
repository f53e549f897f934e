import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchHit } from '../../shared/model/search';
import { useInvoke } from '../api/ApiContext';

const DEBOUNCE_MS = 150;
const RESULT_LIMIT = 20;

/** The search box's query and the hits for it, over every article. */
export interface SearchState {
  query: string;
  setQuery: (query: string) => void;
  /** Searches now instead of after the typing pause (Enter). */
  submit: () => void;
  /** Null while there is no query to show results for. */
  hits: SearchHit[] | null;
  error: string | null;
  clear: () => void;
}

/** Runs `search:query` ~150 ms after typing stops (or at once on Enter); late answers never overwrite newer ones. */
export function useSearch(): SearchState {
  const invoke = useInvoke();
  const [query, setQueryState] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const run = useCallback(
    async (text: string) => {
      clearTimeout(timer.current);
      const request = ++latest.current;
      if (text.trim() === '') {
        setHits(null);
        setError(null);
        return;
      }
      const result = await invoke('search:query', { query: text, limit: RESULT_LIMIT });
      if (request !== latest.current) return;
      if (result.ok) {
        setHits(result.value);
        setError(null);
      } else {
        setHits([]);
        setError(result.error.message);
      }
    },
    [invoke],
  );

  const setQuery = useCallback(
    (text: string) => {
      setQueryState(text);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void run(text), DEBOUNCE_MS);
    },
    [run],
  );

  const submit = useCallback(() => void run(query), [run, query]);

  const clear = useCallback(() => {
    clearTimeout(timer.current);
    latest.current += 1;
    setHits(null);
    setError(null);
  }, []);

  useEffect(() => () => clearTimeout(timer.current), []);

  return { query, setQuery, submit, hits, error, clear };
}
