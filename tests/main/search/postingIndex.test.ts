import { describe, expect, it } from 'vitest';
import {
  PostingIndex,
  entryCount,
  entrySlot,
  pairKey,
  type PostingMap,
} from '../../../main/search/postingIndex';

const decoded = (list: number[] | undefined) =>
  (list ?? []).map((e) => [entrySlot(e), entryCount(e)]);
const code = (s: string) => s.charCodeAt(0);
const snapshot = (map: PostingMap) =>
  [...map.keys()].sort((a, b) => a - b).map((key) => [key, map.get(key)]);

describe('PostingIndex', () => {
  const index = new PostingIndex();
  index.add(0, '哈哈哈 ab');
  index.add(3, '哈ab');

  it('counts each unit per document', () => {
    expect(decoded(index.units.get(code('哈')))).toEqual([
      [0, 3],
      [3, 1],
    ]);
  });

  it('counts each pair of consecutive units per document, overlapping ones included', () => {
    expect(decoded(index.pairs.get(pairKey(code('哈'), code('哈'))))).toEqual([[0, 2]]);
    expect(decoded(index.pairs.get(pairKey(code('a'), code('b'))))).toEqual([
      [0, 1],
      [3, 1],
    ]);
    expect(index.pairs.has(pairKey(code('b'), code('a')))).toBe(false);
  });

  it('round-trips through encode and decode', () => {
    const copy = PostingIndex.decode(index.encode((slot) => slot));
    expect(snapshot(copy.units)).toEqual(snapshot(index.units));
    expect(snapshot(copy.pairs)).toEqual(snapshot(index.pairs));
  });

  it('renumbers slots and drops removed ones when encoding', () => {
    const copy = PostingIndex.decode(index.encode((slot) => (slot === 0 ? -1 : 0)));
    expect(decoded(copy.units.get(code('哈')))).toEqual([[0, 1]]);
    expect(copy.pairs.has(pairKey(code('哈'), code('哈')))).toBe(false);
  });

  it('keeps adding to a decoded index, lists read lazily included', () => {
    const copy = PostingIndex.decode(index.encode((slot) => slot));
    copy.add(4, '哈');
    expect(decoded(copy.units.get(code('哈')))).toEqual([
      [0, 3],
      [3, 1],
      [4, 1],
    ]);
  });

  it('rejects truncated data', () => {
    const encoded = index.encode((slot) => slot);
    expect(() => PostingIndex.decode(encoded.slice(0, 8))).toThrow();
  });
});
