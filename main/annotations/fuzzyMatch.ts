/**
 * Approximate string matching for re-anchoring highlights in edited text. Everything counts UTF-16
 * code units and edits of one unit (insert, delete, substitute), which for Chinese text means one
 * character per edit.
 */

/**
 * Levenshtein distance of `a` and `b`, or `max + 1` as soon as it is known to exceed `max`: only a
 * band of width 2·max+1 is computed, so comparing long quotes with a small tolerance stays cheap.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const over = max + 1;
  let previous = new Int32Array(b.length + 1).fill(over);
  let current = new Int32Array(b.length + 1).fill(over);
  for (let j = 0; j <= Math.min(b.length, max); j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    current.fill(over);
    if (i <= max) current[0] = i;
    let rowMin = current[0]!;
    const ai = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j += 1) {
      const substitute = previous[j - 1]! + (ai === b.charCodeAt(j - 1) ? 0 : 1);
      const value = Math.min(substitute, previous[j]! + 1, current[j - 1]! + 1, over);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return over;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length]!, over);
}

/**
 * Fewest edits that turn `pattern` into some text starting exactly at `text[start]` (where it ends
 * is free): how well a stored suffix still follows a highlight that may have moved.
 */
export function leadingAlignmentDistance(pattern: string, text: string, start: number): number {
  const window = text.slice(start, start + 2 * pattern.length);
  return freeEndDistance(pattern, window);
}

/** Like leadingAlignmentDistance, for a stored prefix that must end exactly at `text[end]`. */
export function trailingAlignmentDistance(pattern: string, text: string, end: number): number {
  const window = text.slice(Math.max(0, end - 2 * pattern.length), end);
  return freeEndDistance(reverse(pattern), reverse(window));
}

function reverse(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i -= 1) out += s[i];
  return out;
}

/** Edit distance of `pattern` against the best prefix of `text`. */
function freeEndDistance(pattern: string, text: string): number {
  let previous = new Int32Array(text.length + 1);
  let current = new Int32Array(text.length + 1);
  for (let j = 0; j <= text.length; j += 1) previous[j] = j;
  for (let i = 1; i <= pattern.length; i += 1) {
    current[0] = i;
    const pi = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= text.length; j += 1) {
      current[j] = Math.min(
        previous[j - 1]! + (pi === text.charCodeAt(j - 1) ? 0 : 1),
        previous[j]! + 1,
        current[j - 1]! + 1,
      );
    }
    [previous, current] = [current, previous];
  }
  let best = pattern.length;
  for (let j = 0; j <= text.length; j += 1) best = Math.min(best, previous[j]!);
  return best;
}

/** Where an approximate occurrence of a pattern lies, and where chosen pattern offsets fell in the text. */
export interface ApproximateMatch {
  start: number;
  end: number;
  /** Edits needed to turn the pattern into text[start, end). */
  distance: number;
  /** For each requested mark, the text offset its pattern offset aligned to. */
  marks: number[];
}

/**
 * A pattern offset to map into the text. Text inserted exactly there is left outside the range it
 * bounds: a 'start' mark lands after such text, an 'end' mark before it, so a highlight does not
 * grow into words added beside it.
 */
export interface Mark {
  offset: number;
  side: 'start' | 'end';
}

/** Candidate regions verified per search; true matches with few errors collect the most votes. */
const MAX_REGIONS = 24;

/**
 * Finds the substring of `text` closest to `pattern` with at most `maxErrors` edits, preferring
 * fewer edits, then closeness to `near`. Splits the pattern into maxErrors+1 pieces: any match with
 * that many errors keeps at least one piece intact, so exact piece hits point at the only regions
 * worth aligning (the best-voted regions are aligned; a borderline match in a very repetitive
 * text can be missed, which leaves a highlight orphaned rather than misplaced).
 */
export function findApproximate(
  text: string,
  pattern: string,
  maxErrors: number,
  near: number,
  marks: readonly Mark[] = [],
): ApproximateMatch | null {
  const m = pattern.length;
  if (m === 0 || text.length === 0) return null;
  const k = Math.max(0, Math.min(maxErrors, m - 1));
  const regions = candidateRegions(text, pattern, k);
  let best: ApproximateMatch | null = null;
  let bestRank = Number.POSITIVE_INFINITY;
  const pieces = k + 1;
  for (const region of regions.slice(0, MAX_REGIONS)) {
    // A region whose votes cannot come from a match with fewer edits than the best is skipped.
    if (best && region.votes < pieces - best.distance) break;
    const from = Math.max(0, region.min - k);
    const to = Math.min(text.length, region.max + m + k);
    const match = alignInRegion(text, from, to, pattern, k, near, marks);
    if (!match) continue;
    const rank = match.distance * (text.length + 1) + Math.abs(match.start - near);
    if (rank < bestRank) {
      best = match;
      bestRank = rank;
    }
  }
  return best;
}

