import path from 'node:path';

/**
 * The folder Electron's `app.getPath('userData')` gives for the product "Yuedu", computed without
 * Electron so the CLI and `yuedu serve` share the desktop app's highlights by default.
 */
export function defaultDataDir(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
  homeDir: string,
): string {
  const productName = 'Yuedu';
  if (platform === 'win32') {
    return path.win32.join(
      env.APPDATA ?? path.win32.join(homeDir, 'AppData', 'Roaming'),
      productName,
    );
  }
  if (platform === 'darwin') {
    return path.posix.join(homeDir, 'Library', 'Application Support', productName);
  }
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(homeDir, '.config'), productName);
}
