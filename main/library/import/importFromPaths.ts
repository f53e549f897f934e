import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { IMPORT_FILE_MAX_BYTES } from '../../../shared/limits';
import type { ImportFile, ImportReport } from '../../../shared/model/import';
import { describeNonFile, readFileSafely } from '../../files/readFileSafely';

/** The extensions a folder import picks up; a file named explicitly is tried whatever its name. */
export const IMPORTABLE_EXTENSIONS = ['txt', 'md', 'markdown'] as const;
/** Largest file sent to the importer; the API refuses larger payloads. */
export const MAX_IMPORT_FILE_BYTES = IMPORT_FILE_MAX_BYTES;
const BATCH_FILES = 50;
const BATCH_BYTES = 32 * 1024 * 1024;

/** A file found for import: the name the user will see in messages, and where it is. */
export interface FoundFile {
  name: string;
  path: string;
  /** Named by the user (so a link is followed); false for a file found inside a chosen folder. */
  explicit: boolean;
}

type Skipped = ImportReport['skipped'];

/**
 * Expands what the user picked into regular files. A path the user named is taken as given, even
 * when it is a link. A folder is walked recursively for its .txt and .md files, each folder's
 * files in name order, hidden entries left out. Inside a folder, a link to a file inside the same
 * chosen folder is followed; a link that leads out of it (`passwd.txt -> /etc/passwd`), a link to
 * a folder (which could loop), and FIFOs, sockets and devices are skipped with a reason. Paths
 * that do not exist, and folders without such files, are reported as skipped too.
 */
export async function findImportFiles(
  paths: readonly string[],
  cwd: string,
): Promise<{ files: FoundFile[]; skipped: Skipped }> {
  const files: FoundFile[] = [];
  const skipped: Skipped = [];
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    let info;
    let root;
    try {
      info = await stat(absolute);
      root = info.isDirectory() ? await realpath(absolute) : absolute;
    } catch (error) {
      skipped.push({ name: given, reason: describeFsError(error) });
      continue;
    }
    if (info.isFile()) {
      files.push({ name: given, path: absolute, explicit: true });
      continue;
    }
    if (!info.isDirectory()) {
      skipped.push({ name: given, reason: describeNonFile(info) });
      continue;
    }
    const skippedBefore = skipped.length;
    const found = await walkFolder(root, given, root, skipped);
    if (found.length === 0 && skipped.length === skippedBefore) {
      skipped.push({ name: given, reason: 'the folder holds no .txt or .md files' });
    }
    files.push(...found);
  }
  return { files, skipped };
}

async function walkFolder(
  folder: string,
  name: string,
  root: string,
  skipped: Skipped,
): Promise<FoundFile[]> {
  let entries;
  try {
    entries = await readdir(folder);
  } catch (error) {
    skipped.push({ name, reason: describeFsError(error) });
    return [];
  }
  const found: FoundFile[] = [];
  const sorted = entries
    .filter((entry) => !entry.startsWith('.'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const entry of sorted) {
    const entryPath = path.join(folder, entry);
    const entryName = path.join(name, entry);
    let info;
    try {
      info = await lstat(entryPath);
    } catch (error) {
      skipped.push({ name: entryName, reason: describeFsError(error) });
      continue;
    }
    if (info.isDirectory()) {
      found.push(...(await walkFolder(entryPath, entryName, root, skipped)));
      continue;
    }
    if (!isImportableName(entry)) continue;
    if (info.isFile()) found.push({ name: entryName, path: entryPath, explicit: false });
    else if (info.isSymbolicLink()) {
      const target = await followLink(entryPath, root);
      if ('reason' in target) skipped.push({ name: entryName, reason: target.reason });
      else found.push({ name: entryName, path: target.path, explicit: false });
    } else skipped.push({ name: entryName, reason: describeNonFile(info) });
  }
  return found;
}

/** Where a link inside a chosen folder leads, if Yuedu follows it: to a regular file in that folder. */
async function followLink(
  link: string,
  root: string,
): Promise<{ path: string } | { reason: string }> {
  let target;
  let info;
  try {
    target = await realpath(link);
    info = await stat(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { reason: 'it is a link to something that does not exist' };
    if (code === 'ELOOP') return { reason: 'it is a link that loops back on itself' };
    return { reason: describeFsError(error) };
  }
  const inside = path.relative(root, target);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) {
    return {
      reason: `it is a link to ${target}, outside the folder you chose; Yuedu follows only links within it (import that file directly if you want it)`,
    };
  }
  if (info.isDirectory())
    return { reason: 'it is a link to a folder, which Yuedu does not follow' };
  if (!info.isFile()) return { reason: describeNonFile(info) };
  return { path: target };
}

/** Whether a folder import takes this file: .txt, .md or .markdown, in any case. */
export function isImportableName(name: string): boolean {
  const extension = path.extname(name).slice(1).toLowerCase();
  return (IMPORTABLE_EXTENSIONS as readonly string[]).includes(extension);
}

/** How an import from disk reports progress and may be stopped between batches. */
export interface ImportFromPathsOptions {
  cwd: string;
  /** Sends one batch to the importer (the `library:import` channel); an answer saying
   * `cancelled` ends the import. */
  importBatch: (files: ImportFile[]) => Promise<ImportReport>;
  /** Called once the files are found (done 0) and after each batch, with how many are handled. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/**
 * Imports files and folders from disk in batches, so a folder of thousands of files neither builds
 * one giant request nor leaves the user without progress. Reports are merged batch by batch.
 */
export async function importFromPaths(
  paths: readonly string[],
  options: ImportFromPathsOptions,
): Promise<ImportReport> {
  const { files, skipped } = await findImportFiles(paths, options.cwd);
  const report: ImportReport = { added: [], skipped };
  let done = 0;
  let batch: ImportFile[] = [];
  let batchBytes = 0;
  const stopped = () => options.signal?.aborted === true || report.cancelled === true;
  const flush = async () => {
    const answer = await options.importBatch(batch);
    report.added.push(...answer.added);
    report.skipped.push(...answer.skipped);
    if (answer.cancelled) report.cancelled = true;
    else options.onProgress?.(done, files.length);
    batch = [];
    batchBytes = 0;
  };
  if (files.length > 0) options.onProgress?.(0, files.length);
  for (const file of files) {
    if (stopped()) break;
    const read = await readForImport(file);
    done += 1;
    if ('reason' in read) report.skipped.push({ name: file.name, reason: read.reason });
    else {
      batch.push(read);
      batchBytes += read.base64.length;
    }
    if (batch.length >= BATCH_FILES || batchBytes >= BATCH_BYTES) await flush();
  }
  if (batch.length > 0 && !stopped()) await flush();
  if (options.signal?.aborted) report.cancelled = true;
  return report;
}

async function readForImport(file: FoundFile): Promise<ImportFile | { reason: string }> {
  try {
    const read = await readFileSafely(file.path, MAX_IMPORT_FILE_BYTES, {
      followLink: file.explicit,
      tooLarge: 'the file is larger than 50 MB',
    });
    if (!read.ok) return { reason: read.reason };
    return { name: file.name, base64: read.bytes.toString('base64') };
  } catch (error) {
    return { reason: describeFsError(error) };
  }
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'it is a link that loops back on itself';
  return `it could not be read (${code ?? String(error)})`;
}
