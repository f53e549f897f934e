import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';

/**
 * The window's settings, kept as data so the security-relevant flags are checked by a test:
 * an isolated, sandboxed renderer without Node whose only door to main is the preload bridge.
 */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1200,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    title: 'Yuedu 阅读',
    show: false,
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
    },
  };
}

type BrowserWindowClass = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

/** Opens the reader window, shown only once painted so the user never sees a blank frame. */
export function createMainWindow(
  BrowserWindowClass: BrowserWindowClass,
  preloadPath: string,
  url: string,
): BrowserWindow {
  const window = new BrowserWindowClass(mainWindowOptions(preloadPath));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(url);
  return window;
}
