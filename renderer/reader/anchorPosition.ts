/** Where a floating toolbar or popover goes, in pixels relative to its positioned container. */
export interface AnchorPosition {
  top: number;
  left: number;
}

/**
 * Places a floating element just below `target`, relative to `container`, and keeps its left edge
 * inside the container so it never hangs off-screen on narrow windows.
 */
export function anchorBelow(
  target: { bottom: number; left: number },
  container: { top: number; left: number; width: number },
  floatingWidth: number,
  gap = 8,
): AnchorPosition {
  const left = Math.max(0, Math.min(target.left - container.left, container.width - floatingWidth));
  return { top: target.bottom - container.top + gap, left };
}
