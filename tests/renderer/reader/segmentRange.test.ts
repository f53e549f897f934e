import { describe, expect, it } from 'vitest';
import { segmentRange } from '../../../renderer/reader/segmentRange';

const span = (id: string, start: number, end: number) => ({ id, start, end });
const ids = (segments: ReturnType<typeof segmentRange<ReturnType<typeof span>>>) =>
  segments.map((s) => [s.start, s.end, s.covering.map((c) => c.id)]);

describe('segmentRange', () => {
  it('returns the whole range as one uncovered segment when nothing overlaps it', () => {
    expect(ids(segmentRange(10, 20, [span('far', 30, 40)]))).toEqual([[10, 20, []]]);
  });

  it('splits at both edges of a highlight inside the range', () => {
    expect(ids(segmentRange(0, 10, [span('a', 3, 6)]))).toEqual([
      [0, 3, []],
      [3, 6, ['a']],
      [6, 10, []],
    ]);
  });

  it('lists both highlights on the stretch where two overlap', () => {
    expect(ids(segmentRange(0, 10, [span('a', 2, 6), span('b', 4, 8)]))).toEqual([
      [0, 2, []],
      [2, 4, ['a']],
      [4, 6, ['a', 'b']],
      [6, 8, ['b']],
      [8, 10, []],
    ]);
  });

  it('clips highlights that start before or end after the range', () => {
    expect(ids(segmentRange(5, 10, [span('a', 0, 7), span('b', 9, 30)]))).toEqual([
      [5, 7, ['a']],
      [7, 9, []],
      [9, 10, ['b']],
    ]);
  });

  it('handles a highlight nested inside another and identical ranges', () => {
    expect(
      ids(segmentRange(0, 6, [span('outer', 0, 6), span('inner', 2, 4), span('twin', 2, 4)])),
    ).toEqual([
      [0, 2, ['outer']],
      [2, 4, ['outer', 'inner', 'twin']],
      [4, 6, ['outer']],
    ]);
  });

  it('ignores empty spans and returns nothing for an empty range', () => {
    expect(ids(segmentRange(0, 4, [span('empty', 2, 2)]))).toEqual([[0, 4, []]]);
    expect(segmentRange(3, 3, [span('a', 0, 9)])).toEqual([]);
  });
});

describe('segmentRange on many overlapping spans', () => {
  it('gives the same pieces and covering order as checking every span against every piece', () => {
    const spans = Array.from({ length: 400 }, (_, i) => {
      const start = (i * 7919) % 300;
      return span(`s${i}`, start, start + ((i * 104729) % 40));
    });
    const got = segmentRange(10, 290, spans);
    const cuts = [
      ...new Set([10, 290, ...spans.flatMap((s) => (s.end > s.start ? [s.start, s.end] : []))]),
    ]
      .filter((p) => p >= 10 && p <= 290)
      .sort((a, b) => a - b);
    const naive = cuts
      .slice(0, -1)
      .map((from, i) => [
        from,
        cuts[i + 1],
        spans
          .filter((s) => s.end > s.start && s.start <= from && s.end >= cuts[i + 1]!)
          .map((s) => s.id),
      ]);
    expect(ids(got)).toEqual(naive);
  });
});
