import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { Span } from '../reader/segmentRange';
import { selectionToCanonicalRange } from '../reader/selectionToCanonicalRange';
import type { Edges } from '../reader/placeFloating';
import { edgesWithin } from '../reader/useFloatingPlacement';

/** A selection of article text waiting to become a highlight, and where it is drawn. */
export interface PendingSelection {
  range: Span;
  /** The selection's box relative to the reader container, for placing the toolbar. */
  anchor: Edges;
  /** True when the selection came from the keyboard, so the toolbar should take focus. */
  fromKeyboard: boolean;
}

/**
 * Follows the document selection and reports it in canonical offsets while it lies in the article.
 * Selection changes caused by working inside the toolbar (typing a note) are ignored so the
 * pending range survives until the user highlights or dismisses it.
 */
export function useTextSelection(
  articleRef: RefObject<HTMLElement | null>,
  containerRef: RefObject<HTMLElement | null>,
  toolbarRef: RefObject<HTMLElement | null>,
) {
  const [pending, setPending] = useState<PendingSelection | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const readSelection = useCallback(
    (fromKeyboard: boolean) => {
      const article = articleRef.current;
      const toolbar = toolbarRef.current;
      if (toolbar && document.activeElement && toolbar.contains(document.activeElement)) return;
      const selection = document.getSelection();
      if (!article || !selection || selection.rangeCount === 0 || selection.isCollapsed) {
        setPending(null);
        return;
      }
      const domRange = selection.getRangeAt(0);
      const range = selectionToCanonicalRange(article, domRange);
      if (!range) {
        setPending(null);
        return;
      }
      const container = containerRef.current?.getBoundingClientRect();
      const target =
        typeof domRange.getBoundingClientRect === 'function'
          ? domRange.getBoundingClientRect()
          : null;
      const anchor =
        container && target ? edgesWithin(target, container) : { top: 0, bottom: 0, left: 0 };
      setPending({ range, anchor, fromKeyboard });
    },
    [articleRef, containerRef, toolbarRef],
  );

  useEffect(() => {
    const onSelectionChange = () => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => readSelection(false), 120);
    };
    document.addEventListener('selectionchange', onSelectionChange);
    return () => {
      document.removeEventListener('selectionchange', onSelectionChange);
      clearTimeout(timer.current);
    };
  }, [readSelection]);

  const dismiss = useCallback(() => {
    clearTimeout(timer.current);
    setPending(null);
  }, []);

  return { pending, readSelection, dismiss };
}
