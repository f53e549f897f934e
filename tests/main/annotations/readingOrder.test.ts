import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/model/annotation';
import { sortInReadingOrder } from '../../../main/annotations/readingOrder';

function annotation(
  id: string,
  articleId: string,
  start: number,
  end: number,
  created = '2026-11-26T08:00:00.000Z',
): Annotation {
  return {
    id,
    articleId,
    creator: { id: 'u1', name: '小李' },
    created,
    modified: created,
    color: 'yellow',
    note: '',
    target: {
      position: { start, end, unit: 'utf16' },
      quote: { exact: 'x', prefix: '', suffix: '' },
    },
  };
}

const ids = (list: Annotation[]): string[] => list.map((a) => a.id);

describe('sortInReadingOrder', () => {
  it('orders by the library article order, not by article id', () => {
    const list = [annotation('a', 'art-a', 0, 1), annotation('b', 'art-b', 0, 1)];
    expect(ids(sortInReadingOrder(list, ['art-b', 'art-a']))).toEqual(['b', 'a']);
  });

  it('orders highlights within an article by start, then end, then creation time', () => {
    const list = [
      annotation('late-long', 'art', 10, 30, '2026-11-26T09:00:00.000Z'),
      annotation('second', 'art', 40, 41),
      annotation('early-long', 'art', 10, 30, '2026-11-26T07:00:00.000Z'),
      annotation('short', 'art', 10, 12),
      annotation('first', 'art', 2, 50),
    ];
    expect(ids(sortInReadingOrder(list, ['art']))).toEqual([
      'first',
      'short',
      'early-long',
      'late-long',
      'second',
    ]);
  });

  it('puts articles missing from the library order last, grouped by article', () => {
    const list = [
      annotation('gone-z', 'zzz', 0, 1),
      annotation('gone-y', 'yyy', 5, 6),
      annotation('known', 'art', 9, 10),
      annotation('gone-y-earlier', 'yyy', 1, 2),
    ];
    expect(ids(sortInReadingOrder(list, ['art']))).toEqual([
      'known',
      'gone-y-earlier',
      'gone-y',
      'gone-z',
    ]);
  });

  it('puts an article’s orphans after its anchored highlights, oldest first, whatever their old offsets', () => {
    const orphan = (id: string, start: number, created: string) => ({
      ...annotation(id, 'art', start, start + 1, created),
      state: 'orphaned' as const,
    });
    const anchored = (id: string, start: number) => ({
      ...annotation(id, 'art', start, start + 1),
      state: 'anchored' as const,
    });
    const list = [
      orphan('orphan-new', 0, '2026-11-27T08:00:00.000Z'),
      anchored('late', 90),
      orphan('orphan-old', 99, '2026-11-20T08:00:00.000Z'),
      { ...annotation('next-article', 'other', 0, 1), state: 'anchored' as const },
      anchored('early', 3),
    ];
    expect(ids(sortInReadingOrder(list, ['art', 'other']))).toEqual([
      'early',
      'late',
      'orphan-old',
      'orphan-new',
      'next-article',
    ]);
  });

  it('returns a new array and leaves the input untouched', () => {
    const list = [annotation('b', 'art', 5, 6), annotation('a', 'art', 1, 2)];
    const sorted = sortInReadingOrder(list, ['art']);
    expect(sorted).not.toBe(list);
    expect(ids(list)).toEqual(['b', 'a']);
  });
});
