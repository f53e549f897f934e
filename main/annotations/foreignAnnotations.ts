import { z } from 'zod';
import { JSON_MAX_DEPTH } from '../../shared/limits';
import type { AnnotationTarget } from '../../shared/model/annotation';
import { JsonDepthGauge } from '../serve/jsonDepthGauge';
import { fromCodePointOffset, type TextRange } from './anchor';
import { findAnchor } from './locateTarget';

/** One highlight read from another tool's file: what it quoted, where (if it said), and its note. */
export interface ForeignAnnotation {
  quote: AnnotationTarget['quote'];
  /** A TextPositionSelector's offsets, in code points as the W3C model counts them. */
  position: { start: number; end: number } | null;
  note: string;
}

/** How many annotations one file from another tool may hold, as for a study-group file. */
export const FOREIGN_ANNOTATIONS_MAX = 100_000;

const asList = (value: unknown): unknown[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];

const quoteSelector = z.looseObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string(),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});
const positionSelector = z.looseObject({
  type: z.literal('TextPositionSelector'),
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
});

/**
 * The annotations of a W3C annotation set from another tool: a W3C AnnotationCollection or
 * AnnotationPage, a Readium/Thorium annotation set (`items`), Hypothesis's API answer (`rows`),
 * its client's export (`annotations`) or a plain list, or one annotation. Items without a TextQuoteSelector (bookmarks, page notes)
 * are skipped with a reason.
 */
export function readForeignAnnotations(raw: unknown): {
  found: ForeignAnnotation[];
  problems: string[];
} {
  const items = itemsOf(raw);
  if (items === null)
    return { found: [], problems: ['it is not a W3C annotation set, collection or list.'] };
  if (items.length > FOREIGN_ANNOTATIONS_MAX) {
    return {
      found: [],
      problems: [
        `it holds ${items.length.toLocaleString('en')} annotations; at most ${FOREIGN_ANNOTATIONS_MAX.toLocaleString('en')} are read from one file.`,
      ],
    };
  }
  const found: ForeignAnnotation[] = [];
  const problems: string[] = [];
  items.forEach((item, index) => {
    const read = readOne(item);
    if (typeof read === 'string') problems.push(`item ${index + 1} skipped: ${read}`);
    else found.push(read);
  });
  return { found, problems };
}

/** Reads another tool's file: nesting checked before parsing, then `readForeignAnnotations`. */
export function readForeignFile(json: string): ReturnType<typeof readForeignAnnotations> {
  if (!new JsonDepthGauge(JSON_MAX_DEPTH).feed(new TextEncoder().encode(json)))
    return { found: [], problems: [`it nests deeper than ${JSON_MAX_DEPTH} levels.`] };
  let raw: unknown;
  try {
    raw = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch {
    return { found: [], problems: ['it is not JSON.'] };
  }
  return readForeignAnnotations(raw);
}

function itemsOf(raw: unknown): unknown[] | null {
  if (Array.isArray(raw)) return raw;
  if (raw === null || typeof raw !== 'object') return null;
  const record = raw as Record<string, unknown>;
  if (Array.isArray(record.rows)) return record.rows;
  // The Hypothesis client's "Export annotations" file: { export_date, export_userid, annotations }.
  if (Array.isArray(record.annotations)) return record.annotations;
  if (Array.isArray(record.items)) return record.items;
  const first = record.first as Record<string, unknown> | undefined;
  if (first && typeof first === 'object' && Array.isArray(first.items)) return first.items;
  if ('target' in record) return [record];
  return null;
}

function readOne(item: unknown): ForeignAnnotation | string {
  if (item === null || typeof item !== 'object') return 'it is not an annotation.';
  const record = item as Record<string, unknown>;
  const selectors = asList(record.target).flatMap((target) =>
    target !== null && typeof target === 'object'
      ? asList((target as Record<string, unknown>).selector)
      : [],
  );
  const quote = selectors.map((s) => quoteSelector.safeParse(s)).find((r) => r.success)?.data;
  if (!quote || quote.exact.trim() === '') return 'it has no TextQuoteSelector with text.';
  const position = selectors.map((s) => positionSelector.safeParse(s)).find((r) => r.success)?.data;
  return {
    quote: { exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' },
    position:
      position && position.start < position.end
        ? { start: position.start, end: position.end }
        : null,
    note: noteOf(record),
  };
}

/** Hypothesis keeps the note in `text`; W3C and Readium in a TextualBody's `value` (or a string body). */
function noteOf(record: Record<string, unknown>): string {
  if (typeof record.text === 'string') return record.text;
  for (const body of asList(record.body)) {
    if (typeof body === 'string') return body;
    if (body === null || typeof body !== 'object') continue;
    const { type, value, purpose } = body as Record<string, unknown>;
    const isComment = purpose === undefined || purpose === 'commenting';
    if ((type === undefined || type === 'TextualBody') && isComment && typeof value === 'string')
      return value;
  }
  return '';
}

/** Where a foreign highlight sits in `text` (UTF-16): its position if it still holds the quote, else by quote and context. */
export function placeForeign(text: string, foreign: ForeignAnnotation): TextRange | null {
  let hint = { start: 0, end: 0 };
  if (foreign.position) {
    try {
      hint = {
        start: fromCodePointOffset(text, foreign.position.start),
        end: fromCodePointOffset(text, foreign.position.end),
      };
    } catch {
      // Past the end of this text: the other tool counted in another document; the quote decides.
    }
  }
  return (
    findAnchor(text, { position: { ...hint, unit: 'utf16' }, quote: foreign.quote })?.range ?? null
  );
}
