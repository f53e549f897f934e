import { cleanIncomingName } from './memberName';
import { z } from 'zod';
import type { Annotation, Creator } from '../../shared/model/annotation';
import type { Article } from '../../shared/model/article';
import type { Reply } from '../../shared/model/group';
import { AppFailure } from '../appFailure';
import { idToIri, iriToId } from '../backup/iri';
import { articleFingerprint } from './articleFingerprint';
import {
  checkEnvelope,
  clampIncomingTimes,
  GroupFileProblem,
  overItemLimit,
  parseBoundedJson,
} from './memberFile';
import { fromW3cItems, itemCollection, toW3cItems, type W3cItemCollection } from './w3cItems';

export const PACK_MARKER = 'pack';
export const PACK_FORMAT_VERSION = 1;

/** An article as a pack carries it: its canonical text and blocks, so offsets mean the same everywhere. */
export interface PackArticle extends Article {
  fingerprint: string;
  origin: 'bundled' | 'imported';
}

/** A pack: chosen articles' text plus chosen members' annotations and replies, as W3C items. */
export interface PackDocument {
  yuedu: typeof PACK_MARKER;
  version: typeof PACK_FORMAT_VERSION;
  app: { name: 'Yuedu'; version: string };
  exported: string;
  members: Array<{ id: string; name: string }>;
  articles: PackArticle[];
  annotations: W3cItemCollection;
}

export interface PackContent {
  members: Creator[];
  articles: PackArticle[];
  annotations: Annotation[];
  replies: Reply[];
}

export function buildPack(
  content: PackContent,
  options: { appVersion: string; exported: string },
): string {
  const textOf = new Map(content.articles.map((a) => [a.id, a.text]));
  const items = toW3cItems(content.annotations, content.replies, (id) => textOf.get(id));
  const id = `yuedu://pack/${encodeURIComponent(options.exported)}`;
  const document: PackDocument = {
    yuedu: PACK_MARKER,
    version: PACK_FORMAT_VERSION,
    app: { name: 'Yuedu', version: options.appVersion },
    exported: options.exported,
    members: content.members.map((m) => ({ id: idToIri('user', m.id), name: m.name })),
    articles: content.articles,
    annotations: itemCollection(
      id,
      `Yuedu study pack of ${content.articles.length} articles`,
      items,
    ),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

const blockSchema = z.strictObject({
  kind: z.enum(['paragraph', 'heading', 'byline', 'caption']),
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
});

/** An article's text and blocks as packs and the group folder carry them, checked against its fingerprint. */
export const packArticleSchema = z
  .strictObject({
    id: z.string().min(1).max(200),
    title: z.string(),
    source: z.string(),
    text: z.string(),
    blocks: z.array(blockSchema),
    fingerprint: z.string(),
    origin: z.enum(['bundled', 'imported']),
  })
  .refine((a) => a.blocks.every((b) => b.start <= b.end && b.end <= a.text.length), {
    message: 'a block lies outside the text',
  })
  .refine((a) => articleFingerprint(a.text) === a.fingerprint, {
    message: 'the text does not match its fingerprint',
  });

const packSchema = z.looseObject({
  members: z.array(z.looseObject({ id: z.string(), name: z.string() })),
  articles: z.array(packArticleSchema),
  annotations: z.looseObject({
    type: z.literal('AnnotationCollection'),
    first: z.looseObject({ items: z.array(z.unknown()) }).optional(),
  }),
});

/** A pack read back; bad items are refused with the whole pack, so an import is all or nothing. */
export function parsePack(json: string, now = new Date()): PackContent {
  let raw: unknown;
  try {
    raw = parseBoundedJson(new TextEncoder().encode(json));
    checkEnvelope(raw, PACK_MARKER, PACK_FORMAT_VERSION);
  } catch (error) {
    if (!(error instanceof GroupFileProblem)) throw error;
    throw new AppFailure(
      'invalid-payload',
      `This pack cannot be imported: ${error.message} Nothing was changed.`,
    );
  }
  const parsed = packSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppFailure(
      'invalid-payload',
      `This pack is damaged (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}). Nothing was changed.`,
    );
  }
  const tooMany = overItemLimit(parsed.data.annotations.first?.items.length ?? 0, 0);
  if (tooMany)
    throw new AppFailure(
      'invalid-payload',
      `This pack cannot be imported: ${tooMany} Nothing was changed.`,
    );
  const members = parsed.data.members.map((m) => {
    const id = iriToId('user', m.id);
    if (!id)
      throw new AppFailure(
        'invalid-payload',
        `This pack names an unknown member "${m.id}". Nothing was changed.`,
      );
    return { id, name: cleanIncomingName(m.name, id).name };
  });
  const decoded = fromW3cItems(parsed.data.annotations.first?.items ?? []);
  const named = (creator: Creator): Creator => ({
    id: creator.id,
    name: cleanIncomingName(creator.name, creator.id).name,
  });
  if (decoded.problems.length > 0) {
    throw new AppFailure(
      'invalid-payload',
      `This pack is damaged: ${decoded.problems[0]} Nothing was changed.`,
    );
  }
  // A future `modified` is dated now, as in member files, so it cannot win every later merge.
  const dated = clampIncomingTimes(
    {
      annotations: decoded.annotations.map((a) => ({ ...a, creator: named(a.creator) })),
      replies: decoded.replies.map((r) => ({ ...r, creator: named(r.creator) })),
      tombstones: [],
    },
    now,
  );
  return {
    members,
    articles: parsed.data.articles,
    annotations: dated.annotations,
    replies: dated.replies,
  };
}

/** `yuedu-pack-2026-11-30-2215.json`, like backups. */
export function packFilename(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `yuedu-pack-${day}-${pad(date.getHours())}${pad(date.getMinutes())}.json`;
}
