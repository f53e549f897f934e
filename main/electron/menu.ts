import type { MenuItemConstructorOptions } from 'electron';

/** What the menu's own items do; everything else is a standard Electron role. */
export interface MenuActions {
  importFiles(): void;
  importFolder(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Developer tools are offered only when running from source. */
  isPackaged: boolean;
  actions: MenuActions;
}

/**
 * The application menu as data, so it is tested without Electron: File → Import Articles… and
 * Import Folder… (a Windows or Linux open dialog picks files or a folder, never both), the
 * standard Edit menu (copy and paste shortcuts need it on macOS), zoom, and the window menu.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      {
        id: 'import-files',
        label: 'Import Articles…',
        accelerator: 'CmdOrCtrl+O',
        click: () => options.actions.importFiles(),
      },
      {
        id: 'import-folder',
        label: 'Import Folder…',
        accelerator: 'CmdOrCtrl+Shift+O',
        click: () => options.actions.importFolder(),
      },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(options.isPackaged
        ? []
        : [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const]),
    ],
  };
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    file,
    { role: 'editMenu' },
    view,
    { role: 'windowMenu' },
  ];
}
