import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Annotation } from '../../shared/model/annotation';
import {
  SHARING,
  type GroupFileNote,
  type Reply,
  type Sharing,
  type Tombstone,
} from '../../shared/model/group';
import { AppFailure } from '../appFailure';
import { annotationSchema, creatorSchema } from '../store/schema';
import { acquireWriteLock, type WriteLockOptions } from '../store/writeLock';
import { writeFileDurably } from '../store/writeFileDurably';

/** The folder inside the data folder where study-group state lives, next to (not inside) the store. */
export const GROUP_STATE_DIR = 'group';
export const MEMBERSHIP_FILE = 'membership.json';
export const RECEIVED_FILE = 'received.json';
/** Taken by every process (the app, the CLI) before it writes either group state file. */
export const GROUP_LOCK_FILE = 'group.lock';
/** Taken while this member's file in the group folder is rewritten (see whilePublishing). */
export const PUBLISH_LOCK_FILE = 'publish.lock';
// Publishing rewrites a file of up to 50 MB durably, often on a synced or network folder.
const PUBLISH_LOCK_WAIT_MS = 15_000;

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

const fileNoteSchema = z.strictObject({
  file: z.string(),
  member: z.string().optional(),
  used: z.boolean(),
  reason: z.string(),
});

/** A folder file already merged: how to tell it has not changed since, and what it said then. */
const folderFileSchema = z.strictObject({
  size: z.number().int().nonnegative(),
  mtimeMs: z.number(),
  sha256: z.string(),
  notes: z.array(fileNoteSchema),
});

