import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { IMPORT_FILE_MAX_BYTES } from '../../../shared/limits';
import type { ImportFile, ImportReport } from '../../../shared/model/import';

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
}

type Skipped = ImportReport['skipped'];

/**
 * Expands what the user picked into files: files as given, folders recursively to their .txt and
 * .md files (hidden entries and symbolic links to folders skipped), each folder's files in
 * name order. Paths that do not exist, and folders without such files, are reported as skipped.
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
    try {
      info = await stat(absolute);
    } catch (error) {
      skipped.push({ name: given, reason: describeFsError(error) });
      continue;
    }
    if (!info.isDirectory()) {
      files.push({ name: given, path: absolute });
      continue;
    }
    const skippedBefore = skipped.length;
    const found = await walkFolder(absolute, given, skipped);
    if (found.length === 0 && skipped.length === skippedBefore) {
      skipped.push({ name: given, reason: 'the folder holds no .txt or .md files' });
    }
    files.push(...found);
  }
  return { files, skipped };
}

async function walkFolder(folder: string, name: string, skipped: Skipped): Promise<FoundFile[]> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    skipped.push({ name, reason: describeFsError(error) });
    return [];
  }
  const found: FoundFile[] = [];
  const sorted = entries
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of sorted) {
    const entryPath = path.join(folder, entry.name);
    const entryName = path.join(name, entry.name);
    if (entry.isDirectory()) found.push(...(await walkFolder(entryPath, entryName, skipped)));
    else if ((entry.isFile() || entry.isSymbolicLink()) && isImportableName(entry.name)) {
      found.push({ name: entryName, path: entryPath });
    }
  }
  return found;
}

/** Whether a folder import takes this file: .txt, .md or .markdown, in any case. */
export function isImportableName(name: string): boolean {
  const extension = path.extname(name).slice(1).toLowerCase();
  return (IMPORTABLE_EXTENSIONS as readonly string[]).includes(extension);
}

/** How an import from disk reports progress and may be stopped between batches. */
export interface ImportFromPathsOptions {
  cwd: string;
  /** Sends one batch to the importer (the `library:import` channel). */
  importBatch: (files: ImportFile[]) => Promise<ImportReport>;
  /** Called after each batch with how many of the files found have been handled. */
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
  const flush = async () => {
    const answer = await options.importBatch(batch);
    report.added.push(...answer.added);
    report.skipped.push(...answer.skipped);
    options.onProgress?.(done, files.length);
    batch = [];
    batchBytes = 0;
  };
  for (const file of files) {
    if (options.signal?.aborted) break;
    const read = await readForImport(file);
    done += 1;
    if ('reason' in read) report.skipped.push({ name: file.name, reason: read.reason });
    else {
      batch.push(read);
      batchBytes += read.base64.length;
    }
    if (batch.length >= BATCH_FILES || batchBytes >= BATCH_BYTES) await flush();
  }
  if (batch.length > 0) await flush();
  return report;
}

async function readForImport(file: FoundFile): Promise<ImportFile | { reason: string }> {
  try {
    const info = await stat(file.path);
    if (info.isDirectory()) return { reason: 'it is a folder' };
    if (info.size > MAX_IMPORT_FILE_BYTES) return { reason: 'the file is larger than 50 MB' };
    const bytes = await readFile(file.path);
    return { name: file.name, base64: bytes.toString('base64') };
  } catch (error) {
    return { reason: describeFsError(error) };
  }
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return `it could not be read (${code ?? String(error)})`;
}
