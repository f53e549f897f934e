import { useCallback, useEffect, useRef, useState } from 'react';
import type { NoteHit, SearchHit } from '../../shared/model/search';
import { useInvoke } from '../api/ApiContext';

const DEBOUNCE_MS = 150;
const RESULT_LIMIT = 20;
const NOTE_LIMIT = 10;

/** One query's answers. */
export interface SearchResultsFor {
  query: string;
  hits: SearchHit[] | null;
  notes: NoteHit[];
  error: string | null;
}

/** The search box's query and the results for it: articles, and the user's own highlights and notes. */
export interface SearchState {
  query: string;
  setQuery: (query: string) => void;
  /** Searches now instead of after the typing pause; resolves to the results (null if superseded). */
  submit: () => Promise<SearchResultsFor | null>;
  /** The query the shown results belong to, carried into the reader to mark its hits. */
  resultsQuery: string;
  /** Null while there is no query to show results for. */
  hits: SearchHit[] | null;
  notes: NoteHit[];
  error: string | null;
  clear: () => void;
}

/**
 * Runs `search:query` and `search:notes` ~150 ms after typing stops (or at once on Enter). Only the
 * latest request's answers are shown: a slow answer to an older query is dropped when it arrives.
 * Typing never waits for a search; the calls run in the background.
 */
export function useSearch(): SearchState {
  const invoke = useInvoke();
  const [query, setQueryState] = useState('');
  const [results, setResults] = useState<SearchResultsFor>({
    query: '',
    hits: null,
    notes: [],
    error: null,
  });
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const run = useCallback(
    async (text: string): Promise<SearchResultsFor | null> => {
      clearTimeout(timer.current);
      const request = ++latest.current;
      if (text.trim() === '') {
        const none = { query: '', hits: null, notes: [], error: null };
        setResults(none);
        return none;
      }
      const [found, inNotes] = await Promise.all([
        invoke('search:query', { query: text, limit: RESULT_LIMIT }),
        invoke('search:notes', { query: text, limit: NOTE_LIMIT }),
      ]);
      if (request !== latest.current) return null;
      const answered = {
        query: text,
        hits: found.ok ? found.value : [],
        notes: inNotes.ok ? inNotes.value : [],
        error: found.ok ? null : found.error.message,
      };
      setResults(answered);
      return answered;
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

  // Results already shown for this exact query are reused rather than asked for again.
  const submit = useCallback(
    () => (results.query === query && results.hits ? Promise.resolve(results) : run(query)),
    [run, query, results],
  );

  const clear = useCallback(() => {
    clearTimeout(timer.current);
    latest.current += 1;
    setResults({ query: '', hits: null, notes: [], error: null });
  }, []);

  useEffect(() => () => clearTimeout(timer.current), []);

  return {
    query,
    setQuery,
    submit,
    resultsQuery: results.query,
    hits: results.hits,
    notes: results.notes,
    error: results.error,
    clear,
  };
}
