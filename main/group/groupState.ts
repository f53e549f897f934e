import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Annotation } from '../../shared/model/annotation';
import { SHARING, type Reply, type Sharing, type Tombstone } from '../../shared/model/group';
import { AppFailure } from '../appFailure';
import { annotationSchema, creatorSchema } from '../store/schema';
import { writeFileDurably } from '../store/writeFileDurably';

/** The folder inside the data folder where study-group state lives, next to (not inside) the store. */
export const GROUP_STATE_DIR = 'group';
export const MEMBERSHIP_FILE = 'membership.json';
export const RECEIVED_FILE = 'received.json';

const isoTimestamp = z.iso.datetime({ offset: true });

export const replySchema = z.strictObject({
  id: z.string().min(1),
  annotationId: z.string().min(1),
  creator: creatorSchema,
  created: isoTimestamp,
  modified: isoTimestamp,
  text: z.string().min(1),
});

export const tombstoneSchema = z.strictObject({
  id: z.string().min(1),
  creatorId: z.string().min(1),
  deleted: isoTimestamp,
});

/** This member's own group state: which folder, what is shared, their replies, what was published. */
const membershipSchema = z.strictObject({
  version: z.literal(1),
  folder: z.string().min(1).nullable(),
  defaultSharing: z.enum(SHARING),
  /** Annotation id → its sharing when the member chose one; others follow `defaultSharing`. */
  sharing: z.record(z.string(), z.enum(SHARING)),
  replies: z.array(replySchema),
  /** Ids of own annotations and replies in the member file last written, to tombstone what left it. */
  published: z.array(z.string()),
  tombstones: z.array(tombstoneSchema),
});

/** Everything received from other members (folder files and packs), merged by id. */
const receivedSchema = z.strictObject({
  version: z.literal(1),
  members: z.record(z.string(), z.strictObject({ name: z.string(), written: isoTimestamp })),
  annotations: z.array(annotationSchema),
  replies: z.array(replySchema),
  tombstones: z.array(tombstoneSchema),
});

export interface Membership {
  version: 1;
  folder: string | null;
  defaultSharing: Sharing;
  sharing: Record<string, Sharing>;
  replies: Reply[];
  published: string[];
  tombstones: Tombstone[];
}

export interface Received {
  version: 1;
  members: Record<string, { name: string; written: string }>;
  annotations: Annotation[];
  replies: Reply[];
  tombstones: Tombstone[];
}

export const emptyMembership = (): Membership => ({
  version: 1,
  folder: null,
  defaultSharing: 'shared',
  sharing: {},
  replies: [],
  published: [],
  tombstones: [],
});

export const emptyReceived = (): Received => ({
  version: 1,
  members: {},
  annotations: [],
  replies: [],
  tombstones: [],
});

async function readJsonFile<T>(path: string, schema: z.ZodType<T>, fallback: () => T): Promise<T> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return fallback();
    throw new AppFailure(
      'storage',
      `Yuedu could not read ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const checked = schema.safeParse(parsed);
  if (!checked.success) {
    // Never reset silently: the user decides what happens to a damaged file.
    throw new AppFailure(
      'storage',
      `The study group file ${path} is damaged; Yuedu left it untouched. Move it away to start that state afresh.`,
    );
  }
  return checked.data;
}

/** Reads and writes the two group state files, each replaced durably as a whole. */
export class GroupStateFiles {
  constructor(private readonly dataDir: string) {}

  private path(file: string): string {
    return join(this.dataDir, GROUP_STATE_DIR, file);
  }

  readMembership(): Promise<Membership> {
    return readJsonFile(this.path(MEMBERSHIP_FILE), membershipSchema, emptyMembership);
  }

  readReceived(): Promise<Received> {
    return readJsonFile(this.path(RECEIVED_FILE), receivedSchema, emptyReceived);
  }

  writeMembership(membership: Membership): Promise<void> {
    return this.write(MEMBERSHIP_FILE, membershipSchema.parse(membership));
  }

  writeReceived(received: Received): Promise<void> {
    return this.write(RECEIVED_FILE, receivedSchema.parse(received));
  }

  private async write(file: string, value: unknown): Promise<void> {
    await mkdir(join(this.dataDir, GROUP_STATE_DIR), { recursive: true });
    await writeFileDurably(this.path(file), `${JSON.stringify(value, null, 2)}\n`);
  }
}
