import { isAbsolute } from 'node:path';
import { z } from 'zod';
import type { Channel } from '../../shared/ipc/contract';
import { HIGHLIGHT_COLORS } from '../../shared/model/annotation';
import { annotationSchema, settingsPatchSchema } from '../store/schema';
import {
  FONT_SIZE_RANGE,
  LANGUAGES,
  LEVELS,
  PINYIN_MODES,
  THEMES,
  TONE_COLOUR_MODES,
} from '../../shared/model/settings';
import { MEMBER_NAME_MAX_CHARS } from '../group/memberName';
import { SHARING } from '../../shared/model/group';
import {
  BACKUP_FILE_MAX_BYTES,
  GROUP_FILE_MAX_BYTES,
  base64Length,
  FILE_NAME_MAX_CHARS,
  fitsUtf8Bytes,
  formatMegabytes,
  ID_MAX_CHARS,
  IMPORT_FILE_MAX_BYTES,
  IMPORT_REQUEST_MAX_FILES,
  NOTE_MAX_CHARS,
  OFFSET_MAX,
  QUERY_MAX_CHARS,
  SEARCH_LIMIT_MAX,
} from '../../shared/limits';

const MAX_ID = ID_MAX_CHARS;
const MAX_QUERY = QUERY_MAX_CHARS;
const MAX_NOTE = NOTE_MAX_CHARS;
const MAX_OFFSET = OFFSET_MAX;
const MAX_IMPORT_BASE64 = base64Length(IMPORT_FILE_MAX_BYTES);

const id = z.string().trim().min(1, 'an id is required').max(MAX_ID, 'that id is too long');
const offset = z.number().int('offsets are whole numbers').min(0).max(MAX_OFFSET);
const color = z.enum(HIGHLIGHT_COLORS, {
  error: `colour must be one of ${HIGHLIGHT_COLORS.join(', ')}`,
});
const note = z.string().max(MAX_NOTE, `a note may hold at most ${MAX_NOTE} characters`);
const none = z.strictObject({});
/** Most characters `dictionary:pinyin` reads in one request (articles go by id instead). */
const PINYIN_TEXT_MAX = 100_000;
const sharing = z.enum(SHARING, { error: `sharing must be one of ${SHARING.join(', ')}` });

/**
 * Runtime shape of every channel's arguments: the renderer is untrusted, so main checks each payload
 * before any service runs. Objects are strict, so unknown keys (including `__proto__`) are refused.
 */
