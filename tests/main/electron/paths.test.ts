import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPaths, seedsDirOverride } from '../../../main/electron/paths';

describe('resolveAppPaths', () => {
  it('reads seeds and generated data from the resources folder when packaged', () => {
    const paths = resolveAppPaths({
      isPackaged: true,
      resourcesPath: '/opt/Yuedu/resources',
      appRoot: '/opt/Yuedu/resources/app.asar',
      mainDir: '/opt/Yuedu/resources/app.asar/out/main',
    });
    expect(paths.seedsDir).toBe(path.join('/opt/Yuedu/resources', 'seeds'));
    expect(paths.generatedDir).toBe(path.join('/opt/Yuedu/resources', 'generated'));
    expect(paths.rendererRoot).toBe(path.join('/opt/Yuedu/resources/app.asar/out/renderer'));
    expect(paths.preloadPath).toBe(
      path.join('/opt/Yuedu/resources/app.asar/out/preload/index.cjs'),
    );
  });

  it('reads seeds and generated data from the project root in development', () => {
    const paths = resolveAppPaths({
      isPackaged: false,
      resourcesPath: '/usr/lib/electron/resources',
      appRoot: '/home/me/yuedu',
      mainDir: '/home/me/yuedu/out/main/',
    });
    expect(paths.seedsDir).toBe(path.join('/home/me/yuedu', 'seeds'));
    expect(paths.generatedDir).toBe(path.join('/home/me/yuedu', 'generated'));
    expect(paths.rendererRoot).toBe(path.join('/home/me/yuedu/out/renderer'));
    expect(paths.preloadPath).toBe(path.join('/home/me/yuedu/out/preload/index.cjs'));
  });
});

describe('seedsDirOverride', () => {
  const cwd = '/home/me';

  it('reads --seeds-dir=DIR and --seeds-dir DIR, the last one winning, relative to cwd', () => {
    expect(seedsDirOverride(['electron', '.', '--seeds-dir=corpus'], {}, cwd)).toBe(
      path.resolve(cwd, 'corpus'),
    );
    expect(seedsDirOverride(['yuedu', '--seeds-dir', '/srv/语料'], {}, cwd)).toBe(
      path.resolve('/srv/语料'),
    );
    expect(seedsDirOverride(['yuedu', '--seeds-dir=/a', '--seeds-dir', '/b'], {}, cwd)).toBe(
      path.resolve('/b'),
    );
  });

  it('falls back to YUEDU_SEEDS_DIR, and the command line wins over it', () => {
    const env = { YUEDU_SEEDS_DIR: '/env/seeds' };
    expect(seedsDirOverride(['yuedu'], env, cwd)).toBe(path.resolve('/env/seeds'));
    expect(seedsDirOverride(['yuedu', '--seeds-dir=/cli'], env, cwd)).toBe(path.resolve('/cli'));
  });

  it('means the bundled seeds when nothing (or only an empty value) is given', () => {
    expect(seedsDirOverride(['yuedu', 'yuedu://article/gba'], {}, cwd)).toBeUndefined();
    expect(
      seedsDirOverride(['yuedu', '--seeds-dir='], { YUEDU_SEEDS_DIR: '' }, cwd),
    ).toBeUndefined();
    expect(seedsDirOverride(['yuedu', '--seeds-dir'], {}, cwd)).toBeUndefined();
    expect(seedsDirOverride(['yuedu', '--', '--seeds-dir=/x'], {}, cwd)).toBeUndefined();
  });
});
