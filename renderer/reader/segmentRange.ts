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
 * keep the order they were given in; empty spans are ignored.
 */
export function segmentRange<T extends Span>(
  start: number,
  end: number,
  spans: readonly T[],
): Segment<T>[] {
  if (end <= start) return [];
  const relevant = spans.filter(
    (span) => span.end > span.start && span.end > start && span.start < end,
  );
  const cuts = new Set<number>([start, end]);
  for (const span of relevant) {
    if (span.start > start) cuts.add(span.start);
    if (span.end < end) cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment<T>[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const from = points[i] as number;
    const to = points[i + 1] as number;
    segments.push({
      start: from,
      end: to,
      covering: relevant.filter((span) => span.start <= from && span.end >= to),
    });
  }
  return segments;
}
