import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPaths } from '../../../main/electron/paths';

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
