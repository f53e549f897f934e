import { access, readdir, rename, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { createFreshData } from './freshData';
import {
  damagedFreshNotice,
  damagedRestoredNotice,
  damagedWhileOpenNotice,
  missingRestoredNotice,
  missingWithDamagedBackupNotice,
  readOnlyDamagedNotice,
  type RecoveredCopy,
} from './notices';
import { removeBackupTempFiles } from './rollingBackups';
import { serializeStoreData } from './serializeStoreData';
import {
  readStoreFile,
  writeStoreFile,
  type FileSignature,
  type StoreFileState,
} from './storeFile';
import { CURRENT_SCHEMA_VERSION, STORE_FILES, schemaCopyName, type StoreData } from './storeData';
import { removeLeftoverTempFiles, syncDirectory, writeFileDurably } from './writeFileDurably';

// The one place that decides what the store starts from when its data file is damaged or missing,
// at open and while open, and what the user is told about it.

type ValidFile = Extract<StoreFileState, { kind: 'valid' }>;

/** A copy recovery can restore from: the version before the last write, or a daily/v0 backup. */
interface RecoverySource {
  path: string;
  kind: RecoveredCopy['kind'];
  /** When it was written, shown to the user so they know what they get back. */
  written: Date;
}

/** What opening found: the data to use and the messages the user must see about how it was obtained. */
export interface LoadedStoreData {
  data: StoreData;
  notices: string[];
  /** The data file as it now is on disk (null: none), to notice later writes by another process. */
  signature: FileSignature | null;
  /** The file content to take today's backup from, or null when there is nothing to back up. */
  backupContent: string | Uint8Array | null;
}

const BACKUP_NAME = /^yuedu-data-\d{4}-\d{2}-\d{2}\.json$/;

async function writtenAt(path: string): Promise<Date | null> {
  try {
    return (await stat(path)).mtime;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Every copy recovery may use: the previous version, the daily backups and Yuedu v0's single backup. */
async function listSources(dataDir: string): Promise<RecoverySource[]> {
  const backupsDir = join(dataDir, STORE_FILES.backupsDir);
  const daily = await readdir(backupsDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  const candidates: Array<Omit<RecoverySource, 'written'>> = [
    { path: join(dataDir, STORE_FILES.previous), kind: 'previous' },
    ...daily
      .filter((name) => BACKUP_NAME.test(name))
      .map((name) => ({ path: join(backupsDir, name), kind: 'backup' as const })),
    { path: join(dataDir, STORE_FILES.legacyBackup), kind: 'backup' },
  ];
  const sources: RecoverySource[] = [];
  for (const candidate of candidates) {
    const written = await writtenAt(candidate.path);
    if (written) sources.push({ ...candidate, written });
  }
  return sources;
}

/**
 * Reads every source and picks the newest intact one: the highest revision (the count of writes),
 * then the latest written. The previous version is usually it, so at most the last write is lost;
 * a day's backup taken right after that day's first write can be newer still.
 */
async function inspectSources(dataDir: string): Promise<{
  best: { source: RecoverySource; file: ValidFile } | null;
  damaged: RecoverySource[];
}> {
  let best: { source: RecoverySource; file: ValidFile } | null = null;
  const damaged: RecoverySource[] = [];
  for (const source of await listSources(dataDir)) {
    const state = await readStoreFile(source.path);
    if (state.kind === 'corrupt') damaged.push(source);
    if (state.kind !== 'valid') continue;
    const newer =
      !best ||
      state.data.revision > best.file.data.revision ||
      (state.data.revision === best.file.data.revision &&
        source.written.getTime() > best.source.written.getTime());
    if (newer) best = { source, file: state };
  }
  return { best, damaged };
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/**
 * Renames a damaged file to `<prefix><timestamp>.json` next to it, keeping its bytes for manual
 * recovery. Never overwrites an earlier damaged copy: a counter is added if the name is taken.
 */
export async function moveAside(path: string, prefix: string, now: Date): Promise<string> {
  const directory = dirname(path);
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  let target = join(directory, `${prefix}${stamp}.json`);
  for (let n = 2; await exists(target); n++)
    target = join(directory, `${prefix}${stamp}-${n}.json`);
  await rename(path, target);
  await syncDirectory(directory);
  return target;
}

/** Moves a damaged copy aside next to where it was, under a name recovery will not pick again. */
function moveSourceAside(source: RecoverySource, now: Date): Promise<string> {
  const prefix =
    source.kind === 'previous'
      ? STORE_FILES.corruptPreviousPrefix
      : `${basename(source.path, '.json')}.corrupt-`;
  return moveAside(source.path, prefix, now);
}

async function removeLeftovers(dataDir: string): Promise<void> {
  const targets: string[] = [STORE_FILES.data, STORE_FILES.previous, STORE_FILES.legacyBackup];
  for (let version = 1; version < CURRENT_SCHEMA_VERSION; version++)
    targets.push(schemaCopyName(version));
  for (const target of targets) await removeLeftoverTempFiles(join(dataDir, target));
  await removeBackupTempFiles(dataDir);
}

/**
 * Writes `file`'s data as the data file. A file from an older schema is first kept byte for byte as
 * `yuedu-data.schema-<n>.json`, so going back to an older Yuedu stays possible.
 */
async function settle(
  dataDir: string,
  file: ValidFile,
  mustWrite: boolean,
): Promise<{ signature: FileSignature; content: string | Uint8Array }> {
  const path = join(dataDir, STORE_FILES.data);
  if (file.fromVersion < CURRENT_SCHEMA_VERSION) {
    await writeFileDurably(join(dataDir, schemaCopyName(file.fromVersion)), file.bytes);
  } else if (!mustWrite) {
    return { signature: file.signature, content: file.bytes };
  }
  const content = serializeStoreData(file.data);
  return { signature: await writeStoreFile(path, content), content };
}

const copyOf = (source: RecoverySource, data: StoreData): RecoveredCopy => ({
  path: source.path,
  kind: source.kind,
  written: source.written,
  annotations: data.annotations.length,
});

/**
 * Decides what the store starts from. A valid data file wins (migrated forward if it is older). A
 * damaged or missing one is replaced by the newest intact copy (see inspectSources), or by fresh
 * data if none is usable; damaged files are moved aside, never deleted. Nothing is moved before
 * every file involved was inspected, so a refusal (newer schema, unreadable file) leaves the folder
 * exactly as it was. With `repair` false (no lock: a read-only folder, or another process writing)
 * nothing on disk is touched at all; the data is only chosen, and the user told.
 */
export async function loadStoreData(
  dataDir: string,
  now: () => Date,
  { repair }: { repair: boolean },
): Promise<LoadedStoreData> {
  const path = join(dataDir, STORE_FILES.data);
  const main = await readStoreFile(path);
  if (main.kind === 'valid') {
    if (!repair)
      return { data: main.data, notices: [], signature: main.signature, backupContent: null };
    await removeLeftovers(dataDir);
    const { signature, content } = await settle(dataDir, main, false);
    return { data: main.data, notices: [], signature, backupContent: content };
  }

  const { best, damaged } = await inspectSources(dataDir);

  if (!repair) {
    const data = best ? best.file.data : createFreshData();
    const notices =
      main.kind === 'corrupt' || best
        ? [readOnlyDamagedNotice(path, best ? copyOf(best.source, data) : null)]
        : [];
    // No signature: the first write that gets the lock finds the damaged file and repairs it.
    return { data, notices, signature: null, backupContent: null };
  }

  await removeLeftovers(dataDir);
  const damagedAt = main.kind === 'corrupt' ? await writtenAt(path) : null;
  const corruptMainPath =
    main.kind === 'corrupt' ? await moveAside(path, STORE_FILES.corruptPrefix, now()) : null;
  const damagedPaths: string[] = [];
  for (const source of damaged) damagedPaths.push(await moveSourceAside(source, now()));

  if (best) {
    const { signature, content } = await settle(dataDir, best.file, true);
    const copy = copyOf(best.source, best.file.data);
    const notice = corruptMainPath
      ? damagedRestoredNotice(corruptMainPath, copy, damagedAt, damagedPaths)
      : missingRestoredNotice(path, copy, damagedPaths);
    return { data: best.file.data, notices: [notice], signature, backupContent: content };
  }

  const fresh = createFreshData();
  const signature = await writeStoreFile(path, serializeStoreData(fresh));
  const notices: string[] = [];
  if (corruptMainPath) notices.push(damagedFreshNotice(corruptMainPath, damagedPaths));
  else if (damagedPaths.length > 0)
    notices.push(missingWithDamagedBackupNotice(path, damagedPaths));
  return { data: fresh, notices, signature, backupContent: null };
}

/**
 * The data file turned out damaged while the store was open (found under the lock, before a write).
 * Moves it aside and returns what the write should start from: the previous version if another
 * process wrote it after what this one holds in memory, else what it holds. Either way at most the
 * damaged version itself (the last write) is lost.
 */
export async function recoverWhileOpen(
  dataDir: string,
  inMemory: StoreData,
  now: Date,
): Promise<{ data: StoreData; notice: string }> {
  const path = join(dataDir, STORE_FILES.data);
  const damagedAt = await writtenAt(path);
  const previousPath = join(dataDir, STORE_FILES.previous);
  const previous = await readStoreFile(previousPath).catch(() => null);
  const movedTo = await moveAside(path, STORE_FILES.corruptPrefix, now);
  if (previous?.kind === 'valid' && previous.data.revision > inMemory.revision) {
    const written = (await writtenAt(previousPath)) ?? now;
    const copy = copyOf({ path: previousPath, kind: 'previous', written }, previous.data);
    return { data: previous.data, notice: damagedRestoredNotice(movedTo, copy, damagedAt, []) };
  }
  return { data: inMemory, notice: damagedWhileOpenNotice(movedTo) };
}
