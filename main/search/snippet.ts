import type { Snippet } from '../../shared/model/search';

/** One place a query term occurs in an article's text, as [start, end) offsets. */
export interface Occurrence {
  start: number;
  end: number;
  term: number;
}

/** Snippet length aimed for, before trimming to sentence boundaries (result: ~80–120 chars). */
const WINDOW = 100;
/** Context kept before the match the window is anchored on. */
const LEAD = 20;
/** How far a window edge may move to land on a sentence boundary. */
const SNAP = 18;
const MAX_OCCURRENCES_PER_TERM = 500;
const MAX_ANCHORS = 200;
const SENTENCE_END = new Set(['。', '！', '？', '；', '!', '?', ';', '…', '\n']);
const CLOSING = new Set(['”', '’', '」', '』', '）', ')', '"', "'"]);
const ELLIPSIS = '…';

/** Every occurrence of every (folded) term in the folded text, sorted by position. */
export function findOccurrences(folded: string, terms: string[]): Occurrence[] {
  const found: Occurrence[] = [];
  terms.forEach((term, index) => {
    let from = 0;
    for (let n = 0; n < MAX_OCCURRENCES_PER_TERM; n++) {
      const at = folded.indexOf(term, from);
      if (at < 0) break;
      found.push({ start: at, end: at + term.length, term: index });
      from = at + 1;
    }
  });
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}

function distinctTermsIn(occurrences: Occurrence[], start: number, end: number): number {
  const seen = new Set<number>();
  for (const o of occurrences) if (o.start >= start && o.end <= end) seen.add(o.term);
  return seen.size;
}

function isSentenceStart(text: string, i: number): boolean {
  if (i === 0) return true;
  if (CLOSING.has(text[i] ?? '')) return false;
  const before = text[i - 1]!;
  if (SENTENCE_END.has(before)) return true;
  return CLOSING.has(before) && i >= 2 && SENTENCE_END.has(text[i - 2]!);
}

/** The sentence start nearest to `target` in [lo, hi], or `target` if there is none. */
function snapStart(text: string, target: number, lo: number, hi: number): number {
  let best = -1;
  for (let i = Math.max(0, lo); i <= hi; i++) {
    if (isSentenceStart(text, i) && (best < 0 || Math.abs(i - target) < Math.abs(best - target)))
      best = i;
  }
  return best < 0 ? target : best;
}

/** The sentence end nearest to `target` in [lo, hi] (exclusive end, after closing quotes), or `target`. */
function snapEnd(text: string, target: number, lo: number, hi: number): number {
  let best = -1;
  for (let i = Math.max(1, lo); i <= Math.min(hi, text.length); i++) {
    const atEnd =
      i === text.length || (SENTENCE_END.has(text[i - 1]!) && !CLOSING.has(text[i] ?? ''));
    const afterClosing = CLOSING.has(text[i - 1]!) && i >= 2 && SENTENCE_END.has(text[i - 2]!);
    if ((atEnd || afterClosing) && (best < 0 || Math.abs(i - target) < Math.abs(best - target)))
      best = i;
  }
  return best < 0 ? target : best;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Picks the [start, end) of the text to show around `anchor`, then grows it to whole occurrences and characters. */
function windowAround(
  text: string,
  anchor: Occurrence,
  occurrences: Occurrence[],
): [number, number] {
  let start = Math.max(0, anchor.start - LEAD);
  if (start > 0) start = snapStart(text, start, start - SNAP, anchor.start);
  let end = Math.min(text.length, Math.max(start + WINDOW, anchor.end));
  if (end < text.length) end = snapEnd(text, end, Math.max(anchor.end, end - SNAP), end + SNAP);
  for (const o of occurrences) {
    if (o.start < start && o.end > start) start = o.start;
    if (o.start < end && o.end > end) end = o.end;
  }
  if (
    start > 0 &&
    isLowSurrogate(text.charCodeAt(start)) &&
    isHighSurrogate(text.charCodeAt(start - 1))
  )
    start--;
  if (
    end < text.length &&
    isLowSurrogate(text.charCodeAt(end)) &&
    isHighSurrogate(text.charCodeAt(end - 1))
  )
    end++;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

/** Merges overlapping [start, end) ranges of a sorted list. */
function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const merged: Array<[number, number]> = [];
  for (const [s, e] of ranges) {
    const last = merged.at(-1);
    if (last && s < last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

/**
 * The excerpt a search result shows: ~100 characters around the first match (or, if another
 * window holds more of the query's terms, that one), snapped to sentence boundaries, with "…"
 * where the article text was cut, and every term occurrence in it marked.
 */
export function buildSnippet(text: string, occurrences: Occurrence[], termCount: number): Snippet {
  let [start, end] = windowAround(text, { start: 0, end: 0, term: -1 }, []);
  let bestCount = 0;
  for (const anchor of occurrences.slice(0, MAX_ANCHORS)) {
    if (bestCount >= termCount) break;
    const [s, e] = windowAround(text, anchor, occurrences);
    const count = distinctTermsIn(occurrences, s, e);
    if (count > bestCount) [start, end, bestCount] = [s, e, count];
  }
  const lead = start > 0 && text[start - 1] !== '\n' ? ELLIPSIS : '';
  const tail = end < text.length && text[end] !== '\n' ? ELLIPSIS : '';
  const body = text.slice(start, end).replace(/[\n\r\t]/g, ' ');
  const marks = mergeRanges(
    occurrences
      .filter((o) => o.start >= start && o.end <= end)
      .map((o): [number, number] => [o.start - start + lead.length, o.end - start + lead.length]),
  );
  return { text: lead + body + tail, marks };
}
