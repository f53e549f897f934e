import type { OpenDialogOptions } from 'electron';
import { CHOOSE_GROUP_FOLDER_CHANNEL } from '../../shared/ipc/contract';
import { fail, ok, type Result } from '../../shared/ipc/result';
import type { SenderCheck, SenderEvent } from './senderTrust';

/** The native chooser's settings: one folder, which the user may create (a new Syncthing share). */
export const GROUP_FOLDER_DIALOG_OPTIONS: OpenDialogOptions = {
  title: 'Choose the study group folder',
  buttonLabel: 'Use this folder',
  properties: ['openDirectory', 'createDirectory'],
};

export type ShowOpenDialog = (
  options: OpenDialogOptions,
) => Promise<{ canceled: boolean; filePaths: string[] }>;

/** Asks for the group folder; null when the user cancelled. Joining is the window's next step. */
export async function chooseGroupFolder(showOpenDialog: ShowOpenDialog): Promise<string | null> {
  const chosen = await showOpenDialog(GROUP_FOLDER_DIALOG_OPTIONS);
  if (chosen.canceled) return null;
  return chosen.filePaths[0] ?? null;
}

/** The slice of `ipcMain` this uses, so tests pass a fake. */
export interface DialogHandlerRegistry {
  handle(channel: string, listener: (event: SenderEvent) => Promise<Result<string | null>>): void;
}

/**
 * Answers the window's "Choose folder…" with the native dialog, for trusted senders only; the
 * folder comes back as a value (never an error for a cancel) and is joined through `group:use`.
 */
export function registerGroupFolderDialog(
  ipcMain: DialogHandlerRegistry,
  showOpenDialog: ShowOpenDialog,
  isTrustedSender: SenderCheck,
): void {
  ipcMain.handle(CHOOSE_GROUP_FOLDER_CHANNEL, async (event) => {
    if (!isTrustedSender(event)) {
      return fail('forbidden', `This page may not call "${CHOOSE_GROUP_FOLDER_CHANNEL}".`);
    }
    try {
      return ok(await chooseGroupFolder(showOpenDialog));
    } catch (error) {
      return fail('internal', `The folder chooser did not open: ${String(error)}`);
    }
  });
}
