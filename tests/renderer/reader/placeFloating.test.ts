import { describe, expect, it } from 'vitest';
import { placeFloating } from '../../../renderer/reader/placeFloating';

const SIZE = { width: 320, height: 120 };
// A window showing the container from y=1000 to y=1600, the header covering its first 60 px.
const VISIBLE = { top: 1060, bottom: 1600 };

describe('placeFloating', () => {
  it('goes below the anchor when there is room', () => {
    const anchor = { top: 1100, bottom: 1130, left: 40 };
    expect(placeFloating(anchor, SIZE, VISIBLE, 800)).toEqual({
      top: 1138,
      left: 40,
      side: 'below',
    });
  });

  it('goes above the anchor near the bottom of the window', () => {
    const anchor = { top: 1500, bottom: 1530, left: 40 };
    expect(placeFloating(anchor, SIZE, VISIBLE, 800)).toEqual({
      top: 1500 - 8 - 120,
      left: 40,
      side: 'above',
    });
  });

  it('stays fully visible when an anchor sits at the very bottom edge', () => {
    const anchor = { top: 1585, bottom: 1600, left: 0 };
    const placed = placeFloating(anchor, SIZE, VISIBLE, 800);
    expect(placed.side).toBe('above');
    expect(placed.top + SIZE.height).toBeLessThanOrEqual(VISIBLE.bottom);
  });

  it('is clamped inside the window when a selection is taller than it has room around', () => {
    const anchor = { top: 900, bottom: 1700, left: 10 };
    const placed = placeFloating(anchor, SIZE, VISIBLE, 800);
    expect(placed).toEqual({ top: 1600 - 120, left: 10, side: 'over' });
  });

  it('does not hide under the header when the window is shorter than the toolbar', () => {
    const anchor = { top: 900, bottom: 1700, left: 10 };
    const placed = placeFloating(anchor, SIZE, { top: 1060, bottom: 1100 }, 800);
    expect(placed.top).toBe(1060);
  });

  it('keeps the left edge inside the container on narrow windows', () => {
    const anchor = { top: 1100, bottom: 1130, left: 600 };
    expect(placeFloating(anchor, SIZE, VISIBLE, 700).left).toBe(380);
    expect(placeFloating({ ...anchor, left: -20 }, SIZE, VISIBLE, 700).left).toBe(0);
    expect(placeFloating(anchor, SIZE, VISIBLE, 200).left).toBe(0);
  });
});
