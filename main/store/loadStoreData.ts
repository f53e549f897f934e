import { basename, join } from 'node:path';
import { createFreshData } from './freshData';
import { moveAside } from './moveAside';
import {
  damagedFreshNotice,
  damagedRestoredNotice,
  missingRestoredNotice,
  missingWithDamagedBackupNotice,
} from './notices';
import { listBackupSources, removeBackupTempFiles, type BackupSource } from './rollingBackups';
import { serializeStoreData } from './serializeStoreData';
import {
  readStoreFile,
  writeStoreFile,
  type FileSignature,
  type StoreFileState,
} from './storeFile';
import { CURRENT_SCHEMA_VERSION, STORE_FILES, schemaCopyName, type StoreData } from './storeData';
import { removeLeftoverTempFiles, writeFileDurably } from './writeFileDurably';

type ValidFile = Extract<StoreFileState, { kind: 'valid' }>;

/** What opening found: the data to use and the messages the user must see about how it was obtained. */
export interface LoadedStoreData {
  data: StoreData;
  notices: string[];
  /** The data file as it now is on disk, to notice later writes by another process. */
  signature: FileSignature;
  /** The file content to take today's backup from, or null for fresh data (nothing worth backing up). */
  backupContent: string | Uint8Array | null;
}

async function removeLeftovers(dataDir: string): Promise<void> {
  const targets: string[] = [STORE_FILES.data, STORE_FILES.legacyBackup];
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
    await writeFileDurably(join(dataDir, schemaCopyName(file.fromVersion)), file.text);
  } else if (!mustWrite) {
    return { signature: file.signature, content: file.text };
  }
  const content = serializeStoreData(file.data);
  return { signature: await writeStoreFile(path, content), content };
}

/** Moves a damaged backup aside next to where it was, under a name recovery will not pick again. */
function moveBackupAside(source: BackupSource, now: Date): Promise<string> {
  const prefix = `${basename(source.path, '.json')}.corrupt-`;
  return moveAside(source.path, prefix, now);
}

/**
 * Decides what the store starts from, repairing the folder on the way; call it holding the write
 * lock. A valid data file wins (migrated forward if it is older). A damaged or missing one is
 * replaced by the newest valid backup, skipping damaged ones, or by fresh data if none is usable;
 * damaged files are moved aside, never deleted. Nothing is moved before every file involved was
 * inspected, so a refusal (newer schema, unreadable file) leaves the folder exactly as it was.
 */
export async function loadStoreData(dataDir: string, now: () => Date): Promise<LoadedStoreData> {
  const path = join(dataDir, STORE_FILES.data);
  const main = await readStoreFile(path);
  if (main.kind === 'valid') {
    await removeLeftovers(dataDir);
    const { signature, content } = await settle(dataDir, main, false);
    return { data: main.data, notices: [], signature, backupContent: content };
  }

  const damaged: BackupSource[] = [];
  let restored: { source: BackupSource; file: ValidFile } | null = null;
  for (const source of await listBackupSources(dataDir)) {
    const state = await readStoreFile(source.path);
    if (state.kind === 'valid') {
      restored = { source, file: state };
      break;
    }
    if (state.kind === 'corrupt') damaged.push(source);
  }

  await removeLeftovers(dataDir);
  const corruptMainPath =
    main.kind === 'corrupt' ? await moveAside(path, STORE_FILES.corruptPrefix, now()) : null;
  const damagedPaths: string[] = [];
  for (const source of damaged) damagedPaths.push(await moveBackupAside(source, now()));

  if (restored) {
    const { signature, content } = await settle(dataDir, restored.file, true);
    const { path: backupPath, written } = restored.source;
    const notice = corruptMainPath
      ? damagedRestoredNotice(corruptMainPath, backupPath, written, damagedPaths)
      : missingRestoredNotice(path, backupPath, written, damagedPaths);
    return { data: restored.file.data, notices: [notice], signature, backupContent: content };
  }

  const fresh = createFreshData();
  const signature = await writeStoreFile(path, serializeStoreData(fresh));
  const notices: string[] = [];
  if (corruptMainPath) notices.push(damagedFreshNotice(corruptMainPath, damagedPaths));
  else if (damagedPaths.length > 0)
    notices.push(missingWithDamagedBackupNotice(path, damagedPaths));
  return { data: fresh, notices, signature, backupContent: null };
}
