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

/** The copy a damaged or missing data file was replaced with, as the user is told about it. */
export interface RecoveredCopy {
  path: string;
  /** `previous`: the data file as it was before its last write; `backup`: a daily (or v0) backup. */
  kind: 'previous' | 'backup';
  written: Date;
  annotations: number;
}

function recoveredSentence(copy: RecoveredCopy): string {
  const what = copy.kind === 'previous' ? 'the previous version' : 'the backup';
  const count = copy.annotations === 1 ? '1 highlight' : `${copy.annotations} highlights`;
  return `your notes and settings were restored from ${what} of ${formatLocalDateTime(copy.written)} (${copy.path}): ${count} with their notes, your settings and reading positions.`;
}

function lostSentence(copy: RecoveredCopy, damagedAt: Date | null, keptIn: string): string {
  const when = damagedAt ? ` (saved ${formatLocalDateTime(damagedAt)})` : '';
  return copy.kind === 'previous'
    ? ` Not recovered: the last change${when}; what is left of it is in ${keptIn}.`
    : ` Not recovered: changes saved after ${formatLocalDateTime(copy.written)}; what is left of them is in ${keptIn}.`;
}

/** The data file was damaged and the newest intact copy replaced it: what came back, what did not. */
export function damagedRestoredNotice(
  corruptPath: string,
  copy: RecoveredCopy,
  damagedAt: Date | null,
  damagedBackups: readonly string[] = [],
): string {
  return `Your data file was damaged. It was moved to ${corruptPath}; ${recoveredSentence(copy)}${lostSentence(copy, damagedAt, corruptPath)}${damagedBackupsSentence(damagedBackups)}`;
}

/** The data file had disappeared and the newest intact copy replaced it. */
export function missingRestoredNotice(
  dataPath: string,
  copy: RecoveredCopy,
  damagedBackups: readonly string[] = [],
): string {
  const lost =
    copy.kind === 'previous'
      ? ' Its last change could not be recovered.'
      : ` Changes saved after ${formatLocalDateTime(copy.written)} could not be recovered.`;
  return `Your data file ${dataPath} was missing; ${recoveredSentence(copy)}${lost}${damagedBackupsSentence(damagedBackups)}`;
}

/** The data file is damaged or missing but Yuedu may not repair it now (read-only folder, or another Yuedu writing). */
export function readOnlyDamagedNotice(dataPath: string, copy: RecoveredCopy | null): string {
  const shown = copy
    ? `Yuedu shows the ${copy.kind === 'previous' ? 'previous version' : 'backup'} of ${formatLocalDateTime(copy.written)} (${copy.path}) instead`
    : 'No intact copy was found, so Yuedu shows empty notes';
  return `Your data file ${dataPath} is damaged or missing, and Yuedu cannot repair it now because it cannot write to the data folder. ${shown}; nothing was changed on disk.`;
}

/** The data file was damaged and there was no usable backup, so Yuedu starts empty but keeps the damaged bytes. */
export function damagedFreshNotice(corruptPath: string, damagedBackups: readonly string[]): string {
  const backups =
    damagedBackups.length > 0
      ? ` No backup was usable either.${damagedBackupsSentence(damagedBackups)}`
      : ' No backup was available.';
  return `Your data file was damaged. It was moved to ${corruptPath}, where it is kept so your notes may still be recovered by hand.${backups} Yuedu started with empty notes and default settings.`;
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

/** Dates in the future already in the data file were brought back to now, once, when it was opened. */
export function futureTimesNotice(
  annotations: number,
  readingPositions: number,
  now: Date,
): string {
  const parts = [
    annotations > 0 ? (annotations === 1 ? '1 highlight' : `${annotations} highlights`) : '',
    readingPositions > 0
      ? readingPositions === 1
        ? '1 reading position'
        : `${readingPositions} reading positions`
      : '',
  ].filter(Boolean);
  return `${parts.join(' and ')} in your data carried a date later than now (from a backup or a computer whose clock was ahead); ${annotations + readingPositions === 1 ? 'it was' : 'they were'} set to ${formatLocalDateTime(now)}, so that later changes are not overruled by ${annotations + readingPositions === 1 ? 'it' : 'them'}. Nothing else changed.`;
}
