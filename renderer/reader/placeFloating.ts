/** A box's vertical and horizontal edges, in pixels relative to the floating element's container. */
export interface Edges {
  top: number;
  bottom: number;
  left: number;
}

/** Where a floating element went, and on which side of its anchor. */
export interface Placement {
  top: number;
  left: number;
  side: 'below' | 'above' | 'over';
}

/**
 * Places a floating toolbar or popover next to `anchor` (a selection or highlight) where it fits
 * in the visible part of the window: below if there is room, else above, else clamped inside the
 * visible area (over a selection taller than the window). `visible` is the window's area not
 * covered by the sticky header, `containerWidth` bounds it horizontally. All values share one
 * origin, the container's top-left corner.
 */
export function placeFloating(
  anchor: Edges,
  size: { width: number; height: number },
  visible: { top: number; bottom: number },
  containerWidth: number,
  gap = 8,
): Placement {
  const left = Math.max(0, Math.min(anchor.left, containerWidth - size.width));
  const below = anchor.bottom + gap;
  if (below + size.height <= visible.bottom) return { top: below, left, side: 'below' };
  const above = anchor.top - gap - size.height;
  if (above >= visible.top) return { top: above, left, side: 'above' };
  const lowest = Math.max(visible.top, visible.bottom - size.height);
  return { top: Math.min(Math.max(below, visible.top), lowest), left, side: 'over' };
}
