import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/model/article';
import {
  nextStep,
  orderFromNearScreen,
  rolloutOrder,
} from '../../../renderer/reader/screenFirstOrder';

const box = (index: number, top: number, height = 100) => ({ index, top, bottom: top + height });

describe('the order blocks get a new look in (ruby, group layers)', () => {
  it('starts with the blocks on screen in reading order, then the nearest of the rest', () => {
    // The reader scrolled down: blocks 0–2 are above the screen, 3–4 on it, 5–7 below it.
    const boxes = [-900, -600, -150, 100, 500, 900, 1300, 2200].map((top, index) =>
      box(index, top),
    );
    const { order, inView } = rolloutOrder(boxes, 800, 0);
    expect(order.slice(0, inView)).toEqual([3, 4]);
    expect(order).toEqual([3, 4, 2, 5, 1, 6, 0, 7]);
  });

  it('counts a block within the margin of the screen as on it', () => {
    const { order, inView } = rolloutOrder([box(0, 850), box(1, 100), box(2, -150)], 800, 100);
    expect(inView).toBe(3);
    expect(order).toEqual([0, 1, 2]);
  });

  it('gives an empty order for an article without blocks', () => {
    expect(rolloutOrder([], 800, 100)).toEqual({ order: [], inView: 0 });
  });
});

describe('one idle step of the rollout', () => {
  const blocks: Block[] = [0, 300, 600, 1500, 1600].map((start, i, starts) => ({
    kind: 'paragraph',
    start,
    end: (starts[i + 1] ?? 2000) - 1,
  }));

  it('takes blocks until their text reaches the budget', () => {
    expect(nextStep([0, 1, 2, 3, 4], 0, blocks, 500)).toBe(2);
    expect(nextStep([0, 1, 2, 3, 4], 2, blocks, 500)).toBe(1);
  });

  it('takes at least one block, however long', () => {
    expect(nextStep([2], 0, blocks, 10)).toBe(1);
  });

  it('takes nothing once every block is done', () => {
    expect(nextStep([0, 1], 2, blocks, 500)).toBe(0);
  });
});

describe('the order from what an IntersectionObserver saw near the screen', () => {
  it('starts with the blocks it saw, in reading order, then the nearest by block count', () => {
    const { order, inView } = orderFromNearScreen([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], new Set([4, 5]));
    expect(order.slice(0, inView)).toEqual([4, 5]);
    expect(order.slice(inView)).toEqual([3, 6, 2, 7, 1, 8, 0, 9]);
  });

  it('orders only the blocks still to change', () => {
    expect(orderFromNearScreen([9, 2, 5], new Set([5, 6]))).toEqual({
      order: [5, 2, 9],
      inView: 1,
    });
  });
});
