import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../../main/paths/defaultDataDir';

describe('defaultDataDir', () => {
  it('matches Electron userData on Linux, honouring XDG_CONFIG_HOME', () => {
    expect(defaultDataDir('linux', {}, '/home/li')).toBe('/home/li/.config/Yuedu');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/x/cfg' }, '/home/li')).toBe('/x/cfg/Yuedu');
  });

  it('matches Electron userData on macOS and Windows', () => {
    expect(defaultDataDir('darwin', {}, '/Users/li')).toBe(
      '/Users/li/Library/Application Support/Yuedu',
    );
    expect(
      defaultDataDir('win32', { APPDATA: 'C:\\Users\\li\\AppData\\Roaming' }, 'C:\\Users\\li'),
    ).toBe('C:\\Users\\li\\AppData\\Roaming\\Yuedu');
  });
});
