import { z } from 'zod';
import { HIGHLIGHT_COLORS, type Annotation } from '../../shared/model/annotation';

// Opening a data file checks every annotation; with 25,000 of them zod's strict objects cost about
// a second on a busy machine. This check covers the one hot shape by hand and is never more lenient
// than annotationSchema (schema.ts): whatever it does not accept is judged by zod, whose messages
// the user sees.

const ISO_TIMESTAMP = z.regexes.datetime({ offset: true });
const COLORS: ReadonlySet<unknown> = new Set(HIGHLIGHT_COLORS);

function plainWithKeys(value: unknown, keys: readonly string[]): value is Record<string, unknown> {
  if (
    typeof value !== 'object' ||
    value === null ||
    Object.getPrototypeOf(value) !== Object.prototype
  )
    return false;
  let count = 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) return false;
    count += 1;
  }
  return count === keys.length && keys.every((key) => Object.hasOwn(value, key));
}

const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value !== '';
const offset = (value: unknown): value is number =>
  Number.isSafeInteger(value) && (value as number) >= 0;
const timestamp = (value: unknown) => typeof value === 'string' && ISO_TIMESTAMP.test(value);

const ANNOTATION_KEYS = [
  'id',
  'articleId',
  'creator',
  'created',
  'modified',
  'color',
  'note',
  'target',
];
const CREATOR_KEYS = ['id', 'name'];
const TARGET_KEYS = ['position', 'quote'];
const POSITION_KEYS = ['start', 'end', 'unit'];
const QUOTE_KEYS = ['exact', 'prefix', 'suffix'];

/** True only for a value annotationSchema accepts unchanged (it has no defaults or transforms). */
export function isWellFormedAnnotation(value: unknown): value is Annotation {
  if (!plainWithKeys(value, ANNOTATION_KEYS)) return false;
  const { id, articleId, creator, created, modified, color, note, target } = value;
  if (!nonEmpty(id) || !nonEmpty(articleId) || typeof note !== 'string' || !COLORS.has(color))
    return false;
  if (!timestamp(created) || !timestamp(modified)) return false;
  if (!plainWithKeys(creator, CREATOR_KEYS) || !nonEmpty(creator.id)) return false;
  if (typeof creator.name !== 'string') return false;
  if (!plainWithKeys(target, TARGET_KEYS)) return false;
  const { position, quote } = target;
  if (!plainWithKeys(position, POSITION_KEYS) || !plainWithKeys(quote, QUOTE_KEYS)) return false;
  const { start, end, unit } = position;
  if (!offset(start) || !offset(end) || unit !== 'utf16' || start >= end) return false;
  const { exact, prefix, suffix } = quote;
  return (
    typeof exact === 'string' &&
    typeof prefix === 'string' &&
    typeof suffix === 'string' &&
    exact.length === end - start
  );
}
