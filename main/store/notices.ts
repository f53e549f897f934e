/** "2025-03-07 14:05" in local time: how a user recognises when their backup was taken. */
export function formatLocalDateTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function damagedBackupsSentence(paths: readonly string[]): string {
  if (paths.length === 0) return '';
  const list = paths.join(', ');
  return paths.length === 1
    ? ` A damaged backup was moved to ${list}.`
    : ` Damaged backups were moved to ${list}.`;
}

/** The data file was damaged and a backup replaced it. */
export function damagedRestoredNotice(
  corruptPath: string,
  backupPath: string,
  backupDate: Date,
  damagedBackups: readonly string[] = [],
): string {
  return `Your data file was damaged. It was moved to ${corruptPath}; your notes and settings were restored from the backup of ${formatLocalDateTime(backupDate)} (${backupPath}).${damagedBackupsSentence(damagedBackups)}`;
}

/** The data file was damaged and there was no usable backup, so Yuedu starts empty but keeps the damaged bytes. */
export function damagedFreshNotice(corruptPath: string, damagedBackups: readonly string[]): string {
  const backups =
    damagedBackups.length > 0
      ? ` No backup was usable either.${damagedBackupsSentence(damagedBackups)}`
      : ' No backup was available.';
  return `Your data file was damaged. It was moved to ${corruptPath}, where it is kept so your notes may still be recovered by hand.${backups} Yuedu started with empty notes and default settings.`;
}

/** The data file had disappeared but a backup existed, so nothing had to be lost. */
export function missingRestoredNotice(
  dataPath: string,
  backupPath: string,
  backupDate: Date,
  damagedBackups: readonly string[] = [],
): string {
  return `Your data file ${dataPath} was missing; your notes and settings were restored from the backup of ${formatLocalDateTime(backupDate)} (${backupPath}).${damagedBackupsSentence(damagedBackups)}`;
}

/** The data file had disappeared and every backup was damaged. */
export function missingWithDamagedBackupNotice(
  dataPath: string,
  damagedBackups: readonly string[],
): string {
  return `Your data file ${dataPath} was missing and no backup was usable.${damagedBackupsSentence(damagedBackups)} They are kept so your notes may still be recovered by hand. Yuedu started with empty notes and default settings.`;
}

/** Another program damaged the file while Yuedu had it open; what Yuedu holds in memory was written back. */
export function damagedWhileOpenNotice(corruptPath: string): string {
  return `Your data file was damaged while Yuedu was running. It was moved to ${corruptPath}, and Yuedu saved the notes and settings it had open in its place.`;
}

/** Saving worked but the daily backup could not be written; the user should know their backup is stale. */
export function backupFailedNotice(backupPath: string, error: unknown): string {
  const reason = (error as NodeJS.ErrnoException).code ?? String(error);
  return `Your changes are saved, but the backup copy ${backupPath} could not be written (${reason}). Check the disk space and permissions of the data folder.`;
}
