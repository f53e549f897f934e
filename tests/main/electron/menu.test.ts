import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../main/electron/menu';

function setUp(platform: NodeJS.Platform, isPackaged = true) {
  const actions = { importFiles: vi.fn(), importFolder: vi.fn() };
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

  it('puts the app menu first on macOS and keeps the standard edit menu everywhere', () => {
    const mac = setUp('darwin').template;
    expect(mac[0]).toEqual({ role: 'appMenu' });
    expect(submenuOf(mac[1]).at(-1)).toEqual({ role: 'close' });
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const { template } = setUp(platform);
      expect(
        template.some((item) => item.role === 'editMenu'),
        platform,
      ).toBe(true);
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
});
