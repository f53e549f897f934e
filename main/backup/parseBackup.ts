import { z } from 'zod';
import type { Annotation, Creator } from '../../shared/model/annotation';
import type { ReadingPosition, Settings } from '../../shared/model/settings';
import { AppFailure } from '../appFailure';
import {
  creatorSchema,
  readingPositionSchema,
  settingsSchema,
  vocabularyEntrySchema,
} from '../store/schema';
import type { VocabularyEntry } from '../../shared/model/vocabulary';
import { BACKUP_FORMAT_VERSION, BACKUP_MARKER } from './backupDocument';
import type { Reply, Tombstone } from '../../shared/model/group';
import { fromW3cReply, fromW3cTombstones } from '../group/w3cItems';
import { BackupProblem, fromW3cAnnotation } from './fromW3cAnnotation';

/** A backup read back into the store's own shapes, ready to merge. */
export interface ParsedBackup {
  user: Creator;
  settings: Settings;
  readingPositions: ReadingPosition[];
  annotations: Annotation[];
  vocabulary: VocabularyEntry[];
  /** Study-group replies the user wrote, and their deletions. */
  replies: Reply[];
  tombstones: Tombstone[];
}

const NOT_A_BACKUP = 'This file is not a Yuedu backup.';

const envelopeSchema = z.looseObject({
  yuedu: z.literal(BACKUP_MARKER),
  version: z.int().positive(),
  app: z.looseObject({ version: z.string() }).optional(),
});

const documentSchema = z.looseObject({
  user: creatorSchema,
  settings: settingsSchema,
  readingPositions: z.array(z.unknown()),
  annotations: z.looseObject({
    type: z.literal('AnnotationCollection'),
    first: z.looseObject({ items: z.array(z.unknown()) }).optional(),
  }),
  vocabulary: z.array(vocabularyEntrySchema).default([]),
  deleted: z.array(z.unknown()).default([]),
});

const refuse = (message: string) => new AppFailure('invalid-payload', message);

/** Ends a reason with a full stop so "… Nothing was changed." reads as two sentences. */
const sentence = (reason: string) => (/[.!?。]$/.test(reason) ? reason : `${reason}.`);

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  return issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}

function parseJson(json: string): unknown {
  try {
    return JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch {
    throw refuse(`${NOT_A_BACKUP} It is not valid JSON.`);
  }
}

function parseReadingPositions(raw: unknown[]): ReadingPosition[] {
  const seen = new Set<string>();
  return raw.map((item, index) => {
    const parsed = readingPositionSchema.safeParse(item);
    if (!parsed.success)
      throw refuse(
        `Reading position ${index + 1}: ${describe(parsed.error)}. Nothing was changed.`,
      );
    if (seen.has(parsed.data.articleId)) {
      throw refuse(
        `Reading position ${index + 1}: article "${parsed.data.articleId}" appears twice. Nothing was changed.`,
      );
    }
    seen.add(parsed.data.articleId);
    return parsed.data;
  });
}

function parseAnnotations(
  raw: unknown[],
  articleText: (articleId: string) => string | undefined,
): Annotation[] {
  const firstIndexOf = new Map<string, number>();
  return raw.map((item, index) => {
    let annotation: Annotation;
    try {
      annotation = fromW3cAnnotation(item, articleText);
    } catch (error) {
      if (!(error instanceof BackupProblem)) throw error;
      throw refuse(`Annotation ${index + 1}: ${sentence(error.message)} Nothing was changed.`);
    }
    const earlier = firstIndexOf.get(annotation.id);
    if (earlier !== undefined) {
      throw refuse(
        `Annotation ${index + 1}: it has the same id as annotation ${earlier + 1}. Nothing was changed.`,
      );
    }
    firstIndexOf.set(annotation.id, index);
    return annotation;
  });
}

function parseReplies(raw: unknown[]): Reply[] {
  return raw.map((item, index) => {
    try {
      return fromW3cReply(item);
    } catch (error) {
      if (!(error instanceof BackupProblem)) throw error;
      throw refuse(`Reply ${index + 1}: ${sentence(error.message)} Nothing was changed.`);
    }
  });
}

/**
 * Reads and checks a whole backup before anything is merged, refusing with one clear sentence:
 * not a backup, made by a newer Yuedu, or which part is wrong ("Annotation 3: …").
 */
export function parseBackup(
  json: string,
  articleText: (articleId: string) => string | undefined,
): ParsedBackup {
  const raw = parseJson(json);
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) throw refuse(NOT_A_BACKUP);
  const { version, app } = envelope.data;
  if (version > BACKUP_FORMAT_VERSION) {
    const madeBy = app ? `version ${app.version}` : `backup format ${version}`;
    throw refuse(
      `This backup was made by a newer Yuedu (${madeBy}). Update Yuedu to restore it; nothing was changed.`,
    );
  }
  const document = documentSchema.safeParse(raw);
  if (!document.success) {
    throw refuse(
      `This Yuedu backup is damaged (${describe(document.error)}). Nothing was changed.`,
    );
  }
  const { user, settings, readingPositions, annotations, vocabulary, deleted } = document.data;
  const items = annotations.first?.items ?? [];
  const isReply = (item: unknown) =>
    typeof item === 'object' &&
    item !== null &&
    (item as { motivation?: unknown }).motivation === 'replying';
  const problems: string[] = [];
  const tombstones = fromW3cTombstones(deleted, problems);
  if (problems[0])
    throw refuse(`This Yuedu backup is damaged (${problems[0]}) Nothing was changed.`);
  return {
    vocabulary,
    user,
    settings,
    readingPositions: parseReadingPositions(readingPositions),
    annotations: parseAnnotations(
      items.filter((item) => !isReply(item)),
      articleText,
    ),
    replies: parseReplies(items.filter(isReply)),
    tombstones,
  };
}
