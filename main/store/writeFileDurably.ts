import { randomUUID } from 'node:crypto';
import { open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const TEMP_SUFFIX = '.tmp';

/** Temp files of `target` start with this, so leftovers from a crash can be recognised and removed. */
export function tempFilePrefix(target: string): string {
  return `.${basename(target)}.`;
}

/** A fresh temp file name for `target`, in its folder, that removeLeftoverTempFiles recognises. */
export function tempFileFor(target: string): string {
  return join(dirname(target), `${tempFilePrefix(target)}${randomUUID()}${TEMP_SUFFIX}`);
}

/**
 * Flushes a directory entry change (a rename) to disk. Some platforms refuse to open or fsync a
 * directory (Windows: EISDIR/EPERM; some network file systems: EINVAL); there rename is already durable
 * or cannot be made so, and the write must not fail because of it.
 */
export async function syncDirectory(directory: string): Promise<void> {
  let handle;
  try {
    handle = await open(directory, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL') throw error;
  } finally {
    await handle?.close();
  }
}

/**
 * Replaces `target` so that after a crash it holds either the old or the new content, never a mix:
 * write a temp file in the same folder, fsync it, rename it over the target, fsync the folder.
 * `beforeReplace` runs right before the rename; if it throws, the temp file goes and the target
 * stays untouched.
 */
export async function writeFileDurably(
  target: string,
  content: string | Uint8Array,
  beforeReplace?: () => Promise<void>,
): Promise<void> {
  const directory = dirname(target);
  const temp = tempFileFor(target);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await beforeReplace?.();
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncDirectory(directory);
}

/** Deletes temp files a crash left behind for `target`; they are never the only copy of anything. */
export async function removeLeftoverTempFiles(target: string): Promise<string[]> {
  const directory = dirname(target);
  const prefix = tempFilePrefix(target);
  const leftovers = (await readdir(directory)).filter(
    (name) => name.startsWith(prefix) && name.endsWith(TEMP_SUFFIX),
  );
  await Promise.all(leftovers.map((name) => rm(join(directory, name), { force: true })));
  return leftovers;
}
