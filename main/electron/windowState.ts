/** A rectangle in screen coordinates (Electron's `Rectangle`). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What is remembered of the window between runs: its normal (unmaximized) bounds and whether it was maximized. */
export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

/** Where and how large to open the window; no x/y means "centred by the system". */
export interface WindowPlacement {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1200, height: 860 } as const;
export const MIN_WINDOW_SIZE = { width: 720, height: 480 } as const;
/** How much of the window must lie on a display for it to reopen there rather than centred. */
const MIN_VISIBLE = { width: 160, height: 80 } as const;

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** Reads a saved state, or null for anything that is not one (a damaged or hand-edited file). */
export function parseWindowState(data: unknown): WindowState | null {
  if (typeof data !== 'object' || data === null) return null;
  const { bounds, maximized } = data as { bounds?: unknown; maximized?: unknown };
  if (typeof bounds !== 'object' || bounds === null || typeof maximized !== 'boolean') return null;
  const { x, y, width, height } = bounds as Record<string, unknown>;
  if (![x, y, width, height].every(isFiniteNumber)) return null;
  if ((width as number) <= 0 || (height as number) <= 0) return null;
  return {
    bounds: { x: x as number, y: y as number, width: width as number, height: height as number },
    maximized,
  };
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

const clamp = (value: number, low: number, high: number) =>
  Math.min(Math.max(value, low), Math.max(low, high));

/** A size no smaller than the minimum and no larger than the work area. */
function fitSize(size: { width: number; height: number }, area: Rect) {
  return {
    width: Math.round(clamp(size.width, MIN_WINDOW_SIZE.width, area.width)),
    height: Math.round(clamp(size.height, MIN_WINDOW_SIZE.height, area.height)),
  };
}

/**
 * Where to reopen the window, given the saved state and the displays' work areas (the primary
 * first). It goes back where it was, moved and shrunk as needed to lie wholly on the display it
 * was mostly on; if too little of it would show on any display (a monitor was unplugged, the
 * resolution dropped), it opens centred on the primary display at a size that fits there.
 */
export function placeWindow(
  saved: WindowState | null,
  workAreas: readonly Rect[],
): WindowPlacement {
  const primary = workAreas[0];
  if (primary === undefined) return { ...DEFAULT_WINDOW_SIZE, maximized: false };
  if (saved === null) return { ...fitSize(DEFAULT_WINDOW_SIZE, primary), maximized: false };
  let best: { area: Rect; shown: number } | null = null;
  for (const area of workAreas) {
    const { width, height } = overlap(saved.bounds, area);
    if (width < MIN_VISIBLE.width || height < MIN_VISIBLE.height) continue;
    if (best === null || width * height > best.shown) best = { area, shown: width * height };
  }
  if (best === null) return { ...fitSize(saved.bounds, primary), maximized: saved.maximized };
  const size = fitSize(saved.bounds, best.area);
  return {
    x: Math.round(clamp(saved.bounds.x, best.area.x, best.area.x + best.area.width - size.width)),
    y: Math.round(clamp(saved.bounds.y, best.area.y, best.area.y + best.area.height - size.height)),
    ...size,
    maximized: saved.maximized,
  };
}
