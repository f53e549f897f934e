import { describe, expect, it } from 'vitest';
import { firstVisibleOffset, scrollProgress } from '../../../renderer/reader/readingPosition';

describe('firstVisibleOffset', () => {
  const blocks = [
    { start: 0, top: -300, bottom: -100 },
    { start: 12, top: -80, bottom: 60 },
    { start: 40, top: 80, bottom: 300 },
  ];

  it('picks the first block whose bottom is below the header', () => {
    expect(firstVisibleOffset(blocks, 56)).toBe(12);
    expect(firstVisibleOffset(blocks, 70)).toBe(40);
  });

  it('falls back to the last block when all are scrolled past, and null when there are none', () => {
    expect(firstVisibleOffset(blocks, 1000)).toBe(40);
    expect(firstVisibleOffset([], 0)).toBeNull();
  });
});

describe('scrollProgress', () => {
  it('is the scrolled share of the scrollable height, clamped to 0..1', () => {
    expect(scrollProgress(500, 2000, 1000)).toBe(0.5);
    expect(scrollProgress(-20, 2000, 1000)).toBe(0);
    expect(scrollProgress(5000, 2000, 1000)).toBe(1);
  });

  it('counts a page that fits on screen as fully read', () => {
    expect(scrollProgress(0, 800, 1000)).toBe(1);
  });
});
