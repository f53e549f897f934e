import type { Block } from '../../shared/model/article';

/** Where a block is drawn, from its element's bounding box, in viewport pixels. */
export interface BlockBox {
  index: number;
  top: number;
  bottom: number;
}

/**
 * The order blocks take on a change that is costly to draw (ruby, group layers): those on screen (within `margin` pixels of it) first,
 * in reading order, then the rest by their distance from the screen, nearest first.
 * Returns the order and how many of its first blocks are on screen.
 */
export function rolloutOrder(
  boxes: readonly BlockBox[],
  viewportHeight: number,
  margin: number,
): { order: number[]; inView: number } {
  const distance = (box: BlockBox) =>
    box.bottom < -margin
      ? -margin - box.bottom
      : box.top > viewportHeight + margin
        ? box.top - viewportHeight - margin
        : 0;
  const sorted = [...boxes].sort((a, b) => distance(a) - distance(b) || a.index - b.index);
  return {
    order: sorted.map((box) => box.index),
    inView: sorted.filter((box) => distance(box) === 0).length,
  };
}

/**
 * How many more blocks of `order`, after the first `done`, one idle step redraws: blocks until
 * their text reaches `budget` characters, and at least one.
 */
export function nextStep(
  order: readonly number[],
  done: number,
  blocks: readonly Block[],
  budget: number,
): number {
  let chars = 0;
  let count = 0;
  while (done + count < order.length && (count === 0 || chars < budget)) {
    const block = blocks[order[done + count]!];
    chars += block ? block.end - block.start : 0;
    count++;
  }
  return count;
}

/**
 * The same order without measuring, from the blocks an IntersectionObserver last saw near the
 * screen: those first, in reading order, then the rest by how many blocks away they are from
 * them, nearest first (blocks follow each other down the page in reading order).
 */
export function orderFromNearScreen(
  pending: readonly number[],
  near: ReadonlySet<number>,
): { order: number[]; inView: number } {
  const seen = [...near];
  const low = seen.length > 0 ? Math.min(...seen) : 0;
  const high = seen.length > 0 ? Math.max(...seen) : 0;
  const distance = (index: number) =>
    near.has(index) ? 0 : index < low ? low - index : index > high ? index - high : 1;
  const order = [...pending].sort((a, b) => distance(a) - distance(b) || a - b);
  return { order, inView: order.filter((index) => near.has(index)).length };
}
