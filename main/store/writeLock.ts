import { randomUUID } from 'node:crypto';
import { link, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { hostname, uptime } from 'node:os';
import { dirname } from 'node:path';
import { AppFailure } from '../appFailure';

/** How long to wait for another writer, and when a lock counts as abandoned. */
export interface WriteLockOptions {
  /** Give up after this long (default 3 s). */
  timeoutMs?: number;
  /**
   * A lock taken on another host (a shared network folder), where its process cannot be asked
   * about, counts as abandoned once older than this (default 30 s). A lock whose process lives on
   * this host is never taken away, however old: it may only be paused (a closed lid, a debugger).
   */
  staleMs?: number;
}

/** What a lock file holds: who took it, so others can tell whether that process still lives. */
interface LockOwner {
  pid: number;
  host: string;
  acquired: string;
  token: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// A holder fills its lock file right after creating it; one still unreadable after this was abandoned
// by a process killed in between.
const UNFILLED_STALE_MS = 1000;

/** False only when the OS says there is no such process (EPERM means it exists but is not ours). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

function parseOwner(text: string): Partial<LockOwner> {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Partial<LockOwner>) : {};
  } catch {
    // Empty or half-written: its holder is between creating and filling it.
    return {};
  }
}

/** True when `acquired` is before this machine last started: its pid may now be someone else's. */
function beforeBoot(acquired: unknown): boolean {
  const time = typeof acquired === 'string' ? Date.parse(acquired) : NaN;
  return Number.isFinite(time) && time < Date.now() - uptime() * 1000;
}

/**
 * The lock's content if it was abandoned, else null. On this host that means its process is gone
 * (or the lock predates the last boot); age alone never breaks it. From another host, where the
 * process cannot be checked, a lock older than `staleMs` is abandoned.
 */
async function abandonedContent(path: string, staleMs: number): Promise<string | null> {
  try {
    const [text, info] = await Promise.all([readFile(path, 'utf8'), stat(path)]);
    const owner = parseOwner(text);
    const age = Date.now() - info.mtimeMs;
    if (typeof owner.pid !== 'number') return age > UNFILLED_STALE_MS ? text : null;
    if (owner.host === hostname())
      return !isProcessAlive(owner.pid) || beforeBoot(owner.acquired) ? text : null;
    return age > staleMs ? text : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null; // just released
    throw error;
  }
}

/**
 * Removes an abandoned lock. It is first renamed to a unique name, which only one process can do,
 * and deleted only if it is still the abandoned one; a fresh lock taken meanwhile is put back.
 */
async function breakLock(path: string, abandoned: string): Promise<void> {
  const aside = `${path}.${randomUUID()}.stale`;
  try {
    await rename(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = await readFile(aside, 'utf8').catch(() => abandoned);
  // link, unlike rename, never replaces a lock someone took in the meantime.
  if (moved !== abandoned) await link(aside, path).catch(() => undefined);
  await rm(aside, { force: true });
}

/** Tries once to create the lock file; true when this process now holds it. */
async function tryCreate(path: string, content: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(content, 'utf8');
  } finally {
    await handle.close();
  }
  return true;
}

const READ_ONLY = new Set(['EACCES', 'EPERM', 'EROFS']);

/** Why the lock file could not be created, in words that say what still works. */
function lockFailure(path: string, error: unknown): AppFailure {
  const code = (error as NodeJS.ErrnoException).code ?? String(error);
  if (READ_ONLY.has(code)) {
    return new AppFailure(
      'storage',
      `Yuedu cannot save changes because its data folder ${dirname(path)} is read-only (${code}). Nothing was changed; your notes can still be listed, read, exported and backed up.`,
    );
  }
  return new AppFailure('storage', `Yuedu could not lock ${path} (${code}). Nothing was changed.`);
}

async function busyFailure(path: string, timeoutMs: number): Promise<AppFailure> {
  const owner = parseOwner(await readFile(path, 'utf8').catch(() => ''));
  const who =
    typeof owner.pid === 'number'
      ? ` (process ${owner.pid}${owner.host === hostname() ? '' : ` on ${String(owner.host)}`})`
      : '';
  return new AppFailure(
    'storage',
    `Another Yuedu${who} is writing to this data folder and did not finish within ${timeoutMs / 1000} s, so your change was not saved. It may be paused (a closed lid, a debugger): let it finish and try again. If no other Yuedu window or command is running, delete ${path}.`,
  );
}

/** A lock this process took. */
export interface WriteLock {
  /** Removes the lock file if it is still this process's. */
  release(): Promise<void>;
  /** False once the lock file is gone or names someone else: a write must then not be committed. */
  isStillHeld(): Promise<boolean>;
}

/**
 * Takes the folder's write lock (an exclusively created file naming this process), waiting with
 * backoff while another process holds it and breaking it when that process is gone. Throws
 * AppFailure('storage') when it cannot be had in time.
 */
export async function acquireWriteLock(
  path: string,
  options: WriteLockOptions = {},
): Promise<WriteLock> {
  const timeoutMs = options.timeoutMs ?? 3000;
  const staleMs = options.staleMs ?? 30_000;
  const owner: LockOwner = {
    pid: process.pid,
    host: hostname(),
    acquired: new Date().toISOString(),
    token: randomUUID(),
  };
  const content = JSON.stringify(owner);
  const deadline = Date.now() + timeoutMs;
  let pause = 2;
  for (;;) {
    let created: boolean;
    try {
      created = await tryCreate(path, content);
    } catch (error) {
      const failure = lockFailure(path, error);
      failure.cause = error;
      throw failure;
    }
    if (created) break;
    const abandoned = await abandonedContent(path, staleMs);
    if (abandoned !== null) {
      await breakLock(path, abandoned);
      continue;
    }
    if (Date.now() >= deadline) throw await busyFailure(path, timeoutMs);
    await sleep(pause * (0.5 + Math.random()));
    pause = Math.min(pause * 1.5, 50);
  }
  const isStillHeld = async () => (await readFile(path, 'utf8').catch(() => null)) === content;
  return {
    isStillHeld,
    release: async () => {
      // Only remove the lock if it is still ours: someone may have deleted it by hand meanwhile.
      if (await isStillHeld()) await rm(path, { force: true });
    },
  };
}
