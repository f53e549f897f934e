import { cleanIncomingName } from './memberName';
import { z } from 'zod';
import type { Annotation, Creator } from '../../shared/model/annotation';
import type { Reply, Tombstone } from '../../shared/model/group';
import { GROUP_FILE_MAX_ITEMS, JSON_MAX_DEPTH } from '../../shared/limits';
import { clampAnnotationTimes } from '../annotations/clampTimes';
import { idToIri, iriToId } from '../backup/iri';
import { JsonDepthGauge } from '../serve/jsonDepthGauge';
import {
  fromW3cItems,
  fromW3cTombstones,
  itemCollection,
  toW3cItems,
  toW3cTombstone,
  type W3cItemCollection,
  type W3cTombstone,
} from './w3cItems';

/** The member file format this build writes; a higher number means a newer Yuedu wrote the file. */
export const MEMBER_FILE_VERSION = 1;
export const MEMBER_FILE_MARKER = 'group-member';

/** The article a shared annotation is on, by id and the fingerprint of the text it was made on. */
export interface ArticleRef {
  id: string;
  fingerprint: string;
}

/**
 * One member's file in the group folder: Yuedu's envelope around a W3C AnnotationCollection of
 * their shared annotations and replies, plus tombstones for what they deleted or made private.
 */
export interface MemberDocument {
  yuedu: typeof MEMBER_FILE_MARKER;
  version: typeof MEMBER_FILE_VERSION;
  app: { name: 'Yuedu'; version: string };
  member: { id: string; name: string };
  written: string;
  articles: ArticleRef[];
  annotations: W3cItemCollection;
  tombstones: W3cTombstone[];
}

/** What goes into a member file. */
export interface MemberContent {
  member: Creator;
  annotations: readonly Annotation[];
  replies: readonly Reply[];
  tombstones: readonly Tombstone[];
  articles: readonly ArticleRef[];
}

/** Builds the document; equal content gives equal items, so unchanged files need not be rewritten. */
export function buildMemberDocument(
  content: MemberContent,
  options: {
    appVersion: string;
    written: string;
    articleText: (id: string) => string | undefined;
  },
): MemberDocument {
  const memberIri = idToIri('user', content.member.id);
  const items = toW3cItems(content.annotations, content.replies, options.articleText);
  return {
    yuedu: MEMBER_FILE_MARKER,
    version: MEMBER_FILE_VERSION,
    app: { name: 'Yuedu', version: options.appVersion },
    member: { id: memberIri, name: content.member.name },
    written: options.written,
    articles: [...content.articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    annotations: itemCollection(
      `${memberIri}/annotations`,
      `Shared highlights, notes and replies of ${content.member.name}`,
      items,
    ),
    tombstones: content.tombstones.map(toW3cTombstone),
  };
}

/** Why a whole group file could not be used; `status` shows the message next to the file. */
export class GroupFileProblem extends Error {
  override name = 'GroupFileProblem';
}

/** Parses JSON after checking its nesting, so a hostile file cannot keep the parser busy. */
export function parseBoundedJson(bytes: Uint8Array): unknown {
  if (!new JsonDepthGauge(JSON_MAX_DEPTH).feed(bytes)) {
    throw new GroupFileProblem(`it nests deeper than ${JSON_MAX_DEPTH} levels.`);
  }
  try {
    return JSON.parse(new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, ''));
  } catch {
    throw new GroupFileProblem('it is not complete JSON (half-written or damaged).');
  }
}

const isoTimestamp = z.iso.datetime({ offset: true });

const envelopeSchema = z.looseObject({
  yuedu: z.string(),
  version: z.int().positive(),
  app: z.looseObject({ version: z.string() }).optional(),
});

const memberDocumentSchema = z.looseObject({
  member: z.looseObject({ id: z.string().min(1), name: z.string() }),
  written: isoTimestamp,
  articles: z
    .array(z.looseObject({ id: z.string().min(1), fingerprint: z.string().min(1) }))
    .default([]),
  annotations: z.looseObject({
    type: z.literal('AnnotationCollection'),
    first: z.looseObject({ items: z.array(z.unknown()) }).optional(),
  }),
  tombstones: z.array(z.unknown()).default([]),
});

/**
 * Items and tombstones dated no later than `now`: a future `modified` (a wrong clock, or a file
 * trying to win every merge for ever) is clamped, with a note saying how many were.
 */
