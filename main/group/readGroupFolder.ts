import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { formatMegabytes, GROUP_FILE_MAX_BYTES } from '../../shared/limits';
import type { GroupFileNote } from '../../shared/model/group';
import { errorCode } from '../files/errorCode';
import { readFileSafely } from '../files/readFileSafely';
import { classifyGroupFile } from './classifyGroupFile';
import type { FolderFile } from './groupState';
import { GroupFileProblem, parseMemberFile, type ParsedMemberFile } from './memberFile';

/** One member file (or conflict copy) that could be read. */
export interface MemberSource {
  file: string;
  conflictCopy: boolean;
  content: ParsedMemberFile;
}

export interface GroupFolderReading {
  /** The files that changed since `known` (all of them without it), parsed. */
  sources: MemberSource[];
  notes: GroupFileNote[];
  /** Every member file that could be read, with what it said, to skip it next time if unchanged. */
  files: Record<string, FolderFile>;
}

/** Why a folder entry that is not a regular file is skipped, or null for a regular file. */
export function notARegularFile(entry: Stats): string | null {
  if (entry.isFile()) return null;
  if (entry.isSymbolicLink())
    return 'it is a symbolic link; Yuedu reads only ordinary files in the group folder, never what a link points to.';
  if (entry.isDirectory()) return 'it is a folder, not a file.';
  if (entry.isFIFO()) return 'it is a named pipe, not a file.';
  return 'it is a socket or device, not a file.';
}

/**
 * Reads a regular file of at most `limit` bytes. Links, folders, pipes and devices are refused
 * by type, and a larger file by its size, before anything is read; the read itself is the
 * importer's (never blocking on a pipe, never following a link swapped in, counting real bytes).
 */
export async function readBounded(path: string, limit: number): Promise<Uint8Array> {
  const entry = await lstat(path);
  const problem = notARegularFile(entry);
  if (problem !== null) throw new GroupFileProblem(problem);
  const tooLarge = `it is larger than ${formatMegabytes(limit)}.`;
  if (entry.size > limit) throw new GroupFileProblem(tooLarge);
  const read = await readFileSafely(path, limit, { followLink: false, tooLarge });
  if (!read.ok) throw new GroupFileProblem(read.reason);
  return read.bytes;
}

/**
 * Reads every member file in the folder except this member's own, each on its own: a damaged,
 * foreign, oversized or newer-format file becomes a note saying why, and never stops the others.
 * A file whose size and change time (or, failing those, SHA-256) match `known` was merged before:
 * it is not parsed again, and its notes from then are repeated.
 */
export async function readGroupFolder(
  folder: string,
  myId: string,
  known: Readonly<Record<string, FolderFile>> = {},
): Promise<GroupFolderReading> {
  const reading: GroupFolderReading = { sources: [], notes: [], files: {} };
  const names = (await readdir(folder)).sort();
  for (const file of names) {
    const kind = classifyGroupFile(file);
    if (kind.kind === 'temporary' || kind.kind === 'ignored') {
      if (file !== 'articles') reading.notes.push({ file, used: false, reason: kind.reason });
      continue;
    }
    const conflictCopy = kind.kind === 'conflict';
    if (kind.memberId === myId) {
      if (conflictCopy)
        reading.notes.push({
          file,
          member: myId,
          used: false,
          reason:
            'a conflict copy of your own file; your own highlights come from this machine, so it was skipped.',
        });
      continue;
    }
    const path = join(folder, file);
    const before = known[file];
    const skipped = (reason: string) =>
      reading.notes.push({
        file,
        member: kind.memberId,
        used: false,
        reason: `Skipped: ${reason}`,
      });
    let bytes: Uint8Array;
    let size: number;
    let mtimeMs: number;
    try {
      const entry = await lstat(path);
      const notFile = notARegularFile(entry);
      if (notFile !== null) throw new GroupFileProblem(notFile);
      ({ size, mtimeMs } = entry);
      if (before && before.size === size && before.mtimeMs === mtimeMs) {
        reading.files[file] = before;
        reading.notes.push(...before.notes);
        continue;
      }
      bytes = await readBounded(path, GROUP_FILE_MAX_BYTES);
    } catch (error) {
      skipped(
        error instanceof GroupFileProblem
          ? error.message
          : `it could not be read (${errorCode(error)}).`,
      );
      continue;
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (before?.sha256 === sha256) {
      reading.files[file] = { ...before, size, mtimeMs };
      reading.notes.push(...before.notes);
      continue;
    }
    let content: ParsedMemberFile;
    try {
      content = parseMemberFile(bytes);
    } catch (error) {
      skipped(
        error instanceof GroupFileProblem
          ? error.message
          : `it could not be read (${errorCode(error)}).`,
      );
      continue;
    }
    if (content.member.id !== kind.memberId) {
      skipped(`its name says member ${kind.memberId} but it holds member ${content.member.id}.`);
      continue;
    }
    const notes: GroupFileNote[] = [];
    if (conflictCopy) {
      notes.push({
        file,
        member: kind.memberId,
        used: true,
        reason:
          'a conflict copy left by a sync tool; merged by annotation id, the newest change winning.',
      });
    }
    for (const problem of content.problems) {
      notes.push({ file, member: kind.memberId, used: true, reason: problem });
    }
    reading.notes.push(...notes);
    reading.files[file] = { size, mtimeMs, sha256, notes };
    reading.sources.push({ file, conflictCopy, content });
  }
  return reading;
}
