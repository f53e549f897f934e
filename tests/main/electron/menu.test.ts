import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../main/electron/menu';

function setUp(platform: NodeJS.Platform, isPackaged = true) {
  const actions = {
    importFiles: vi.fn(),
    importFolder: vi.fn(),
    setTheme: vi.fn(),
    toggleNotesPanel: vi.fn(),
    groupCommand: vi.fn(),
    showAbout: vi.fn(),
  };
  return { actions, template: buildMenuTemplate({ platform, isPackaged, actions }) };
}

const submenuOf = (item: MenuItemConstructorOptions | undefined) =>
  (item?.submenu ?? []) as MenuItemConstructorOptions[];

function find(template: MenuItemConstructorOptions[], id: string) {
  return template.flatMap(submenuOf).find((item) => item.id === id);
}

describe('buildMenuTemplate', () => {
  it('offers File → Import Articles… on Ctrl/Cmd+O and Import Folder… on Ctrl/Cmd+Shift+O', () => {
    const { template, actions } = setUp('linux');
    const importFiles = find(template, 'import-files');
    const importFolder = find(template, 'import-folder');
    expect(importFiles).toMatchObject({ label: 'Import Articles…', accelerator: 'CmdOrCtrl+O' });
    expect(importFolder).toMatchObject({
      label: 'Import Folder…',
      accelerator: 'CmdOrCtrl+Shift+O',
    });
    (importFiles?.click as () => void)();
    expect(actions.importFiles).toHaveBeenCalledTimes(1);
    expect(actions.importFolder).not.toHaveBeenCalled();
    (importFolder?.click as () => void)();
    expect(actions.importFolder).toHaveBeenCalledTimes(1);
  });

  it('puts the app menu first on macOS and an Edit menu with copy and select all everywhere', () => {
    const mac = setUp('darwin').template;
    expect(mac[0]).toEqual({ role: 'appMenu' });
    expect(submenuOf(mac[1]).at(-1)).toEqual({ role: 'close' });
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const { template } = setUp(platform);
      const edit = template.find((item) => item.label === '&Edit');
      expect(
        submenuOf(edit).map((item) => item.role ?? item.type),
        platform,
      ).toEqual(['undo', 'redo', 'separator', 'cut', 'copy', 'paste', 'separator', 'selectAll']);
      expect(
        template.some((item) => item.role === 'windowMenu'),
        platform,
      ).toBe(true);
    }
    const windows = setUp('win32').template;
    expect(windows[0]?.label).toBe('&File');
    expect(submenuOf(windows[0]).at(-1)).toEqual({ role: 'quit' });
  });

  it('offers developer tools only when running from source', () => {
    const roles = (isPackaged: boolean) =>
      setUp('linux', isPackaged)
        .template.flatMap(submenuOf)
        .map((item) => item.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('toggleDevTools');
  });

  it('offers zoom, every theme and the notes panel under View', () => {
    const { template, actions } = setUp('win32');
    const view = template.find((item) => item.label === '&View');
    expect(submenuOf(view).map((item) => item.role ?? item.id ?? item.type)).toEqual([
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'separator',
      'theme',
      'toggle-notes',
      'separator',
      'togglefullscreen',
    ]);
    const themes = submenuOf(find(template, 'theme'));
    expect(themes.map((item) => item.label)).toEqual(['Light', 'Dark', 'Sepia']);
    (themes[2]?.click as () => void)();
    expect(actions.setTheme).toHaveBeenCalledWith('sepia');
    const notes = find(template, 'toggle-notes');
    expect(notes).toMatchObject({ label: 'Notes Panel', accelerator: 'CmdOrCtrl+Shift+N' });
    (notes?.click as () => void)();
    expect(actions.toggleNotesPanel).toHaveBeenCalledTimes(1);
  });

  it('ends with Help → About Yuedu on every platform', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const { template, actions } = setUp(platform);
      const help = template.at(-1);
      expect(help).toMatchObject({ role: 'help', label: '&Help' });
      const about = submenuOf(help).find((item) => item.id === 'about');
      expect(about?.label).toBe('About Yuedu');
      (about?.click as () => void)();
      expect(actions.showAbout).toHaveBeenCalledTimes(1);
    }
  });

  it('offers a Group menu whose items ask the window to refresh, show status and share or open packs', () => {
    const { template, actions } = setUp('linux');
    const group = template.find((item) => item.label === '&Group');
    expect(submenuOf(group).map((item) => item.label ?? item.type)).toEqual([
      'Refresh Study Group',
      'Group Status…',
      'separator',
      'Share Pack…',
      'Open Pack…',
    ]);
    for (const id of ['group-refresh', 'group-status', 'share-pack', 'open-pack'] as const) {
      (find(template, id)?.click as () => void)();
      expect(actions.groupCommand).toHaveBeenLastCalledWith(id);
    }
    expect(actions.groupCommand).toHaveBeenCalledTimes(4);
  });
});
