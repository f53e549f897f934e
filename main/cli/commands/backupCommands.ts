import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { BACKUP_FILE_MAX_BYTES, formatMegabytes } from '../../../shared/limits';
import type { BackupImportSummary } from '../../../shared/model/backup';
import type { Yuedu } from '../../api/yuedu';
import type { BackupDocument } from '../../backup/backupDocument';
import { writeFileDurably } from '../../store/writeFileDurably';
import { callService } from '../callService';
import { CommandError } from '../cliErrors';
import { printJson, type CliIo } from '../cliIo';
import { terminalText } from '../terminalText';

const reason = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String(error);

/** `yuedu backup [--out FILE]`: everything the user made, written atomically; default name in the cwd. */
export async function backupCommand(
  yuedu: Yuedu,
  io: CliIo,
  json: boolean,
  out: string | undefined,
): Promise<void> {
  const backup = await callService(yuedu, 'backup:export', {});
  const target = path.resolve(io.cwd, out ?? backup.filename);
  try {
    await writeFileDurably(target, backup.json);
  } catch (error) {
    throw new CommandError(`Could not write ${target}: ${reason(error)}. Nothing was backed up.`);
  }
  const items = (JSON.parse(backup.json) as BackupDocument).annotations.first?.items ?? [];
  // Study-group replies travel in the same collection; the count is of highlights.
  const annotations = items.filter((item) => item.motivation !== 'replying').length;
  if (json) printJson(io, { path: target, annotations });
  else {
    io.stdout(
      `Backed up ${annotations} highlights, settings and reading positions to ${terminalText(target)}.\n`,
    );
  }
}

/** One line a person can read: what a restore changed. */
export function describeImport(summary: BackupImportSummary): string {
  const parts = [
    `${summary.annotationsAdded} highlights added`,
    `${summary.annotationsUpdated} updated`,
    `${summary.annotationsUnchanged} already up to date`,
    `${summary.readingPositions} reading positions restored`,
  ];
  if (summary.repliesRestored) parts.push(`${summary.repliesRestored} replies restored`);
  if (summary.settingsRestored) parts.push('settings restored');
  return `Restored: ${parts.join(', ')}.`;
}

/**
 * `yuedu restore FILE`: merges a backup; a file that is not one, or is larger than a backup may be,
 * is refused and nothing changes.
 */
export async function restoreCommand(
  yuedu: Yuedu,
  io: CliIo,
  json: boolean,
  file: string,
): Promise<void> {
  const source = path.resolve(io.cwd, file);
  const text = await readBackupFile(source);
  if (text.trim() === '') throw new CommandError(`${source} is empty; it is not a Yuedu backup.`);
  const summary = await callService(yuedu, 'backup:import', { json: text });
  if (json) printJson(io, summary);
  else io.stdout(`${describeImport(summary)}\n`);
}

/** The backup's text, refusing a file larger than any backup may be before reading it. */
async function readBackupFile(source: string): Promise<string> {
  const couldNotRead = (error: unknown) =>
    new CommandError(`Could not read ${source}: ${reason(error)}. Nothing was changed.`);
  let size: number;
  try {
    size = (await stat(source)).size;
  } catch (error) {
    throw couldNotRead(error);
  }
  if (size > BACKUP_FILE_MAX_BYTES) {
    throw new CommandError(
      `${source} is ${formatMegabytes(size)}; a backup may be at most ${formatMegabytes(BACKUP_FILE_MAX_BYTES)}. Nothing was changed.`,
    );
  }
  try {
    return await readFile(source, 'utf8');
  } catch (error) {
    throw couldNotRead(error);
  }
}
