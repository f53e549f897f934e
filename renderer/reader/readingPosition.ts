/** A rendered block's canonical start and where it sits on screen, in viewport pixels. */
export interface BlockBox {
  start: number;
  top: number;
  bottom: number;
}

/**
 * The canonical offset to save as the reading position: the start of the first block still
 * visible below `viewportTop` (the bottom edge of the sticky header). Null when no block is shown.
 */
export function firstVisibleOffset(
  blocks: readonly BlockBox[],
  viewportTop: number,
): number | null {
  const visible = blocks.find((block) => block.bottom > viewportTop);
  return visible ? visible.start : (blocks.at(-1)?.start ?? null);
}

/** How far through the document the reader has scrolled, 0..1; a page that fits the screen is read. */
export function scrollProgress(
  scrollTop: number,
  scrollHeight: number,
  clientHeight: number,
): number {
  const scrollable = scrollHeight - clientHeight;
  if (scrollable <= 0) return 1;
  return Math.min(1, Math.max(0, scrollTop / scrollable));
}
