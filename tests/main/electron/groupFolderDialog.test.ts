import { describe, expect, it, vi } from 'vitest';
import { CHOOSE_GROUP_FOLDER_CHANNEL } from '../../../shared/ipc/contract';
import {
  chooseGroupFolder,
  GROUP_FOLDER_DIALOG_OPTIONS,
  registerGroupFolderDialog,
  type ShowOpenDialog,
} from '../../../main/electron/groupFolderDialog';
import type { SenderEvent } from '../../../main/electron/senderTrust';

const event = {} as SenderEvent;

function register(showOpenDialog: ShowOpenDialog, trusted = true) {
  let listener: ((event: SenderEvent) => Promise<unknown>) | undefined;
  registerGroupFolderDialog(
    {
      handle: (channel, handler) => {
        expect(channel).toBe(CHOOSE_GROUP_FOLDER_CHANNEL);
        listener = handler;
      },
    },
    showOpenDialog,
    () => trusted,
  );
  return () => listener!(event);
}

describe('chooseGroupFolder', () => {
  it('asks for one folder, which may be created in the dialog, and answers its path', async () => {
    const show = vi.fn(async () => ({ canceled: false, filePaths: ['/media/usb/读书会'] }));
    await expect(chooseGroupFolder(show)).resolves.toBe('/media/usb/读书会');
    expect(show).toHaveBeenCalledWith(GROUP_FOLDER_DIALOG_OPTIONS);
    expect(GROUP_FOLDER_DIALOG_OPTIONS.properties).toEqual(['openDirectory', 'createDirectory']);
  });

  it('answers null when the user cancels', async () => {
    await expect(
      chooseGroupFolder(async () => ({ canceled: true, filePaths: [] })),
    ).resolves.toBeNull();
  });
});

describe('registerGroupFolderDialog', () => {
  it('answers the chosen folder as a value, and a cancel as null', async () => {
    const chosen = register(async () => ({ canceled: false, filePaths: ['/srv/group'] }));
    await expect(chosen()).resolves.toEqual({ ok: true, value: '/srv/group' });
    const cancelled = register(async () => ({ canceled: true, filePaths: [] }));
    await expect(cancelled()).resolves.toEqual({ ok: true, value: null });
  });

  it('refuses an untrusted sender without opening the dialog', async () => {
    const show = vi.fn(async () => ({ canceled: false, filePaths: ['/srv/group'] }));
    await expect(register(show, false)()).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(show).not.toHaveBeenCalled();
  });

  it('turns a dialog that fails to open into an error value', async () => {
    const failing = register(async () => {
      throw new Error('no display');
    });
    await expect(failing()).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringContaining('no display') },
    });
  });
});