interface Region {
  min: number;
  max: number;
  votes: number;
  center: number;
}

function candidateRegions(text: string, pattern: string, k: number): Region[] {
  const pieces = k + 1;
  const pieceLength = Math.floor(pattern.length / pieces);
  const hits: Array<{ start: number; piece: number }> = [];
  for (let p = 0; p < pieces; p += 1) {
    const offset = p * pieceLength;
    const piece = pattern.slice(offset, p === pieces - 1 ? pattern.length : offset + pieceLength);
    for (let at = text.indexOf(piece); at !== -1; at = text.indexOf(piece, at + 1)) {
      hits.push({ start: at - offset, piece: p });
    }
  }
  hits.sort((a, b) => a.start - b.start);
  const regions: Region[] = [];
  let pieceSet = new Set<number>();
  for (const hit of hits) {
    const last = regions.at(-1);
    if (last && hit.start - last.max <= Math.max(1, k) && hit.start - last.min <= 2 * k + 1) {
      last.max = hit.start;
      pieceSet.add(hit.piece);
      last.votes = pieceSet.size;
    } else {
      pieceSet = new Set([hit.piece]);
      regions.push({ min: hit.start, max: hit.start, votes: 1, center: hit.start });
    }
  }
  return regions.sort((a, b) => b.votes - a.votes);
}

/**
 * Semi-global alignment (free start and end in the text) of the whole pattern inside
 * text[from, to), with a traceback that maps the marks to text offsets.
 */
function alignInRegion(
  text: string,
  from: number,
  to: number,
  pattern: string,
  maxErrors: number,
  near: number,
  marks: readonly Mark[],
): ApproximateMatch | null {
  const m = pattern.length;
  const w = to - from;
  const cols = w + 1;
  const d = new Int32Array((m + 1) * cols);
  for (let i = 1; i <= m; i += 1) {
    d[i * cols] = i;
    const pi = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= w; j += 1) {
      const diagonal = d[(i - 1) * cols + j - 1]! + (pi === text.charCodeAt(from + j - 1) ? 0 : 1);
      const up = d[(i - 1) * cols + j]! + 1;
      const left = d[i * cols + j - 1]! + 1;
      d[i * cols + j] = Math.min(diagonal, up, left);
    }
  }
  let endCol = -1;
  for (let j = 0; j <= w; j += 1) {
    const value = d[m * cols + j]!;
    if (value > maxErrors) continue;
    if (
      endCol === -1 ||
      value < d[m * cols + endCol]! ||
      (value === d[m * cols + endCol]! &&
        Math.abs(from + j - m - near) < Math.abs(from + endCol - m - near))
    ) {
      endCol = j;
    }
  }
  if (endCol === -1) return null;

  // Walk back; for each row remember the leftmost and rightmost column the path visits.
  const leftmost = new Int32Array(m + 1).fill(-1);
  const rightmost = new Int32Array(m + 1).fill(-1);
  let i = m;
  let j = endCol;
  rightmost[m] = j;
  leftmost[m] = j;
  while (i > 0) {
    const here = d[i * cols + j]!;
    const pi = pattern.charCodeAt(i - 1);
    if (
      j > 0 &&
      here === d[(i - 1) * cols + j - 1]! + (pi === text.charCodeAt(from + j - 1) ? 0 : 1)
    ) {
      i -= 1;
      j -= 1;
    } else if (here === d[(i - 1) * cols + j]! + 1) {
      i -= 1;
    } else {
      j -= 1;
    }
    if (rightmost[i] === -1) rightmost[i] = j;
    leftmost[i] = j;
  }
  return {
    start: from + rightmost[0]!,
    end: from + endCol,
    distance: d[m * cols + endCol]!,
    marks: marks.map(({ offset, side }) => {
      const row = Math.max(0, Math.min(m, offset));
      return from + (side === 'start' ? rightmost[row]! : leftmost[row]!);
    }),
  };
}
