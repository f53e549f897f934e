import { describe, expect, it } from 'vitest';
import { keepUnchangedBuckets } from '../../../renderer/reader/keepUnchangedBuckets';

interface Item {
  id: string;
  label: string;
}
const same = (a: Item, b: Item) => a.id === b.id && a.label === b.label;
const item = (id: string, label = id): Item => ({ id, label });

describe('keepUnchangedBuckets', () => {
  it('keeps the earlier list itself when a fresh fetch holds the same items', () => {
    const before = [[item('a')], [], [item('b'), item('c')]];
    const again = [[item('a')], [], [item('b'), item('c')]];
    expect(keepUnchangedBuckets(before, again, same)).toBe(before);
  });

  it('replaces only the buckets whose items changed', () => {
    const before = [[item('a')], [item('b')], [item('c')]];
    const next = [[item('a')], [item('b', 'edited')], [item('c'), item('d')]];
    const kept = keepUnchangedBuckets(before, next, same);
    expect(kept[0]).toBe(before[0]);
    expect(kept[1]).toBe(next[1]);
    expect(kept[2]).toBe(next[2]);
  });

  it('takes the new list when there was none or the blocks differ', () => {
    const next = [[item('a')]];
    expect(keepUnchangedBuckets(null, next, same)).toBe(next);
    expect(keepUnchangedBuckets([[item('a')], []], next, same)).toBe(next);
  });
});
