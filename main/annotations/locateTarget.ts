import type { AnnotationTarget } from '../../shared/model/annotation';
import { contextScore, occurrencesOf, splitsSurrogatePair, type TextRange } from './anchor';
import {
  boundedEditDistance,
  findApproximate,
  leadingAlignmentDistance,
  type Mark,
  trailingAlignmentDistance,
} from './fuzzyMatch';

/** The limits that decide between re-attaching a highlight and making it an orphan. */
export const ANCHOR_LIMITS = {
  /**
   * Share of the stored prefix+suffix that must still surround an exact occurrence found away from
   * the stored position; below it the occurrence is some other use of the same words.
   */
  contextAgreement: 0.5,
  /** Share of a changed quote that must survive for a fuzzy match (at most a quarter edited). */
  quoteSimilarity: 0.75,
  /** With context this intact on both sides, a short quote may have one character changed. */
  strongContext: 0.9,
  /** Stored context needed before a short quote is trusted with one changed character. */
  strongContextLength: 16,
  /** A quote this long (UTF-16 units) that occurs exactly once is that passage, wherever it moved. */
  longQuote: 20,
  /** Edits allowed when searching for prefix+quote+suffix, as a share of its length. */
  windowErrors: 0.25,
  /** Quotes longer than this are searched by their head and tail instead of as one window. */
  maxWindowQuote: 200,
  /** Units of a long quote's head and tail used in that case. */
  headTail: 48,
} as const;

/** How a highlight was found: still at its offsets, by its exact quote elsewhere, or approximately. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export interface Anchor {
  range: TextRange;
  method: AnchorMethod;
}

/**
 * Re-finds a stored highlight in (possibly changed) text: (1) the stored offsets, if they still hold
 * the quote with its context, or a slightly edited quote in untouched context (then the same words
 * elsewhere, even with the same context, are another passage); (2) an exact occurrence of the quote, chosen by context then
 * closeness — but never one whose context disagrees, or one that fits worse than an edited version
 * of the original place; (3) an approximate match of prefix+quote+suffix when the quote itself was
 * edited a little. Null means the text is gone and the highlight must become an orphan.
 */
export function findAnchor(text: string, target: AnnotationTarget): Anchor | null {
  const { position, quote } = target;
  if (quote.exact === '') return null;
  const stored: TextRange = { start: position.start, end: position.end };
  const fullContext = quote.prefix.length + quote.suffix.length;
  if (
    text.slice(stored.start, stored.end) === quote.exact &&
    contextScore(text, stored, quote) === fullContext
  ) {
    return { range: stored, method: 'position' };
  }

  const inPlace = editedInPlace(text, target);
  if (inPlace) return inPlace;

  const occurrences = occurrencesOf(text, quote.exact);
  const intact = occurrences.filter((range) => contextScore(text, range, quote) === fullContext);
  const nearestIntact = nearest(intact, position.start);
  if (nearestIntact) return { range: nearestIntact, method: 'quote' };

  const exact = bestExactOccurrence(text, occurrences, target);
  const fuzzy = fuzzyCandidate(text, target);
  if (
    exact &&
    (!fuzzy || overlaps(fuzzy.range, exact.range) || exact.windowErrors <= fuzzy.windowErrors)
  ) {
    return { range: exact.range, method: 'quote' };
  }
  return fuzzy?.acceptable ? { range: fuzzy.range, method: 'fuzzy' } : null;
}

/** The range of `findAnchor`, for callers that do not care how it was found. */
export function locateTarget(text: string, target: AnnotationTarget): TextRange | null {
  return findAnchor(text, target)?.range ?? null;
}

/**
 * How much of the stored prefix and suffix still surrounds `range` (1 = all of it, also when there
 * was no context to compare), tolerant of characters inserted or deleted near the highlight.
 */
export function contextSimilarity(
  text: string,
  range: TextRange,
  quote: AnnotationTarget['quote'],
): number {
  const total = quote.prefix.length + quote.suffix.length;
  if (total === 0) return 1;
  return 1 - contextErrors(text, range, quote) / total;
}

function contextErrors(text: string, range: TextRange, quote: AnnotationTarget['quote']): number {
  return (
    trailingAlignmentDistance(quote.prefix, text, range.start) +
    leadingAlignmentDistance(quote.suffix, text, range.end)
  );
}

function nearest(ranges: readonly TextRange[], to: number): TextRange | undefined {
  let best: TextRange | undefined;
  for (const range of ranges) {
    if (!best || Math.abs(range.start - to) < Math.abs(best.start - to)) best = range;
  }
  return best;
}

function overlaps(a: TextRange, b: TextRange): boolean {
  return a.start < b.end && b.start < a.end;
}

interface Candidate {
  range: TextRange;
  /** Edits between the stored prefix+quote+suffix and the text around this candidate. */
  windowErrors: number;
}

function bestExactOccurrence(
  text: string,
  occurrences: readonly TextRange[],
  { position, quote }: AnnotationTarget,
): Candidate | null {
  const total = quote.prefix.length + quote.suffix.length;
  const uniqueLongQuote = occurrences.length === 1 && quote.exact.length >= ANCHOR_LIMITS.longQuote;
  let best: (Candidate & { distance: number }) | null = null;
  for (const range of occurrences) {
    const errors = contextErrors(text, range, quote);
    const similarity = total === 0 ? 1 : 1 - errors / total;
    if (similarity < ANCHOR_LIMITS.contextAgreement && !uniqueLongQuote) continue;
    const distance = Math.abs(range.start - position.start);
    if (
      !best ||
      errors < best.windowErrors ||
      (errors === best.windowErrors && distance < best.distance)
    ) {
      best = { range, windowErrors: errors, distance };
    }
  }
  return best && { range: best.range, windowErrors: best.windowErrors };
}