/** Everything received from other members (folder files and packs), merged by id. */
const receivedSchema = z.strictObject({
  version: z.literal(1),
  members: z.record(z.string(), z.strictObject({ name: z.string(), written: isoTimestamp })),
  annotations: z.array(annotationSchema),
  replies: z.array(replySchema),
  tombstones: z.array(tombstoneSchema),
  /** Folder file name → the version merged, so a refresh skips files that did not change. */
  files: z.record(z.string(), folderFileSchema).optional(),
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

export interface FolderFile {
  size: number;
  mtimeMs: number;
  sha256: string;
  notes: GroupFileNote[];
}

export interface Received {
  version: 1;
  members: Record<string, { name: string; written: string }>;
  annotations: Annotation[];
  replies: Reply[];
  tombstones: Tombstone[];
  files?: Record<string, FolderFile>;
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

/** Size, change time and inode of a state file, or null when there is none. */
async function signatureOf(path: string): Promise<string | null> {
  try {
    const info = await stat(path, { bigint: true });
    return `${info.size}:${info.mtimeNs}:${info.ino}`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new AppFailure(
      'storage',
      `Yuedu could not read ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
    );
  }
}

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

/**
 * A copy of what was received that a change may alter: new containers, the same items, since
 * merging replaces items rather than changing them, and cloning 100,000 of them costs a refresh.
 */
function copyReceived(received: Received): Received {
  return {
    ...received,
    members: { ...received.members },
    annotations: [...received.annotations],
    replies: [...received.replies],
    tombstones: [...received.tombstones],
    ...(received.files ? { files: { ...received.files } } : {}),
  };
}

/**
 * Reads and writes the two group state files, each replaced durably as a whole. Several processes
 * (the app, the CLI) share them: every change is read, made and written holding the group lock,
 * and is fenced (the file must be the one it started from, the lock still ours) before it replaces
 * the file, like the store does. Reads are kept while the file is unchanged on disk, so a refresh
 * and the notes after it parse received.json once.
 */
export class GroupStateFiles {
  private readonly cache = new Map<string, { signature: string; value: unknown }>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dataDir: string,
    private readonly lock: WriteLockOptions = {},
  ) {}

  private path(file: string): string {
    return join(this.dataDir, GROUP_STATE_DIR, file);
  }

  /** A copy the caller may change freely. */
  async readMembership(): Promise<Membership> {
    return structuredClone(await this.read(MEMBERSHIP_FILE, membershipSchema, emptyMembership));
  }

  /** What was received, shared with later reads: look, do not change (use updateReceived). */
  readReceived(): Promise<Received> {
    return this.read(RECEIVED_FILE, receivedSchema, emptyReceived);
  }

  /**
   * Runs `publish` holding this data folder's publish lock, so two processes of one member (the app
   * and the CLI) rewrite the member file one at a time, each from what it reads once it holds the
   * lock: otherwise one that read before the other's new highlight could replace the file without
   * it. `stillHeld` is for the fence before the file is replaced.
   */
  async whilePublishing<T>(publish: (stillHeld: () => Promise<boolean>) => Promise<T>): Promise<T> {
    await mkdir(join(this.dataDir, GROUP_STATE_DIR), { recursive: true });
    const lock = await acquireWriteLock(this.path(PUBLISH_LOCK_FILE), {
      timeoutMs: PUBLISH_LOCK_WAIT_MS,
      ...this.lock,
    });
    try {
      return await publish(() => lock.isStillHeld());
    } finally {
      await lock.release();
    }
  }

  /** Changes the membership under the group lock; `change` answers false when it changed nothing. */
  updateMembership<T>(change: (membership: Membership) => T | false): Promise<T | false> {
    return this.update<Membership, T>(
      MEMBERSHIP_FILE,
      membershipSchema,
      emptyMembership,
      (m) => structuredClone(m),
      change,
    );
  }

  /** Changes what was received under the group lock; `change` answers false when nothing changed. */
  updateReceived<T>(change: (received: Received) => T | false): Promise<T | false> {
    return this.update(RECEIVED_FILE, receivedSchema, emptyReceived, copyReceived, change);
  }

  /** Replaces the membership as a whole, under the group lock. */
  async writeMembership(membership: Membership): Promise<void> {
    await this.updateMembership((m) => Object.assign(m, structuredClone(membership)));
  }

  /** Replaces what was received as a whole, under the group lock. */
  async writeReceived(received: Received): Promise<void> {
    await this.updateReceived((r) => Object.assign(r, structuredClone(received)));
  }

  private async read<T>(file: string, schema: z.ZodType<T>, fallback: () => T): Promise<T> {
    const path = this.path(file);
    const signature = await signatureOf(path);
    if (signature === null) return fallback();
    const cached = this.cache.get(file);
    if (cached?.signature === signature) return cached.value as T;
    const value = await readJsonFile(path, schema, fallback);
    // Kept only if nobody replaced the file while it was read.
    if ((await signatureOf(path)) === signature) this.cache.set(file, { signature, value });
    return value;
  }

  private update<S, T>(
    file: string,
    schema: z.ZodType<S>,
    fallback: () => S,
    copy: (state: S) => S,
    change: (state: S) => T | false,
  ): Promise<T | false> {
    const run = this.queue.then(async () => {
      await mkdir(join(this.dataDir, GROUP_STATE_DIR), { recursive: true });
      const lock = await acquireWriteLock(this.path(GROUP_LOCK_FILE), this.lock);
      try {
        const path = this.path(file);
        const startedFrom = await signatureOf(path);
        const state = copy(await this.read(file, schema, fallback));
        const result = change(state);
        if (result === false) return false;
        const value = schema.parse(state);
        // received.json is large and only Yuedu reads it: written compactly, it parses faster.
        const text =
          file === RECEIVED_FILE ? JSON.stringify(value) : JSON.stringify(value, null, 2);
        await writeFileDurably(path, `${text}\n`, async () => {
          if ((await signatureOf(path)) !== startedFrom || !(await lock.isStillHeld())) {
            throw new AppFailure(
              'storage',
              `Another Yuedu changed ${path} while this one was paused, so this change was not saved. Try again.`,
            );
          }
        });
        const written = await signatureOf(path);
        if (written !== null) this.cache.set(file, { signature: written, value });
        return result;
      } finally {
        await lock.release();
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}
