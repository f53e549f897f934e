import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_SIZE,
  MIN_WINDOW_SIZE,
  parseWindowState,
  placeWindow,
  type Rect,
} from '../../../main/electron/windowState';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 870 };
const monitorRight: Rect = { x: 1440, y: -200, width: 2560, height: 1400 };

describe('placeWindow', () => {
  it('opens at the default size, centred, when nothing was saved', () => {
    expect(placeWindow(null, [laptop])).toEqual({ ...DEFAULT_WINDOW_SIZE, maximized: false });
  });

  it('shrinks the default size to a small screen', () => {
    const small = { x: 0, y: 0, width: 1024, height: 700 };
    expect(placeWindow(null, [small])).toEqual({ width: 1024, height: 700, maximized: false });
  });

  it('reopens exactly where it was when that is still on a display', () => {
    const saved = { bounds: { x: 1600, y: 0, width: 1000, height: 800 }, maximized: false };
    expect(placeWindow(saved, [laptop, monitorRight])).toEqual({
      ...saved.bounds,
      maximized: false,
    });
  });

  it('keeps the maximized flag so the window is maximized again', () => {
    const saved = { bounds: { x: 10, y: 10, width: 900, height: 600 }, maximized: true };
    expect(placeWindow(saved, [laptop]).maximized).toBe(true);
  });

  it('moves a window hanging off the edge back onto the display it was mostly on', () => {
    const saved = { bounds: { x: 1000, y: 500, width: 900, height: 600 }, maximized: false };
    expect(placeWindow(saved, [laptop])).toEqual({
      x: 1440 - 900,
      y: 870 - 600,
      width: 900,
      height: 600,
      maximized: false,
    });
  });

  it('centres on the primary display when the monitor it was on is gone', () => {
    const saved = { bounds: { x: 2000, y: 100, width: 2200, height: 1300 }, maximized: false };
    expect(placeWindow(saved, [laptop])).toEqual({ width: 1440, height: 870, maximized: false });
  });

  it('treats a sliver on screen as gone, so the title bar is never out of reach', () => {
    const saved = { bounds: { x: 1400, y: 100, width: 800, height: 600 }, maximized: false };
    const placement = placeWindow(saved, [laptop]);
    expect(placement.x).toBeUndefined();
    expect(placement.y).toBeUndefined();
  });

  it('never opens smaller than the minimum the layout needs', () => {
    const saved = { bounds: { x: 0, y: 0, width: 200, height: 100 }, maximized: false };
    expect(placeWindow(saved, [laptop])).toMatchObject(MIN_WINDOW_SIZE);
  });

  it('opens at the default size when Electron reports no display', () => {
    expect(placeWindow(null, [])).toEqual({ ...DEFAULT_WINDOW_SIZE, maximized: false });
  });
});

describe('parseWindowState', () => {
  it('accepts what was saved', () => {
    const state = { bounds: { x: -10, y: 0, width: 800, height: 600 }, maximized: false };
    expect(parseWindowState(state)).toEqual(state);
  });

  it('rejects anything else rather than guessing', () => {
    for (const bad of [
      null,
      'x',
      [],
      { bounds: { x: 0, y: 0, width: 800, height: 600 } },
      { bounds: { x: 0, y: 0, width: 0, height: 600 }, maximized: false },
      { bounds: { x: 0, y: '0', width: 800, height: 600 }, maximized: false },
      { bounds: { x: 0, y: 0, width: Infinity, height: 600 }, maximized: false },
    ]) {
      expect(parseWindowState(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});
