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
const codes = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
const SENTENCE_ENDS = codes('。！？；!?;…\n');
const CLOSINGS = codes('”’」』）)"\'');
/** Whether the unit at `i` ends a sentence; false past either end. */
const endsSentence = (text: string, i: number) => SENTENCE_ENDS.has(text.charCodeAt(i));
/** Whether the unit at `i` is a closing quote or bracket; false past either end. */
const closes = (text: string, i: number) => CLOSINGS.has(text.charCodeAt(i));
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

/** Longest stretch an occurrence may reach back over a window edge (occurrences are short). */
const MAX_OCCURRENCE_LENGTH = 512;

/** Index of the first occurrence starting at or after `at` (occurrences are sorted by start). */
function firstStartingAt(occurrences: Occurrence[], at: number): number {
  let lo = 0;
  let hi = occurrences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (occurrences[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The occurrences that start in [from, to). */
function startingIn(occurrences: Occurrence[], from: number, to: number): Occurrence[] {
  return occurrences.slice(firstStartingAt(occurrences, from), firstStartingAt(occurrences, to));
}

function distinctTermsIn(occurrences: Occurrence[], start: number, end: number): number {
  const seen = new Set<number>();
  for (const o of startingIn(occurrences, start, end)) if (o.end <= end) seen.add(o.term);
  return seen.size;
}

function isSentenceStart(text: string, i: number): boolean {
  if (i === 0) return true;
  if (closes(text, i)) return false;
  if (endsSentence(text, i - 1)) return true;
  return closes(text, i - 1) && i >= 2 && endsSentence(text, i - 2);
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
    const atEnd = i === text.length || (endsSentence(text, i - 1) && !closes(text, i));
    const afterClosing = closes(text, i - 1) && i >= 2 && endsSentence(text, i - 2);
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
  for (const o of startingIn(occurrences, start - MAX_OCCURRENCE_LENGTH, start)) {
    if (o.end > start) start = Math.min(start, o.start);
  }
  for (const o of startingIn(occurrences, end - MAX_OCCURRENCE_LENGTH, end)) {
    if (o.end > end) end = o.end;
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
  let anchor: Occurrence = { start: 0, end: 0, term: -1 };
  let bestCount = 0;
  for (const candidate of occurrences.slice(0, MAX_ANCHORS)) {
    if (bestCount >= termCount) break;
    const from = Math.max(0, candidate.start - LEAD);
    const count = distinctTermsIn(occurrences, from, Math.max(from + WINDOW, candidate.end));
    if (count > bestCount) [anchor, bestCount] = [candidate, count];
  }
  const [start, end] = windowAround(text, anchor, anchor.term < 0 ? [] : occurrences);
  const lead = start > 0 && text[start - 1] !== '\n' ? ELLIPSIS : '';
  const tail = end < text.length && text[end] !== '\n' ? ELLIPSIS : '';
  const body = text.slice(start, end).replace(/[\n\r\t]/g, ' ');
  const marks = mergeRanges(
    startingIn(occurrences, start, end)
      .filter((o) => o.end <= end)
      .map((o): [number, number] => [o.start - start + lead.length, o.end - start + lead.length]),
  );
  return { text: lead + body + tail, marks };
}
