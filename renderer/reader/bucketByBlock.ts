import type { Span } from './segmentRange';

/**
 * Puts each item into every block its range overlaps, keeping the items' order within a block.
 * Blocks are sorted and disjoint, so each item finds its first block by binary search:
 * n log blocks, instead of testing every item against every block.
 */
export function bucketByBlock<T>(
  blocks: readonly Span[],
  items: readonly T[],
  rangeOf: (item: T) => Span,
): T[][] {
  const buckets: T[][] = blocks.map(() => []);
  for (const item of items) {
    const { start, end } = rangeOf(item);
    let low = 0;
    let high = blocks.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((blocks[mid] as Span).end <= start) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < blocks.length && (blocks[i] as Span).start < end; i += 1) {
      const block = blocks[i] as Span;
      if (block.end > start && end > start) (buckets[i] as T[]).push(item);
    }
  }
  return buckets;
}
