import type { Annotation } from '../../shared/model/annotation';
import type { ReadingPosition } from '../../shared/model/settings';
import { deepFreeze } from './deepFreeze';
import { draftItems } from './draft';
import { sameJson } from './jsonValues';
import {
  annotationSchema,
  checkStoreData,
  creatorSchema,
  readingPositionSchema,
  settingsSchema,
  storeDataSchema,
  vocabularyEntrySchema,
} from './schema';
import type { VocabularyEntry } from '../../shared/model/vocabulary';
import { z } from 'zod';

const vocabularySchema = z.array(vocabularyEntrySchema);
import { CURRENT_SCHEMA_VERSION, type StoreData } from './storeData';

type Checked = { ok: true; data: StoreData } | { ok: false; problems: string };
type Item = object;

const STORE_KEYS = Object.keys(storeDataSchema.shape);
const idIndexes = new WeakMap<readonly Annotation[], Map<string, Annotation>>();

function byId(annotations: readonly Annotation[]): Map<string, Annotation> {
  let index = idIndexes.get(annotations);
  if (!index) {
    index = new Map(annotations.map((annotation) => [annotation.id, annotation]));
    idIndexes.set(annotations, index);
  }
  return index;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.getPrototypeOf(value) === Object.prototype;

/** The committed value when unchanged, else the validated (and frozen) new value, else null. */
function settle<T extends Item>(
  next: unknown,
  previous: T | undefined,
  schema: { safeParse(value: unknown): { success: boolean; data?: unknown } },
): T | null {
  if (previous !== undefined && sameJson(next, previous)) return previous;
  const parsed = schema.safeParse(next);
  return parsed.success ? deepFreeze(parsed.data as T) : null;
}

function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  // A plain assignment to "__proto__" would change the prototype instead of adding a key.
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/**
 * The fast path: validates only what differs from `base` (already valid) and reuses everything else.
 * Returns null as soon as anything looks wrong; it never accepts what the full schema would reject.
 */
function settleChanges(base: StoreData, draft: unknown): StoreData | null {
  if (!isRecord(draft)) return null;
  const keys = Object.keys(draft);
  if (keys.length !== STORE_KEYS.length || !STORE_KEYS.every((key) => Object.hasOwn(draft, key)))
    return null;
  if (draft.schemaVersion !== CURRENT_SCHEMA_VERSION) return null;
  if (!storeDataSchema.shape.revision.safeParse(draft.revision).success) return null;

  const user = settle(draft.user, base.user, creatorSchema);
  const settings = settle(draft.settings, base.settings, settingsSchema);
  if (!user || !settings || !Array.isArray(draft.annotations) || !isRecord(draft.reading))
    return null;

  const previous = byId(base.annotations);
  const seen = new Set<string>();
  const annotations: Annotation[] = [];
  for (const item of draftItems(draft.annotations)) {
    const id = (item as { id?: unknown } | undefined)?.id;
    if (typeof id !== 'string' || seen.has(id)) return null;
    seen.add(id);
    const before = previous.get(id);
    // An element the mutation never read is still the committed object itself.
    const annotation = item === before ? before : settle(item, before, annotationSchema);
    if (!annotation) return null;
    annotations.push(annotation);
  }

  const reading: Record<string, ReadingPosition> = {};
  for (const [key, item] of Object.entries(draft.reading)) {
    if (key === '' || (item as { articleId?: unknown } | undefined)?.articleId !== key) return null;
    const before = Object.hasOwn(base.reading, key) ? base.reading[key] : undefined;
    const position = settle(item, before, readingPositionSchema);
    if (!position) return null;
    setOwn(reading, key, position);
  }

  // The vocabulary is small: checked whole when it changed.
  const vocabulary = settle<VocabularyEntry[]>(draft.vocabulary, base.vocabulary, vocabularySchema);
  if (!vocabulary) return null;

  return deepFreeze({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    revision: draft.revision as number,
    user,
    settings,
    annotations,
    reading,
    vocabulary,
  });
}

/**
 * Validates the draft of an update against the committed `base` and returns the new committed
 * state, frozen. Unchanged annotations, positions and settings are the very objects of `base`, so a
 * change to one highlight among 10,000 validates one highlight; anything doubtful is judged by the
 * full schema, whose messages the user sees.
 */
export function checkDraft(base: StoreData, draft: unknown): Checked {
  const settled = settleChanges(base, draft);
  if (settled) return { ok: true, data: settled };
  const full = checkStoreData(draft);
  return full.ok ? { ok: true, data: deepFreeze(full.data) } : full;
}
