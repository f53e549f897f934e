import type { AnnotationTarget } from '../../shared/model/annotation';
import {
  isHighSurrogate,
  isLowSurrogate,
  quoteAt,
  splitsSurrogatePair,
} from '../../shared/text/quoteContext';
import { AppFailure } from '../appFailure';

export { CONTEXT_LENGTH, splitsSurrogatePair } from '../../shared/text/quoteContext';

/** A range of UTF-16 offsets into an article's canonical text. */
export interface TextRange {
  start: number;
  end: number;
}

function invalidRange(message: string): AppFailure {
  return new AppFailure('invalid-range', message);
}

function assertOffset(text: string, offset: number, name: string): void {
  if (!Number.isInteger(offset))
    throw invalidRange(`${name} must be a whole number, got ${offset}.`);
  if (offset < 0 || offset > text.length) {
    throw invalidRange(`${name} ${offset} is outside the text (0–${text.length}).`);
  }
  if (splitsSurrogatePair(text, offset)) {
    throw invalidRange(`${name} ${offset} falls inside a character that takes two code units.`);
  }
}

/** Builds the stored selectors for a new highlight, refusing ranges that could never be shown. */
export function createTarget(text: string, start: number, end: number): AnnotationTarget {
  assertOffset(text, start, 'Start');
  assertOffset(text, end, 'End');
  if (start >= end) throw invalidRange(`Start ${start} must come before end ${end}.`);
  const exact = text.slice(start, end);
  if (exact.trim() === '') throw invalidRange('A highlight must contain more than whitespace.');
  return { position: { start, end, unit: 'utf16' }, quote: quoteAt(text, start, end) };
}

/** Every place `quote` occurs (overlaps included), skipping matches that would cut a character in half. */
export function occurrencesOf(text: string, quote: string): TextRange[] {
  const found: TextRange[] = [];
  if (quote === '') return found;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    const end = at + quote.length;
    if (!splitsSurrogatePair(text, at) && !splitsSurrogatePair(text, end))
      found.push({ start: at, end });
  }
  return found;
}

/** Lets the CLI and API highlight by quoting text instead of counting offsets (`--quote`). */
export function findQuote(text: string, quote: string, occurrence = 0): TextRange | null {
  if (!Number.isInteger(occurrence) || occurrence < 0) return null;
  return occurrencesOf(text, quote)[occurrence] ?? null;
}

/** How many code units of the stored prefix and suffix still surround `range`. */
export function contextScore(
  text: string,
  range: TextRange,
  quote: AnnotationTarget['quote'],
): number {
  const before = text.slice(Math.max(0, range.start - quote.prefix.length), range.start);
  const after = text.slice(range.end, range.end + quote.suffix.length);
  return commonSuffixLength(before, quote.prefix) + commonPrefixLength(after, quote.suffix);
}

function commonPrefixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let n = 0;
  while (n < limit && a.charCodeAt(n) === b.charCodeAt(n)) n += 1;
  return n;
}

function commonSuffixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let n = 0;
  while (n < limit && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n += 1;
  return n;
}

/** W3C Web Annotation positions count code points; this converts our UTF-16 offsets for export. */
export function toCodePointOffset(text: string, utf16Offset: number): number {
  assertOffset(text, utf16Offset, 'Offset');
  let codePoints = 0;
  for (let i = 0; i < utf16Offset; i += 1) {
    if (!isLowSurrogate(text.charCodeAt(i)) || !isHighSurrogate(text.charCodeAt(i - 1))) {
      codePoints += 1;
    }
  }
  return codePoints;
}

/** Converts a W3C code-point position (from an imported annotation) back to a UTF-16 offset. */
export function fromCodePointOffset(text: string, codePointOffset: number): number {
  if (!Number.isInteger(codePointOffset) || codePointOffset < 0) {
    throw invalidRange(`Code point offset must be a whole number ≥ 0, got ${codePointOffset}.`);
  }
  let utf16 = 0;
  for (let seen = 0; seen < codePointOffset; seen += 1) {
    if (utf16 >= text.length) {
      throw invalidRange(`Code point offset ${codePointOffset} is beyond the end of the text.`);
    }
    utf16 +=
      isHighSurrogate(text.charCodeAt(utf16)) && isLowSurrogate(text.charCodeAt(utf16 + 1)) ? 2 : 1;
  }
  return utf16;
}
