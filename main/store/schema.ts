import { z } from 'zod';
import { HIGHLIGHT_COLORS } from '../../shared/model/annotation';
import {
  DEFAULT_SETTINGS,
  FONT_SIZE_RANGE,
  LANGUAGES,
  LEVELS,
  MEMBER_ID_MAX_CHARS,
  PINYIN_MODES,
  THEMES,
  TONE_COLOUR_MODES,
} from '../../shared/model/settings';
import type { Annotation } from '../../shared/model/annotation';
import { CorruptDataError } from './corruptDataError';
import { isWellFormedAnnotation } from './quickAnnotationCheck';
import { CURRENT_SCHEMA_VERSION, type StoreData } from './storeData';

const isoTimestamp = z.iso.datetime({ offset: true });
const offset = z.int().nonnegative();

/** The local user or another annotation author. */
export const creatorSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string(),
});

const readingAidFields = {
  pinyin: z.enum(PINYIN_MODES),
  toneColours: z.enum(TONE_COLOUR_MODES),
  level: z.union(LEVELS.map((level) => z.literal(level))),
};

const memberId = z.string().min(1).max(MEMBER_ID_MAX_CHARS);
const groupViewFields = {
  notesFilter: memberId,
  hiddenMembers: z.array(memberId).max(10_000),
};

/** Reader preferences; the font size range is the one the reader UI offers. */
export const settingsSchema = z.strictObject({
  fontSize: z.int().min(FONT_SIZE_RANGE.min).max(FONT_SIZE_RANGE.max),
  theme: z.enum(THEMES),
  language: z.enum([...LANGUAGES, 'system']),
  // Reading aids came later: files and backups written before them get the defaults.
  pinyin: readingAidFields.pinyin.default(DEFAULT_SETTINGS.pinyin),
  toneColours: readingAidFields.toneColours.default(DEFAULT_SETTINGS.toneColours),
  level: readingAidFields.level.default(DEFAULT_SETTINGS.level),
  notesFilter: groupViewFields.notesFilter.default(DEFAULT_SETTINGS.notesFilter),
  hiddenMembers: groupViewFields.hiddenMembers.default(() => [...DEFAULT_SETTINGS.hiddenMembers]),
});

/** A change to some settings: like settingsSchema, but what is left out stays as it is. */
export const settingsPatchSchema = z
  .strictObject({
    fontSize: settingsSchema.shape.fontSize,
    theme: settingsSchema.shape.theme,
    language: settingsSchema.shape.language,
    ...readingAidFields,
    ...groupViewFields,
  })
  .partial();

/**
 * A highlight's target. The quote must be exactly as long as the range it claims (UTF-16 units),
 * which catches code-point/code-unit mix-ups on characters outside the BMP before they persist.
 */
export const annotationTargetSchema = z
  .strictObject({
    position: z.strictObject({ start: offset, end: offset, unit: z.literal('utf16') }),
    quote: z.strictObject({ exact: z.string(), prefix: z.string(), suffix: z.string() }),
  })
  .refine((t) => t.position.start < t.position.end, {
    message: 'start must be before end',
    path: ['position'],
  })
  .refine((t) => t.quote.exact.length === t.position.end - t.position.start, {
    message: 'quote.exact must be exactly end - start UTF-16 units long',
    path: ['quote', 'exact'],
  });

/** One stored highlight with its note. */
export const annotationSchema = z.strictObject({
  id: z.string().min(1),
  articleId: z.string().min(1),
  creator: creatorSchema,
  created: isoTimestamp,
  modified: isoTimestamp,
  color: z.enum(HIGHLIGHT_COLORS),
  note: z.string(),
  target: annotationTargetSchema,
});

/** Where the reader stopped in one article. */
export const readingPositionSchema = z.strictObject({
  articleId: z.string().min(1),
  offset,
  progress: z.number().min(0).max(1),
  updated: isoTimestamp,
});

/** One saved vocabulary word; the offset must lie in the article it links back to (checked on add). */
export const vocabularyEntrySchema = z.strictObject({
  id: z.string().min(1),
  word: z.string().min(1),
  traditional: z.string(),
  pinyin: z.string(),
  definitions: z.array(z.string()),
  sentence: z.string(),
  articleId: z.string().min(1),
  offset,
  added: isoTimestamp,
});

/** The whole data file. Unknown keys are rejected rather than stripped, so nothing is dropped silently. */
export const storeDataSchema = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  revision: z.int().nonnegative(),
  user: creatorSchema,
  settings: settingsSchema,
  annotations: z.array(annotationSchema).superRefine((annotations, ctx) => {
    const seen = new Set<string>();
    annotations.forEach((annotation, index) => {
      if (seen.has(annotation.id)) {
        ctx.addIssue({ code: 'custom', message: 'duplicate annotation id', path: [index, 'id'] });
      }
      seen.add(annotation.id);
    });
  }),
  reading: z.record(z.string().min(1), readingPositionSchema).superRefine((reading, ctx) => {
    for (const [key, position] of Object.entries(reading)) {
      if (position.articleId !== key) {
        ctx.addIssue({ code: 'custom', message: 'key must equal articleId', path: [key] });
      }
    }
  }),
  // Vocabulary came later: files written before it start with none.
  vocabulary: z.array(vocabularyEntrySchema).default([]),
});

// Compile-time check that the schema and the StoreData interface describe the same shape.
type Parsed = z.infer<typeof storeDataSchema>;
const schemaMatchesType: [Parsed, StoreData] extends [StoreData, Parsed] ? true : false = true;
void schemaMatchesType;

/** Validates data about to be written; the message lists every problem, for logs and error values. */
export function checkStoreData(
  data: unknown,
): { ok: true; data: StoreData } | { ok: false; problems: string } {
  const result = storeDataSchema.safeParse(data);
  return result.success
    ? { ok: true, data: result.data }
    : { ok: false, problems: z.prettifyError(result.error) };
}

/**
 * The open-time shortcut: annotations checked by hand (unique ids, isWellFormedAnnotation), the rest
 * of the file, which is small, by zod. Null when anything is doubtful, so zod judges the whole file.
 */
function parseWithQuickAnnotations(data: unknown): StoreData | null {
  if (typeof data !== 'object' || data === null) return null;
  const annotations = (data as { annotations?: unknown }).annotations;
  if (!Array.isArray(annotations)) return null;
  const ids = new Set<string>();
  for (const annotation of annotations) {
    if (!isWellFormedAnnotation(annotation) || ids.has(annotation.id)) return null;
    ids.add(annotation.id);
  }
  const rest = storeDataSchema.safeParse({ ...data, annotations: [] });
  return rest.success ? { ...rest.data, annotations: annotations as Annotation[] } : null;
}

/** Validates data read from disk; anything invalid is a corrupt file, not a programming error. */
export function parseStoreData(data: unknown): StoreData {
  const quick = parseWithQuickAnnotations(data);
  if (quick) return quick;
  const result = checkStoreData(data);
  if (!result.ok)
    throw new CorruptDataError(`The data does not match the expected shape:\n${result.problems}`);
  return result.data;
}