export const PAYLOAD_SCHEMAS = {
  'library:list': none,
  'library:get': z.strictObject({ id }),
  'library:import': z.strictObject({
    files: z
      .array(
        z.strictObject({
          name: z.string().min(1).max(FILE_NAME_MAX_CHARS),
          base64: z
            .string()
            .max(
              MAX_IMPORT_BASE64,
              `a file may be at most ${formatMegabytes(IMPORT_FILE_MAX_BYTES)}`,
            ),
        }),
      )
      .min(1, 'choose at least one file')
      .max(
        IMPORT_REQUEST_MAX_FILES,
        `import at most ${IMPORT_REQUEST_MAX_FILES.toLocaleString('en')} files at a time`,
      ),
    importId: id.optional(),
  }),
  'library:cancelImport': z.strictObject({ importId: id }),
  'library:remove': z.strictObject({ id }),
  'library:revision': none,
  'search:inArticle': z.strictObject({ articleId: id, query: z.string().max(MAX_QUERY) }),
  'search:notes': z.strictObject({
    query: z.string().max(MAX_QUERY, `a search may hold at most ${MAX_QUERY} characters`),
    limit: z.number().int().min(1).max(SEARCH_LIMIT_MAX).optional(),
  }),
  'search:status': none,
  'search:query': z.strictObject({
    query: z.string().max(MAX_QUERY, `a search may hold at most ${MAX_QUERY} characters`),
    limit: z.number().int().min(1).max(SEARCH_LIMIT_MAX).optional(),
  }),
  'annotations:list': z.strictObject({ articleId: id.optional() }),
  'annotations:create': z
    .strictObject({ articleId: id, start: offset, end: offset, color, note: note.optional() })
    .refine((a) => a.start < a.end, {
      message: 'the selection is empty (start must be before end)',
    }),
  'annotations:update': z
    .strictObject({ id, color: color.optional(), note: note.optional() })
    .refine((a) => a.color !== undefined || a.note !== undefined, {
      message: 'nothing to change: give a colour or a note',
    }),
  'annotations:delete': z.strictObject({ id }),
  'annotations:reattach': z
    .strictObject({ id, start: offset, end: offset })
    .refine((a) => a.start < a.end, {
      message: 'the selection is empty (start must be before end)',
    }),
  'annotations:restore': z.strictObject({ annotation: annotationSchema }),
  'annotations:importW3c': z.strictObject({
    articleId: id,
    json: z
      .string()
      .min(1, 'the file is empty')
      .refine((json) => fitsUtf8Bytes(json, IMPORT_FILE_MAX_BYTES), {
        message: `a file may be at most ${formatMegabytes(IMPORT_FILE_MAX_BYTES)}`,
      }),
    color: color.optional(),
  }),
  'backup:export': none,
  'backup:import': z.strictObject({
    json: z
      .string()
      .min(1, 'the backup is empty')
      .refine((json) => fitsUtf8Bytes(json, BACKUP_FILE_MAX_BYTES), {
        message: `a backup may be at most ${formatMegabytes(BACKUP_FILE_MAX_BYTES)}`,
      }),
  }),
  'export:markdown': z.strictObject({ articleId: id.optional() }),
  'settings:get': none,
  'settings:update': z.strictObject({
    fontSize: z.number().int().min(FONT_SIZE_RANGE.min).max(FONT_SIZE_RANGE.max).optional(),
    theme: z.enum(THEMES).optional(),
    language: z.enum([...LANGUAGES, 'system']).optional(),
    pinyin: z.enum(PINYIN_MODES).optional(),
    toneColours: z.enum(TONE_COLOUR_MODES).optional(),
    level: z.union(LEVELS.map((level) => z.literal(level))).optional(),
    notesFilter: settingsPatchSchema.shape.notesFilter,
    hiddenMembers: settingsPatchSchema.shape.hiddenMembers,
  }),
  'reading:get': z.strictObject({ articleId: id }),
  'reading:set': z.strictObject({ articleId: id, offset, progress: z.number().min(0).max(1) }),
  'app:notices': none,
  'app:info': none,
  'dictionary:lookup': z.strictObject({
    text: z.string().max(MAX_QUERY, `look up at most ${MAX_QUERY} characters`),
  }),
  'dictionary:pinyin': z.strictObject({
    text: z
      .string()
      .max(PINYIN_TEXT_MAX, `read at most ${PINYIN_TEXT_MAX.toLocaleString('en')} characters`),
  }),
  'dictionary:articlePinyin': z.strictObject({ articleId: id }),
  'dictionary:about': none,
  'dictionary:search': z.strictObject({
    query: z.string().max(MAX_QUERY, `a search may hold at most ${MAX_QUERY} characters`),
    limit: z.number().int().min(1).max(SEARCH_LIMIT_MAX).optional(),
  }),
  'vocabulary:add': z.strictObject({
    word: z.string().trim().min(1, 'a word is required').max(64, 'that word is too long'),
    articleId: id,
    offset: offset.optional(),
  }),
  'vocabulary:list': z.strictObject({ query: z.string().max(MAX_QUERY).optional() }),
  'vocabulary:remove': z.strictObject({ id }),
  'vocabulary:export': z.strictObject({
    format: z.enum(['markdown', 'anki'], { error: 'format must be markdown or anki' }),
  }),
  'member:whoami': none,
  'member:update': z
    .strictObject({
      name: z
        .string()
        .max(MEMBER_NAME_MAX_CHARS * 2, 'that name is too long')
        .optional(),
      defaultSharing: sharing.optional(),
    })
    .refine((a) => a.name !== undefined || a.defaultSharing !== undefined, {
      message: 'nothing to change: give a name or a default sharing',
    }),
  'group:use': z.strictObject({
    folder: z
      .string()
      .min(1, 'a folder is required')
      .max(FILE_NAME_MAX_CHARS, 'that folder path is too long')
      .refine((folder) => isAbsolute(folder), { message: 'the folder must be an absolute path' }),
  }),
  'group:status': none,
  'group:refresh': none,
  'group:leave': none,
  'group:revision': none,
  'group:notes': z.strictObject({ articleId: id.optional(), member: id.optional() }),
  'group:layer': z.strictObject({ articleId: id }),
  'group:reply': z.strictObject({
    annotationId: id,
    text: note.trim().min(1, 'a reply cannot be empty'),
  }),
  'group:replyEdit': z.strictObject({
    id,
    text: note.trim().min(1, 'a reply cannot be empty'),
  }),
  'group:replyDelete': z.strictObject({ id }),
  'group:share': z.strictObject({ id, sharing }),
  'group:export': z.strictObject({
    articleId: id.optional(),
    members: z.union([
      z.literal('me'),
      z.literal('all'),
      z.array(id).min(1, 'choose at least one member').max(1_000),
    ]),
  }),
  'pack:export': z.strictObject({
    articleIds: z.array(id).min(1, 'choose at least one article').max(10_000),
    members: z
      .union([
        z.literal('all'),
        z
          .array(id)
          .min(1, 'choose at least one member')
          .max(1_000)
          .refine((ids) => !ids.includes('all'), {
            message: '"all" already means every member; give it alone',
          }),
      ])
      .optional(),
  }),
  'pack:import': z.strictObject({
    json: z
      .string()
      .min(1, 'the pack is empty')
      .refine((json) => fitsUtf8Bytes(json, GROUP_FILE_MAX_BYTES), {
        message: `a pack may be at most ${formatMegabytes(GROUP_FILE_MAX_BYTES)}`,
      }),
    dryRun: z.boolean().optional(),
  }),
} satisfies Record<Channel, z.ZodType>;
