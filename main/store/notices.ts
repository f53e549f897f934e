/** "2025-03-07 14:05" in local time: how a user recognises when their backup was taken. */
export function formatLocalDateTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The data file was damaged and the backup replaced it. */
export function damagedRestoredNotice(corruptPath: string, backupDate: Date): string {
  return `Your data file was damaged. It was moved to ${corruptPath}; your notes and settings were restored from the backup of ${formatLocalDateTime(backupDate)}.`;
}

/** The data file was damaged and there was no usable backup, so Yuedu starts empty but keeps the damaged bytes. */
export function damagedFreshNotice(corruptPath: string, corruptBackupPath: string | null): string {
  const backup = corruptBackupPath
    ? ` The backup was damaged too and was moved to ${corruptBackupPath}.`
    : ' No backup was available.';
  return `Your data file was damaged. It was moved to ${corruptPath}, where it is kept so your notes may still be recovered by hand.${backup} Yuedu started with empty notes and default settings.`;
}

/** The data file had disappeared but a backup existed, so nothing had to be lost. */
export function missingRestoredNotice(dataPath: string, backupDate: Date): string {
  return `Your data file ${dataPath} was missing; your notes and settings were restored from the backup of ${formatLocalDateTime(backupDate)}.`;
}

/** The data file had disappeared and the only backup was damaged. */
export function missingWithDamagedBackupNotice(
  dataPath: string,
  corruptBackupPath: string,
): string {
  return `Your data file ${dataPath} was missing and its backup was damaged. The backup was moved to ${corruptBackupPath}, where it is kept so your notes may still be recovered by hand. Yuedu started with empty notes and default settings.`;
}

/** Saving worked but the safety copy could not be refreshed; the user should know their backup is stale. */
export function backupFailedNotice(backupPath: string, error: unknown): string {
  const reason = (error as NodeJS.ErrnoException).code ?? String(error);
  return `Your changes are saved, but the backup copy ${backupPath} could not be updated (${reason}). Check the disk space and permissions of the data folder.`;
}
