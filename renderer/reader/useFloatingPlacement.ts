import { useLayoutEffect, type RefObject } from 'react';
import { placeFloating, type Edges } from './placeFloating';
import { headerBottom } from './scrollToElement';

/**
 * Positions a floating element (absolutely placed in `containerRef`) next to `anchor` before it
 * is painted, once its own size is known: below, above, or clamped into the visible window.
 */
export function useFloatingPlacement(
  floatingRef: RefObject<HTMLElement | null>,
  containerRef: RefObject<HTMLElement | null>,
  anchor: Edges,
): void {
  useLayoutEffect(() => {
    const floating = floatingRef.current;
    const container = containerRef.current;
    if (!floating || !container) return;
    const box = container.getBoundingClientRect();
    const placed = placeFloating(
      anchor,
      { width: floating.offsetWidth, height: floating.offsetHeight },
      { top: headerBottom() - box.top, bottom: window.innerHeight - box.top },
      box.width,
    );
    floating.style.top = `${placed.top}px`;
    floating.style.left = `${placed.left}px`;
    floating.dataset.side = placed.side;
  }, [floatingRef, containerRef, anchor]);
}

/** A viewport rectangle as edges relative to `container`, the origin floating elements use. */
export function edgesWithin(
  rect: { top: number; bottom: number; left: number },
  container: { top: number; left: number },
): Edges {
  return {
    top: rect.top - container.top,
    bottom: rect.bottom - container.top,
    left: rect.left - container.left,
  };
}
