import { constants, type Stats } from 'node:fs';
import { lstat, open, stat } from 'node:fs/promises';

/** The bytes of a regular file, or why it was not read. */
export type SafeRead = { ok: true; bytes: Buffer } | { ok: false; reason: string };

// O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever. O_NOFOLLOW:
// a path that was checked must not turn into a link between the check and the open. Neither
// exists on Windows, where FIFOs and these races do not arise the same way.
const O_NONBLOCK = constants.O_NONBLOCK ?? 0;
const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0;
const CHUNK_BYTES = 1024 * 1024;

/**
 * Reads a file the user or a group member handed over (an import, a group folder file) without
 * ever hanging or running away, shared so both read the same way: only a regular file is opened
 * (checked before opening and again on the open handle), never blocking on a FIFO, and at most
 * `maxBytes` are read, counting the bytes that actually arrive rather than trusting `stat` (a
 * `/proc` file says 0, a growing file keeps going). `followLink` is for a path the user named.
 */
export async function readFileSafely(
  path: string,
  maxBytes: number,
  options: { followLink: boolean; tooLarge: string },
): Promise<SafeRead> {
  const before = await (options.followLink ? stat : lstat)(path);
  if (!before.isFile()) return { ok: false, reason: describeNonFile(before) };
  const handle = await open(
    path,
    constants.O_RDONLY | O_NONBLOCK | (options.followLink ? 0 : O_NOFOLLOW),
  );
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) return { ok: false, reason: describeNonFile(opened) };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // One byte past the limit tells "exactly at the limit" from "larger".
      const want = Math.min(CHUNK_BYTES, maxBytes + 1 - total);
      if (want <= 0) return { ok: false, reason: options.tooLarge };
      const chunk = Buffer.allocUnsafe(want);
      const { bytesRead } = await handle.read(chunk, 0, want, null);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === want ? chunk : chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    return { ok: true, bytes: Buffer.concat(chunks, total) };
  } finally {
    await handle.close();
  }
}

/** Why something that is not a regular file is skipped, in words a user knows. */
export function describeNonFile(info: Stats): string {
  if (info.isDirectory()) return 'it is a folder';
  if (info.isSymbolicLink()) return 'it changed into a link while it was being imported';
  if (info.isFIFO())
    return 'it is a named pipe (FIFO), not a file; only regular files are imported';
  if (info.isSocket()) return 'it is a socket, not a file; only regular files are imported';
  if (info.isCharacterDevice() || info.isBlockDevice()) {
    return 'it is a device, not a file; only regular files are imported';
  }
  return 'it is not a regular file; only regular files are imported';
}
