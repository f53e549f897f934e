import { useCallback, useEffect, useState } from 'react';
import { useInvoke } from '../api/ApiContext';
import type { Span } from './segmentRange';

/** The hits of the search an article was opened from, and which one the reader is on. */
export interface SearchHits {
  hits: Span[];
  /** Index into `hits` of the current hit. */
  index: number;
  /** Bumped by next/previous, so the view scrolls only when the user moved, not on load. */
  moves: number;
  next: () => void;
  previous: () => void;
  clear: () => void;
}

/**
 * Fetches every match of `query` in the article (`search:inArticle`) and starts at the one the
 * article was opened at. Until they arrive (or without a query) the opening match is the only hit.
 * Next and previous wrap around.
 */
export function useSearchHits(articleId: string, query: string | null, opened: Span | null) {
  const invoke = useInvoke();
  const [state, setState] = useState<{ hits: Span[]; index: number; moves: number }>(() => ({
    hits: opened ? [opened] : [],
    index: 0,
    moves: 0,
  }));
  const openedStart = opened?.start ?? null;

  useEffect(() => {
    if (!query) return;
    let live = true;
    void invoke('search:inArticle', { articleId, query }).then((result) => {
      if (!live || !result.ok || result.value.length === 0) return;
      const hits = result.value;
      const at = openedStart === null ? 0 : hits.findIndex((hit) => hit.start >= openedStart);
      setState((last) => ({ hits, index: Math.max(0, at), moves: last.moves }));
    });
    return () => {
      live = false;
    };
  }, [invoke, articleId, query, openedStart]);

  const step = useCallback((by: number) => {
    setState((last) => {
      const count = last.hits.length;
      if (count === 0) return last;
      return { ...last, index: (last.index + by + count) % count, moves: last.moves + 1 };
    });
  }, []);
  const next = useCallback(() => step(1), [step]);
  const previous = useCallback(() => step(-1), [step]);
  const clear = useCallback(() => setState((last) => ({ ...last, hits: [], index: 0 })), []);

  return { ...state, next, previous, clear } satisfies SearchHits;
}
