import { vi } from 'vitest';
import type { Block } from '../../../shared/model/article';

/** Ten 900-character blocks, drawn 100 pixels high one under the other (see layOutStacked). */
export const stackedBlocks: Block[] = Array.from({ length: 10 }, (_, i) => ({
  kind: 'paragraph',
  start: i * 1000,
  end: i * 1000 + 900,
}));

/**
 * Lays the blocks out for a test window 400 pixels high, scrolled down by `scrolledBy` pixels:
 * each `[data-block-start]` element reports a 100-pixel box by its block's start.
 */
export function layOutStacked(scrolledBy: number): void {
  vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(400);
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
    this: HTMLElement,
  ) {
    const top = (Number(this.dataset.blockStart) / 1000) * 100 - scrolledBy;
    return { top, bottom: top + 100, left: 0, right: 100, width: 100, height: 100 } as DOMRect;
  });
}
