import { describe, expect, it } from 'vitest';
import { bucketByBlock } from '../../../renderer/reader/bucketByBlock';

const blocks = [
  { start: 0, end: 10 },
  { start: 11, end: 20 },
  { start: 21, end: 30 },
];
const span = (id: string, start: number, end: number) => ({ id, start, end });
const bucketIds = (items: ReturnType<typeof span>[]) =>
  bucketByBlock(blocks, items, (s) => s).map((bucket) => bucket.map((s) => s.id));

describe('bucketByBlock', () => {
  it('puts a range into the one block that holds it, keeping the items’ order', () => {
    expect(bucketIds([span('b', 12, 14), span('a', 2, 4), span('c', 11, 12)])).toEqual([
      ['a'],
      ['b', 'c'],
      [],
    ]);
  });

  it('puts a range that spans blocks into each of them, and none into blocks it only touches', () => {
    expect(bucketIds([span('wide', 5, 25), span('edge', 10, 11), span('end', 20, 21)])).toEqual([
      ['wide'],
      ['wide'],
      ['wide'],
    ]);
  });

  it('ignores empty ranges and ranges past the last block', () => {
    expect(bucketIds([span('empty', 3, 3), span('past', 40, 50)])).toEqual([[], [], []]);
  });

  it('agrees with testing every item against every block on many random ranges', () => {
    const many = Array.from({ length: 500 }, (_, i) => {
      const start = (i * 7919) % 31;
      return span(`s${i}`, start, start + ((i * 104729) % 12));
    });
    const naive = blocks.map((block) =>
      many
        .filter((s) => s.end > s.start && s.start < block.end && s.end > block.start)
        .map((s) => s.id),
    );
    expect(bucketIds(many)).toEqual(naive);
  });
});
