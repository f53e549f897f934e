import type { MenuItemConstructorOptions } from 'electron';
import { THEMES, type Theme } from '../../shared/model/settings';

/** What the menu's own items do; everything else is a standard Electron role. */
export interface MenuActions {
  importFiles(): void;
  importFolder(): void;
  setTheme(theme: Theme): void;
  toggleNotesPanel(): void;
  /** Study group commands, carried out by the window (it shows the result). */
  groupCommand(kind: 'group-refresh' | 'group-status' | 'share-pack' | 'open-pack'): void;
  showAbout(): void;
}

const THEME_LABELS: Record<Theme, string> = { light: 'Light', dark: 'Dark', sepia: 'Sepia' };

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Developer tools are offered only when running from source. */
  isPackaged: boolean;
  actions: MenuActions;
}

/**
 * The application menu as data, so it is tested without Electron: File → Import Articles… and
 * Import Folder… (a Windows or Linux open dialog picks files or a folder, never both); Edit with
 * undo, cut, copy, paste and select all (the shortcuts need the menu on macOS); View with zoom, the
 * theme and the notes panel; Group with the study group's refresh, status and packs; the window
 * menu; Help → About, with the licences of what is bundled.
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
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      {
        id: 'theme',
        label: 'Theme',
        submenu: THEMES.map((theme) => ({
          id: `theme-${theme}`,
          label: THEME_LABELS[theme],
          click: () => options.actions.setTheme(theme),
        })),
      },
      {
        id: 'toggle-notes',
        label: 'Notes Panel',
        accelerator: 'CmdOrCtrl+Shift+N',
        click: () => options.actions.toggleNotesPanel(),
      },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(options.isPackaged
        ? []
        : [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const]),
    ],
  };
  const group: MenuItemConstructorOptions = {
    label: '&Group',
    submenu: [
      {
        id: 'group-refresh',
        label: 'Refresh Study Group',
        click: () => options.actions.groupCommand('group-refresh'),
      },
      {
        id: 'group-status',
        label: 'Group Status…',
        click: () => options.actions.groupCommand('group-status'),
      },
      { type: 'separator' },
      {
        id: 'share-pack',
        label: 'Share Pack…',
        click: () => options.actions.groupCommand('share-pack'),
      },
      {
        id: 'open-pack',
        label: 'Open Pack…',
        click: () => options.actions.groupCommand('open-pack'),
      },
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: [{ id: 'about', label: 'About Yuedu', click: () => options.actions.showAbout() }],
  };
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    file,
    edit,
    view,
    group,
    { role: 'windowMenu' },
    help,
  ];
}
