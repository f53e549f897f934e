import { z } from 'zod';
import type { Annotation, Creator } from '../../shared/model/annotation';
import type { Reply, Tombstone } from '../../shared/model/group';
import { BackupProblem, fromW3cAnnotation } from '../backup/fromW3cAnnotation';
import { idToIri, iriToId } from '../backup/iri';
import { noteLanguage } from '../backup/noteLanguage';
import {
  ANNO_CONTEXT,
  toW3cAnnotation,
  YUEDU_CONTEXT,
  type W3cAnnotation,
} from '../backup/w3cAnnotation';

/** A reply as a W3C Web Annotation: motivation `replying`, its target the annotation's IRI. */
export interface W3cReply {
  '@context': [typeof ANNO_CONTEXT, typeof YUEDU_CONTEXT];
  id: string;
  type: 'Annotation';
  motivation: 'replying';
  created: string;
  modified: string;
  creator: { id: string; type: 'Person'; name: string };
  body: {
    type: 'TextualBody';
    purpose: 'replying';
    value: string;
    format: 'text/plain';
    language?: string;
  };
  target: string;
}

/** A deletion as written in group files: the IRI of what was deleted, and when. */
export interface W3cTombstone {
  id: string;
  creator: string;
  deleted: string;
}

export function toW3cReply(reply: Reply): W3cReply {
  const language = noteLanguage(reply.text);
  return {
    '@context': [ANNO_CONTEXT, YUEDU_CONTEXT],
    id: idToIri('annotation', reply.id),
    type: 'Annotation',
    motivation: 'replying',
    created: reply.created,
    modified: reply.modified,
    creator: { id: idToIri('user', reply.creator.id), type: 'Person', name: reply.creator.name },
    body: {
      type: 'TextualBody',
      purpose: 'replying',
      value: reply.text,
      format: 'text/plain',
      ...(language ? { language } : {}),
    },
    target: idToIri('annotation', reply.annotationId),
  };
}

export const toW3cTombstone = (tombstone: Tombstone): W3cTombstone => ({
  id: idToIri('annotation', tombstone.id),
  creator: idToIri('user', tombstone.creatorId),
  deleted: tombstone.deleted,
});

/** Annotations then replies, as the W3C items of a member file or pack. */
export function toW3cItems(
  annotations: readonly Annotation[],
  replies: readonly Reply[],
  articleText: (articleId: string) => string | undefined,
): Array<W3cAnnotation | W3cReply> {
  return [
    ...annotations.map((a) => toW3cAnnotation(a, articleText(a.articleId))),
    ...replies.map(toW3cReply),
  ];
}

const isoTimestamp = z.iso.datetime({ offset: true });

const replyInputSchema = z.looseObject({
  id: z.string().min(1),
  motivation: z.literal('replying'),
  created: isoTimestamp,
  modified: isoTimestamp,
  creator: z.looseObject({ id: z.string().min(1), name: z.string().default('') }),
  body: z.looseObject({ type: z.literal('TextualBody'), value: z.string().min(1) }),
  target: z.string().min(1),
});

const tombstoneInputSchema = z.looseObject({
  id: z.string().min(1),
  creator: z.string().min(1),
  deleted: isoTimestamp,
});

function issue(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'invalid';
  return first.path.length > 0 ? `${first.path.join('.')}: ${first.message}` : first.message;
}

/** Reads one reply item; throws BackupProblem saying what is wrong. */
export function fromW3cReply(raw: unknown): Reply {
  const parsed = replyInputSchema.safeParse(raw);
  if (!parsed.success) throw new BackupProblem(issue(parsed.error));
  const { data } = parsed;
  const id = iriToId('annotation', data.id);
  const annotationId = iriToId('annotation', data.target);
  const creatorId = iriToId('user', data.creator.id);
  if (!id || !annotationId || !creatorId)
    throw new BackupProblem('its id, target or creator is not a Yuedu IRI.');
  return {
    id,
    annotationId,
    creator: { id: creatorId, name: data.creator.name },
    created: data.created,
    modified: data.modified,
    text: data.body.value,
  };
}

/** What was read from a list of W3C items, and a reason for each item that was skipped. */
export interface DecodedItems {
  annotations: Annotation[];
  replies: Reply[];
  problems: string[];
}

/**
 * Reads the items of a member file or pack one by one: a bad item is skipped with its reason and
 * never stops the others. `allowedCreator`, when given, skips items written in someone else's name.
 */
export function fromW3cItems(
  items: readonly unknown[],
  allowedCreator?: (creator: Creator) => boolean,
): DecodedItems {
  const decoded: DecodedItems = { annotations: [], replies: [], problems: [] };
  const seen = new Set<string>();
  items.forEach((item, index) => {
    try {
      const isReply =
        typeof item === 'object' &&
        item !== null &&
        (item as { motivation?: unknown }).motivation === 'replying';
      // Stored UTF-16 positions are exact; placing on this machine's text happens when listing.
      const value = isReply ? fromW3cReply(item) : fromW3cAnnotation(item, () => undefined);
      if (seen.has(value.id)) throw new BackupProblem('its id appears twice.');
      if (allowedCreator && !allowedCreator(value.creator))
        throw new BackupProblem(`it was written by someone else (${value.creator.id}).`);
      seen.add(value.id);
      if (isReply) decoded.replies.push(value as Reply);
      else decoded.annotations.push(value as Annotation);
    } catch (error) {
      if (!(error instanceof BackupProblem)) throw error;
      decoded.problems.push(`item ${index + 1} skipped: ${error.message}`);
    }
  });
  return decoded;
}

/** Reads tombstones, skipping malformed ones with a reason. */
export function fromW3cTombstones(
  raw: readonly unknown[],
  problems: string[],
  allowedCreator?: (creatorId: string) => boolean,
): Tombstone[] {
  const tombstones: Tombstone[] = [];
  raw.forEach((item, index) => {
    const parsed = tombstoneInputSchema.safeParse(item);
    const id = parsed.success ? iriToId('annotation', parsed.data.id) : null;
    const creatorId = parsed.success ? iriToId('user', parsed.data.creator) : null;
    if (!parsed.success || !id || !creatorId) {
      problems.push(`deletion ${index + 1} skipped: it is malformed.`);
      return;
    }
    if (allowedCreator && !allowedCreator(creatorId)) {
      problems.push(`deletion ${index + 1} skipped: it deletes someone else's annotation.`);
      return;
    }
    tombstones.push({ id, creatorId, deleted: parsed.data.deleted });
  });
  return tombstones;
}

/** The W3C AnnotationCollection (one page) that member files and packs both carry their items in. */
export interface W3cItemCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: {
    id: string;
    type: 'AnnotationPage';
    startIndex: 0;
    items: Array<W3cAnnotation | W3cReply>;
  };
}

export function itemCollection(
  id: string,
  label: string,
  items: Array<W3cAnnotation | W3cReply>,
): W3cItemCollection {
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    first: { id: `${id}/page/1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}
