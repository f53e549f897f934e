import { closeSync, fstatSync, openSync, readFileSync, type BigIntStats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { AppFailure } from '../appFailure';
import { CorruptDataError } from './corruptDataError';
import { deepFreeze } from './deepFreeze';
import { migrate } from './migrations';
import { parseStoreData } from './schema';
import { rememberFileOf } from './serializeStoreData';
import type { StoreData } from './storeData';
import { writeFileDurably } from './writeFileDurably';

/**
 * Identifies one version of a file on disk (inode, size, modification time in ns). Every durable
 * write renames a new file into place, so a write by another process changes it.
 */
export type FileSignature = string;

/** The signature of what `stat` describes. */
export function signatureOf(stats: BigIntStats): FileSignature {
  return `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeNs}`;
}

/** What one data file (or backup) holds: nothing, valid data (possibly migrated), or damage. */
export type StoreFileState =
  | { kind: 'missing' }
  | {
      kind: 'valid';
      data: StoreData;
      /** The exact bytes read, kept so a migrated file can be preserved as it was. */
      bytes: Buffer;
      /** The schema version the file was written in, before migration. */
      fromVersion: number;
      signature: FileSignature;
    }
  | { kind: 'corrupt'; error: CorruptDataError };

function versionOf(raw: unknown): number {
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  return typeof version === 'number' ? version : 0;
}

/**
 * Turns the bytes of a file into its state; a file from a newer Yuedu throws AppFailure. Valid data
 * comes back frozen, its annotations' bytes remembered for the next write (serializeStoreData).
 */
function interpret(path: string, bytes: Buffer, signature: FileSignature): StoreFileState {
  let raw: unknown;
  try {
    // A BOM is what Windows editors add on save; it does not make the content damaged.
    raw = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      kind: 'corrupt',
      error: new CorruptDataError(`${path} is not valid JSON.`, { cause: error }),
    };
  }
  try {
    const data = deepFreeze(parseStoreData(migrate(raw)));
    rememberFileOf(bytes, data.annotations);
    return { kind: 'valid', data, bytes, fromVersion: versionOf(raw), signature };
  } catch (error) {
    if (error instanceof CorruptDataError) return { kind: 'corrupt', error };
    throw error;
  }
}

function unreadable(path: string, error: unknown): AppFailure {
  const code = (error as NodeJS.ErrnoException).code ?? String(error);
  const failure = new AppFailure(
    'storage',
    `Yuedu could not read ${path} (${code}). Nothing was changed.`,
  );
  failure.cause = error;
  return failure;
}

/** The signature of the file at `path` now, or null when there is none. */
export async function currentSignature(path: string): Promise<FileSignature | null> {
  try {
    return signatureOf(await stat(path, { bigint: true }));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Reads and classifies a data file. Damage (bad JSON, wrong shape) is a state, not an error; I/O
 * failures and files from a newer Yuedu throw AppFailure('storage') so nothing gets overwritten.
 */
export async function readStoreFile(path: string): Promise<StoreFileState> {
  let bytes: Buffer;
  let signature: FileSignature;
  try {
    const handle = await open(path, 'r');
    try {
      signature = signatureOf(await handle.stat({ bigint: true }));
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw unreadable(path, error);
  }
  return interpret(path, bytes, signature);
}

/** The synchronous twin of readStoreFile, for `Store.read()` picking up another process's writes. */
export function readStoreFileSync(path: string): StoreFileState {
  let bytes: Buffer;
  let signature: FileSignature;
  try {
    const fd = openSync(path, 'r');
    try {
      signature = signatureOf(fstatSync(fd, { bigint: true }));
      bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw unreadable(path, error);
  }
  return interpret(path, bytes, signature);
}

/**
 * Durably replaces the data file with `content` and returns the signature of what is now on disk.
 * `beforeReplace` may refuse (throw) at the last moment, leaving the file as it was.
 */
export async function writeStoreFile(
  path: string,
  content: string | Uint8Array,
  beforeReplace?: () => Promise<void>,
): Promise<FileSignature> {
  await writeFileDurably(path, content, beforeReplace);
  return signatureOf(await stat(path, { bigint: true }));
}
