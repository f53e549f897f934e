import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import {
  DEFAULT_WINDOW_SIZE,
  MIN_WINDOW_SIZE,
  type WindowPlacement,
  type WindowState,
} from './windowState';

/**
 * The window's settings, kept as data so the security-relevant flags are checked by a test:
 * an isolated, sandboxed renderer without Node whose only door to main is the preload bridge.
 */
export function mainWindowOptions(
  preloadPath: string,
  placement: WindowPlacement = { ...DEFAULT_WINDOW_SIZE, maximized: false },
): BrowserWindowConstructorOptions {
  return {
    ...(placement.x !== undefined && placement.y !== undefined
      ? { x: placement.x, y: placement.y }
      : { center: true }),
    width: placement.width,
    height: placement.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
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

export interface MainWindowPlace {
  /** Where and how large to open (see placeWindow); the default size, centred, without it. */
  placement?: WindowPlacement;
  /** Called as the window closes with its normal bounds and maximized state, to be saved. */
  saveState?: (state: WindowState) => void;
}

/**
 * Opens the reader window where it was last (maximized again if it was), shown only once painted
 * so the user never sees a blank frame, and hands its state to `saveState` as it closes.
 */
export function createMainWindow(
  BrowserWindowClass: BrowserWindowClass,
  preloadPath: string,
  url: string,
  { placement, saveState }: MainWindowPlace = {},
): BrowserWindow {
  const window = new BrowserWindowClass(mainWindowOptions(preloadPath, placement));
  window.once('ready-to-show', () => {
    if (placement?.maximized) window.maximize();
    window.show();
  });
  if (saveState) {
    window.on('close', () =>
      saveState({ bounds: window.getNormalBounds(), maximized: window.isMaximized() }),
    );
  }
  void window.loadURL(url);
  return window;
}
