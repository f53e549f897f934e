import { useEffect, useRef } from 'react';
import { hitKeyAction } from './hitKeys';

/**
 * Walks the search hits from the keyboard (see hitKeyAction) while there are hits. It listens in
 * the capture phase so Enter on a focused paragraph goes to the next hit rather than selecting the
 * paragraph; `escapeClears` is false while Escape belongs to an open toolbar or popover.
 */
export function useHitKeys(
  active: boolean,
  escapeClears: boolean,
  actions: { next: () => void; previous: () => void; clear: () => void },
): void {
  const latest = useRef({ escapeClears, actions });
  useEffect(() => {
    latest.current = { escapeClears, actions };
  });

  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const action = hitKeyAction(event, event.target instanceof Element ? event.target : null);
      if (!action) return;
      const { escapeClears: canClear, actions: current } = latest.current;
      if (action === 'clear') {
        if (canClear) current.clear();
        return;
      }
      event.preventDefault();
      event.stopPropagation();
      current[action]();
    };
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, [active]);
}