export function clampIncomingTimes<A extends Pick<Annotation, 'created' | 'modified'>>(
  items: { annotations: A[]; replies: Reply[]; tombstones: Tombstone[] },
  now: Date,
): { annotations: A[]; replies: Reply[]; tombstones: Tombstone[]; problem: string | null } {
  let clamped = 0;
  const clamp = <T extends Pick<Annotation, 'created' | 'modified'>>(item: T): T => {
    const result = clampAnnotationTimes(item, now);
    if (result !== item) clamped += 1;
    return result;
  };
  const annotations = items.annotations.map(clamp);
  const replies = items.replies.map(clamp);
  const tombstones = items.tombstones.map((t) => {
    if (Date.parse(t.deleted) <= now.getTime()) return t;
    clamped += 1;
    return { ...t, deleted: now.toISOString() };
  });
  const problem =
    clamped === 0
      ? null
      : `${clamped} ${clamped === 1 ? 'item was' : 'items were'} dated in the future; dated now instead.`;
  return { annotations, replies, tombstones, problem };
}

/** Why a file holds too many items to read, or null; the limit keeps a hostile file from filling memory. */
export function overItemLimit(items: number, tombstones: number): string | null {
  const limit = GROUP_FILE_MAX_ITEMS.toLocaleString('en');
  if (items > GROUP_FILE_MAX_ITEMS)
    return `it holds ${items.toLocaleString('en')} annotations and replies; at most ${limit} are read from one file.`;
  if (tombstones > GROUP_FILE_MAX_ITEMS)
    return `it holds ${tombstones.toLocaleString('en')} deletions; at most ${limit} are read from one file.`;
  return null;
}

/** Checks the marker and version of a Yuedu file; a newer format is refused, never half-read. */
export function checkEnvelope(raw: unknown, marker: string, currentVersion: number): void {
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success || envelope.data.yuedu !== marker) {
    throw new GroupFileProblem(`it is not a Yuedu ${marker} file.`);
  }
  if (envelope.data.version > currentVersion) {
    const by = envelope.data.app ? ` (Yuedu ${envelope.data.app.version}` : ' (';
    throw new GroupFileProblem(
      `it was written by a newer Yuedu${by}, format ${envelope.data.version}); update Yuedu to read it.`,
    );
  }
}

/** A member file read back: the member, their items, and a reason for every item skipped. */
export interface ParsedMemberFile {
  member: Creator;
  written: string;
  articles: ArticleRef[];
  annotations: Annotation[];
  replies: Reply[];
  tombstones: Tombstone[];
  problems: string[];
}

/**
 * Reads one member file. A file that cannot be used at all throws GroupFileProblem; items written
 * in another member's name, or malformed, are skipped one by one and listed in `problems`.
 */
export function parseMemberFile(bytes: Uint8Array, now = new Date()): ParsedMemberFile {
  const raw = parseBoundedJson(bytes);
  checkEnvelope(raw, MEMBER_FILE_MARKER, MEMBER_FILE_VERSION);
  const parsed = memberDocumentSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new GroupFileProblem(
      `it is damaged (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}).`,
    );
  }
  const doc = parsed.data;
  const tooMany = overItemLimit(doc.annotations.first?.items.length ?? 0, doc.tombstones.length);
  if (tooMany) throw new GroupFileProblem(tooMany);
  const memberId = iriToId('user', doc.member.id);
  if (!memberId) throw new GroupFileProblem(`its member id "${doc.member.id}" is not Yuedu's.`);
  const decoded = fromW3cItems(
    doc.annotations.first?.items ?? [],
    (creator) => creator.id === memberId,
  );
  const tombstones = fromW3cTombstones(
    doc.tombstones,
    decoded.problems,
    (creatorId) => creatorId === memberId,
  );
  // Every item speaks for this member (checked above), so all carry the one cleaned name.
  const { name, problem } = cleanIncomingName(doc.member.name, memberId);
  if (problem) decoded.problems.unshift(problem);
  const member = { id: memberId, name };
  const dated = clampIncomingTimes(
    {
      annotations: decoded.annotations.map((a) => ({ ...a, creator: member })),
      replies: decoded.replies.map((r) => ({ ...r, creator: member })),
      tombstones,
    },
    now,
  );
  if (dated.problem) decoded.problems.push(dated.problem);
  return {
    member,
    written: doc.written,
    articles: doc.articles.map(({ id, fingerprint }) => ({ id, fingerprint })),
    annotations: dated.annotations,
    replies: dated.replies,
    tombstones: dated.tombstones,
    problems: decoded.problems,
  };
}

/** The file name of a member's file: the id is encoded so any id is a safe, portable name. */
export function memberFileName(memberId: string): string {
  return `yuedu-member-${encodeURIComponent(memberId)}.json`;
}
