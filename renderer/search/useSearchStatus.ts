import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchStatus } from '../../shared/model/search';
import { useInvoke } from '../api/ApiContext';

const POLL_MS = 500;

/** The index's readiness, and a way to watch it again after the library changed (import, remove). */
export interface SearchStatusState {
  status: SearchStatus | null;
  recheck: () => void;
}

/**
 * Asks `search:status` now and every 500 ms until the index is ready, so the search box can say
 * "Indexing… (n of m)" while the library is already usable. A failed call stops the polling.
 */
export function useSearchStatus(): SearchStatusState {
  const invoke = useInvoke();
  const [status, setStatus] = useState<SearchStatus | null>(null);
  const generation = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const poll = useCallback(async () => {
    clearTimeout(timer.current);
    const mine = ++generation.current;
    for (;;) {
      const result = await invoke('search:status', {});
      if (mine !== generation.current || !result.ok) return;
      setStatus(result.value);
      if (result.value.ready) return;
      await new Promise((resolve) => {
        timer.current = setTimeout(resolve, POLL_MS);
      });
      if (mine !== generation.current) return;
    }
  }, [invoke]);

  useEffect(() => {
    void poll();
    return () => {
      generation.current += 1;
      clearTimeout(timer.current);
    };
  }, [poll]);

  const recheck = useCallback(() => void poll(), [poll]);
  return { status, recheck };
}
