import { useEffect, type RefObject } from 'react';
import { canonicalToDomRange } from '../reader/canonicalToDomRange';
import type { Span } from '../reader/segmentRange';

/** The name styled by `::highlight(yuedu-pending)` in annotations.css. */
export const PENDING_HIGHLIGHT = 'yuedu-pending';

/**
 * Keeps the text waiting to become a highlight visibly marked while the toolbar is open, even when
 * typing a note takes the browser's selection away. It uses the CSS Custom Highlight API over the
 * span's canonical offsets, so the article's DOM (and the user's selection in it) stays untouched.
 */
export function usePendingMark(articleRef: RefObject<HTMLElement | null>, span: Span | null) {
  const start = span?.start;
  const end = span?.end;
  useEffect(() => {
    const root = articleRef.current;
    if (start === undefined || end === undefined || !root) return;
    if (typeof Highlight === 'undefined' || !CSS.highlights) return;
    const range = canonicalToDomRange(root, { start, end });
    if (!range) return;
    CSS.highlights.set(PENDING_HIGHLIGHT, new Highlight(range));
    return () => {
      CSS.highlights.delete(PENDING_HIGHLIGHT);
    };
  }, [articleRef, start, end]);
}
