import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { OpenDialogOptions } from 'electron';
import type { ImportFile, ImportReport } from '../../shared/model/import';
import type { Yuedu } from '../api/yuedu';
import { IMPORTABLE_EXTENSIONS, importFromPaths } from '../library/import/importFromPaths';
import type { LibraryChangedEvent } from '../../shared/ipc/contract';

/** What the menu offers: files (on macOS also folders) or one folder. */
export type ImportPick = 'files' | 'folder';

/** The Electron pieces an import from the menu uses, injected so the flow is tested with fakes. */
export interface DialogImportDeps {
  platform: NodeJS.Platform;
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  dispatch: Yuedu['dispatch'];
  /** Sends a one-way `library:changed` event to the window, if there is one. */
  notify(event: LibraryChangedEvent): void;
}

/**
 * The native open dialog's settings. Windows and Linux cannot pick files and folders in one
 * dialog, so there "files" picks files and "folder" picks a folder; macOS's dialog does both.
 */
export function importDialogOptions(
  pick: ImportPick,
  platform: NodeJS.Platform,
): OpenDialogOptions {
  if (pick === 'folder') {
    return { title: 'Import a folder of articles', properties: ['openDirectory'] };
  }
  return {
    title: 'Import articles',
    properties: [
      'openFile',
      'multiSelections',
      ...(platform === 'darwin' ? (['openDirectory'] as const) : []),
    ],
    filters: [
      { name: 'Articles (.txt, .md)', extensions: [...IMPORTABLE_EXTENSIONS] },
      { name: 'All files', extensions: ['*'] },
    ],
  };
}

/**
 * File → Import: asks for files or a folder, reads them in main (folders recursively) and sends
 * them in batches through the same validating `library:import` channel as drag and drop, telling
 * the window the progress and then the report. Returns null when the user cancelled the dialog.
 * A batch the service refuses is reported as skipped, and the rest of the import goes on.
 */
export async function importWithDialog(
  pick: ImportPick,
  deps: DialogImportDeps,
): Promise<ImportReport | null> {
  const chosen = await deps.showOpenDialog(importDialogOptions(pick, deps.platform));
  if (chosen.canceled || chosen.filePaths.length === 0) return null;
  // Names in messages are relative to the folder the user picked in, e.g. "新闻/春天.txt".
  const cwd = path.dirname(chosen.filePaths[0]!);
  // The window's Cancel button sends `library:cancelImport` with this id.
  const importId = randomUUID();
  const report = await importFromPaths(
    chosen.filePaths.map((p) => path.relative(cwd, p)),
    {
      cwd,
      importBatch: (files) => importBatch(deps.dispatch, files, importId),
      onProgress: (done, total) => deps.notify({ kind: 'import-progress', done, total, importId }),
    },
  );
  deps.notify({ kind: 'imported', report });
  return report;
}

async function importBatch(
  dispatch: Yuedu['dispatch'],
  files: ImportFile[],
  importId: string,
): Promise<ImportReport> {
  const result = await dispatch('library:import', { files, importId });
  if (result.ok) return result.value as ImportReport;
  return { added: [], skipped: files.map(({ name }) => ({ name, reason: result.error.message })) };
}