/**
 * The highlight at its stored offsets when it or its context was edited a little there but the
 * surroundings are nearly as they were. A cheap banded comparison at the stored offsets rules this
 * out for highlights that moved.
 */
function editedInPlace(text: string, target: AnnotationTarget): Anchor | null {
  const { position, quote } = target;
  const here = text.slice(position.start, position.end);
  if (here === quote.exact) {
    const stored = { start: position.start, end: position.end };
    return contextSimilarity(text, stored, quote) >= ANCHOR_LIMITS.strongContext
      ? { range: stored, method: 'position' }
      : null;
  }
  const budget = Math.max(1, Math.floor(quote.exact.length * (1 - ANCHOR_LIMITS.quoteSimilarity)));
  if (boundedEditDistance(quote.exact, here, budget) > budget) return null;
  const slack = budget + 1;
  const fuzzy = fuzzyCandidate(text, target, {
    from: Math.max(0, position.start - quote.prefix.length - slack),
    to: Math.min(text.length, position.end + quote.suffix.length + slack),
  });
  if (!fuzzy?.acceptable) return null;
  const context = contextSimilarity(text, fuzzy.range, quote);
  return context >= ANCHOR_LIMITS.strongContext && overlaps(fuzzy.range, position)
    ? { range: fuzzy.range, method: 'fuzzy' }
    : null;
}

interface FuzzyCandidate extends Candidate {
  /** Whether the text found is close enough to the quote, in agreeing context, to attach to. */
  acceptable: boolean;
}

/** Part of the text to search, so a check near the stored offsets stays local. */
interface Span {
  from: number;
  to: number;
}

function fuzzyCandidate(
  text: string,
  target: AnnotationTarget,
  span: Span = { from: 0, to: text.length },
): FuzzyCandidate | null {
  const found = approximateRange(text, target, span);
  if (!found) return null;
  const { quote } = target;
  const range = tidyRange(text, found.range, quote.exact);
  const length = quote.exact.length;
  const allowed = Math.floor(length * (1 - ANCHOR_LIMITS.quoteSimilarity));
  const quoteErrors =
    range.end > range.start
      ? boundedEditDistance(quote.exact, text.slice(range.start, range.end), Math.max(1, allowed))
      : length;
  const context = contextSimilarity(text, range, quote);
  const strongContext =
    context >= ANCHOR_LIMITS.strongContext &&
    quote.prefix.length + quote.suffix.length >= ANCHOR_LIMITS.strongContextLength;
  const acceptable =
    range.end > range.start &&
    text.slice(range.start, range.end).trim() !== '' &&
    context >= ANCHOR_LIMITS.contextAgreement &&
    (quoteErrors <= allowed || (quoteErrors <= 1 && length >= 2 && strongContext));
  return { range, windowErrors: found.windowErrors, acceptable };
}

/** Where prefix+quote+suffix fits the text best (a long quote by its head and its tail). */
function approximateRange(
  text: string,
  { position, quote }: AnnotationTarget,
  { from, to }: Span,
): Candidate | null {
  const { prefix, exact, suffix } = quote;
  const searched = text.slice(from, to);
  const search = (pattern: string, near: number, marks: Mark[]) =>
    findApproximate(
      searched,
      pattern,
      Math.floor(pattern.length * ANCHOR_LIMITS.windowErrors),
      near - from,
      marks,
    );
  if (exact.length <= ANCHOR_LIMITS.maxWindowQuote) {
    const match = search(prefix + exact + suffix, position.start - prefix.length, [
      { offset: prefix.length, side: 'start' },
      { offset: prefix.length + exact.length, side: 'end' },
    ]);
    return (
      match && {
        range: { start: from + match.marks[0]!, end: from + match.marks[1]! },
        windowErrors: match.distance,
      }
    );
  }
  const tailQuote = exact.slice(-ANCHOR_LIMITS.headTail);
  const head = search(
    prefix + exact.slice(0, ANCHOR_LIMITS.headTail),
    position.start - prefix.length,
    [{ offset: prefix.length, side: 'start' }],
  );
  const tail = search(tailQuote + suffix, position.end - tailQuote.length, [
    { offset: tailQuote.length, side: 'end' },
  ]);
  if (!head || !tail) return null;
  return {
    range: { start: from + head.marks[0]!, end: from + tail.marks[0]! },
    windowErrors: head.distance + tail.distance,
  };
}

const WHITESPACE = /\s/u;

/** Drops whitespace the quote did not have at its ends, and never cuts an astral character. */
function tidyRange(text: string, range: TextRange, exact: string): TextRange {
  let { start, end } = range;
  if (!WHITESPACE.test(exact[0] ?? '')) {
    while (start < end && WHITESPACE.test(text[start]!)) start += 1;
  }
  if (!WHITESPACE.test(exact.at(-1) ?? '')) {
    while (end > start && WHITESPACE.test(text[end - 1]!)) end -= 1;
  }
  if (splitsSurrogatePair(text, start)) start -= 1;
  if (splitsSurrogatePair(text, end)) end += 1;
  return { start, end };
}
