/** Anything that covers a canonical [start, end) range: a highlight, a search hit. */
export interface Span {
  start: number;
  end: number;
}

/** A stretch of text covered by exactly the same spans from start to end. */
export interface Segment<T extends Span> {
  start: number;
  end: number;
  covering: T[];
}

/**
 * Splits [start, end) at every span boundary inside it and lists the spans covering each piece,
 * so overlapping highlights can be drawn as nested marks without losing either. Covering spans
 * keep the order they were given in; empty spans are ignored. One sweep over sorted boundaries,
 * so thousands of spans in a block cost n log n plus what is drawn, not spans × pieces.
 */
export function segmentRange<T extends Span>(
  start: number,
  end: number,
  spans: readonly T[],
): Segment<T>[] {
  if (end <= start) return [];
  // Each boundary inside the range: where a span (by its index in `spans`) opens or closes.
  const opens = new Map<number, number[]>();
  const closes = new Map<number, number[]>();
  const at = (map: Map<number, number[]>, point: number, index: number) => {
    const list = map.get(point);
    if (list) list.push(index);
    else map.set(point, [index]);
  };
  spans.forEach((span, index) => {
    if (span.end <= span.start || span.end <= start || span.start >= end) return;
    at(opens, Math.max(span.start, start), index);
    at(closes, Math.min(span.end, end), index);
  });
  const points = [...new Set([start, end, ...opens.keys(), ...closes.keys()])].sort(
    (a, b) => a - b,
  );
  const active = new Set<number>();
  const segments: Segment<T>[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const from = points[i] as number;
    for (const index of closes.get(from) ?? []) active.delete(index);
    for (const index of opens.get(from) ?? []) active.add(index);
    const covering = [...active].sort((a, b) => a - b).map((index) => spans[index] as T);
    segments.push({ start: from, end: points[i + 1] as number, covering });
  }
  return segments;
}
