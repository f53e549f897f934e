import { access, mkdir, readdir, rm, stat } from 'node:fs/promises';
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

/** A copy recovery can restore from. */
export interface BackupSource {
  path: string;
  /** When it was written, shown to the user so they know what they get back. */
  written: Date;
}

/**
 * Every backup recovery may use, newest first: the daily backups and the single
 * `yuedu-data.backup.json` that Yuedu v0 kept, so folders from v0 recover too.
 */
export async function listBackupSources(dataDir: string): Promise<BackupSource[]> {
  const paths = [
    ...(await backupNames(dataDir)).map((name) => join(dataDir, STORE_FILES.backupsDir, name)),
    join(dataDir, STORE_FILES.legacyBackup),
  ];
  const sources = await Promise.all(
    paths.map(async (path) => {
      try {
        return { path, written: (await stat(path)).mtime };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    }),
  );
  return sources
    .filter((source): source is BackupSource => source !== null)
    .sort((a, b) => b.written.getTime() - a.written.getTime() || b.path.localeCompare(a.path));
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
