import { randomUUID } from 'node:crypto';
import type { ImportReport } from '../../../shared/model/import';
import type { Yuedu } from '../../api/yuedu';
import { importFromPaths } from '../../library/import/importFromPaths';
import { callService } from '../callService';
import { CommandError } from '../cliErrors';
import { printJson, type CliIo } from '../cliIo';
import { plural } from '../plural';
import { terminalText } from '../terminalText';
import { articleForCli } from './readingCommands';

/**
 * `yuedu import PATH…`: files and folders (recursively, their .txt and .md files) sent through the
 * same `library:import` service as the window, in batches with progress on stderr. Ctrl-C cancels
 * within a moment, even in the middle of a large file, keeping what earlier batches added. Fails
 * (exit 1) when cancelled, or when something was skipped and nothing could be imported.
 */
export async function importCommand(
  yuedu: Yuedu,
  io: CliIo,
  json: boolean,
  paths: readonly string[],
): Promise<void> {
  const importId = randomUUID();
  const controller = new AbortController();
  const stopListening = io.onInterrupt?.(() => {
    io.stderr('Cancelling the import…\n');
    controller.abort();
    void yuedu.dispatch('library:cancelImport', { importId });
  });
  let report;
  try {
    report = await importFromPaths(paths, {
      cwd: io.cwd,
      importBatch: (files) => callService(yuedu, 'library:import', { files, importId }),
      onProgress: (done, total) => {
        if (done === 0)
          io.stderr(`Importing ${plural(total, 'file', 'files')}… (Ctrl-C cancels)\n`);
        else if (done < total) io.stderr(`Imported ${done}/${total} files…\n`);
      },
      signal: controller.signal,
    });
  } finally {
    stopListening?.();
  }
  if (json) printJson(io, importForCli(report));
  else printReport(io, report);
  if (report.cancelled) {
    throw new CommandError(
      `The import was cancelled; ${plural(report.added.length, 'article', 'articles')} added before that stay in your library.`,
    );
  }
  if (report.added.length === 0 && report.skipped.length > 0) {
    throw new CommandError(
      `Nothing was imported: ${plural(report.skipped.length, 'file or article was', 'files or articles were')} skipped.`,
    );
  }
}

/** The flat shape scripts get from `yuedu import --json`, like `yuedu list --json` rows. */
export function importForCli(report: ImportReport) {
  return {
    added: report.added.map(articleForCli),
    skipped: report.skipped,
    ...(report.cancelled ? { cancelled: true } : {}),
  };
}

function printReport(io: CliIo, report: ImportReport): void {
  if (report.added.length === 0 && report.skipped.length === 0) {
    io.stdout('Nothing to import.\n');
    return;
  }
  if (report.added.length > 0) {
    io.stdout(`Added ${plural(report.added.length, 'article', 'articles')}:\n`);
    for (const a of report.added) {
      io.stdout(`  ${terminalText(a.id)}\t${terminalText(a.title)}\t${a.chars} chars\n`);
    }
  }
  if (report.skipped.length > 0) {
    io.stdout(`Skipped ${report.skipped.length}:\n`);
    for (const s of report.skipped) {
      io.stdout(`  ${terminalText(s.name)}: ${terminalText(s.reason)}\n`);
    }
  }
}

/** `yuedu remove ID`: removes an imported article; its highlights stay in the data file. */
export async function removeCommand(
  yuedu: Yuedu,
  io: CliIo,
  json: boolean,
  id: string,
): Promise<void> {
  const article = await callService(yuedu, 'library:get', { id });
  const removed = await callService(yuedu, 'library:remove', { id });
  if (json) printJson(io, removed);
  else
    io.stdout(
      `Removed "${terminalText(article.title)}" (${terminalText(removed.id)}). Its highlights are kept and return if you import the same text again.\n`,
    );
}
