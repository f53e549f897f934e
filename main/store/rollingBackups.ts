import { access, mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { STORE_FILES } from './storeData';
import { writeFileDurably } from './writeFileDurably';

/** How many daily backups are kept: a week of history without filling the disk. */
export const BACKUPS_KEPT = 7;

const BACKUP_NAME = /^yuedu-data-(\d{4}-\d{2}-\d{2})\.json$/;

/** "2025-03-07" for the local calendar day of `date`: backups are named by the user's day. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The path of the backup for one day. */
export function dailyBackupPath(dataDir: string, day: string): string {
  return join(dataDir, STORE_FILES.backupsDir, `yuedu-data-${day}.json`);
}

async function backupNames(dataDir: string): Promise<string[]> {
  try {
    return (await readdir(join(dataDir, STORE_FILES.backupsDir))).filter((name) =>
      BACKUP_NAME.test(name),
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Writes `content` as the backup of `day` unless that day already has one, then deletes all but the
 * BACKUPS_KEPT most recent days. Returns the path written, or null if the day was already covered.
 */
export async function writeDailyBackup(
  dataDir: string,
  day: string,
  content: string | Uint8Array,
): Promise<string | null> {
  const path = dailyBackupPath(dataDir, day);
  const exists = await access(path).then(
    () => true,
    () => false,
  );
  if (exists) return null;
  await mkdir(join(dataDir, STORE_FILES.backupsDir), { recursive: true });
  await writeFileDurably(path, content);
  const outdated = (await backupNames(dataDir)).sort().reverse().slice(BACKUPS_KEPT);
  await Promise.all(
    outdated.map((name) => rm(join(dataDir, STORE_FILES.backupsDir, name), { force: true })),
  );
  return path;
}

/** Deletes temp files a crash left in the backups folder; they are never the only copy of anything. */
export async function removeBackupTempFiles(dataDir: string): Promise<void> {
  const directory = join(dataDir, STORE_FILES.backupsDir);
  const names = await readdir(directory).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((name) => name.startsWith('.') && name.endsWith('.tmp'))
      .map((name) => rm(join(directory, name), { force: true })),
  );
}
