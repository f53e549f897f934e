import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import { openYuedu } from '../api/openYuedu';
import type { Yuedu } from '../api/yuedu';
import { APP_ENTRY_URL } from './appUrl';
import {
  DEEP_LINK_SCHEME,
  findDeepLinkInArgv,
  parseDeepLink,
  rendererUrlForDeepLink,
  type DeepLink,
} from './deepLink';
import { importWithDialog, type ImportPick } from './importDialog';
import { registerIpcHandlers } from './ipc';
import { closeBeforeQuit, focusWindow } from './lifecycle';
import { buildMenuTemplate } from './menu';
import { LIBRARY_CHANGED_CHANNEL } from '../../shared/ipc/contract';
import { resolveAppPaths, seedsDirOverride } from './paths';
import { APP_SCHEME_PRIVILEGES, registerAppProtocol } from './protocol';
import { hardenApp } from './security';
import { createSenderCheck } from './senderTrust';
import { languageFromLocale } from './systemLanguage';
import { createUrlPolicy } from './urlPolicy';
import { createMainWindow } from './window';

// Entry point of the Electron main process: wires Electron's modules to the tested pieces.

const paths = resolveAppPaths({
  isPackaged: app.isPackaged,
  resourcesPath: process.resourcesPath,
  appRoot: app.getAppPath(),
  mainDir: fileURLToPath(new URL('.', import.meta.url)),
});
// electron-vite dev serves the renderer over HTTP; a packaged app never trusts anything but app://.
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const policy = createUrlPolicy(devServerUrl);
let mainWindow: BrowserWindow | null = null;
// Set once the services, protocol and IPC are in place; no window may open before that.
let started = false;
const rendererUrl = devServerUrl ?? APP_ENTRY_URL;
// A link that arrived before the window existed (Windows/Linux argv, or macOS open-url at launch).
let pendingLink: DeepLink | null = findDeepLinkInArgv(process.argv);

function openWindow(): void {
  const url = pendingLink === null ? rendererUrl : rendererUrlForDeepLink(pendingLink, rendererUrl);
  pendingLink = null;
  mainWindow = createMainWindow(BrowserWindow, paths.preloadPath, url);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

/** File → Import: main reads the picked files and imports them, then tells the window to refresh. */
function importFromMenu(yuedu: Yuedu, pick: ImportPick): void {
  importWithDialog(pick, {
    platform: process.platform,
    showOpenDialog: (options) =>
      mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options),
    dispatch: (channel, payload) => yuedu.dispatch(channel, payload),
    notify: (event) => mainWindow?.webContents.send(LIBRARY_CHANGED_CHANNEL, event),
  }).catch((error: unknown) =>
    dialog.showErrorBox('Yuedu 阅读', `The import did not finish.\n\n${String(error)}`),
  );
}

function showDeepLink(link: DeepLink | null): void {
  if (link !== null && mainWindow !== null) {
    void mainWindow.loadURL(rendererUrlForDeepLink(link, rendererUrl));
  } else if (link !== null) {
    pendingLink = link;
    // macOS keeps running without windows; a clicked link should bring one back.
    if (started) openWindow();
  }
  focusWindow(mainWindow);
}

async function start(): Promise<void> {
  let yuedu: Yuedu;
  try {
    yuedu = await openYuedu({
      dataDir: app.getPath('userData'),
      seedsDir: seedsDirOverride(process.argv, process.env, process.cwd()) ?? paths.seedsDir,
      generatedDir: paths.generatedDir,
      systemLanguage: languageFromLocale(app.getLocale()),
      version: app.getVersion(),
      watchLibrary: true,
      startDictionary: true,
    });
  } catch (error) {
    dialog.showErrorBox('Yuedu 阅读', `Yuedu could not open its library.\n\n${String(error)}`);
    app.exit(1);
    return;
  }
  closeBeforeQuit(app, () => yuedu.close());
  // Articles the CLI imports or removes while the app runs show up without a restart.
  yuedu.onLibraryChanged(({ revision }) =>
    mainWindow?.webContents.send(LIBRARY_CHANGED_CHANNEL, { kind: 'changed', revision }),
  );
  hardenApp(app, session.defaultSession, policy);
  registerAppProtocol(protocol, paths.rendererRoot);
  registerIpcHandlers(
    ipcMain,
    yuedu,
    createSenderCheck(() => mainWindow?.webContents ?? null, policy.isRendererUrl),
  );
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        platform: process.platform,
        isPackaged: app.isPackaged,
        actions: {
          importFiles: () => importFromMenu(yuedu, 'files'),
          importFolder: () => importFromMenu(yuedu, 'folder'),
        },
      }),
    ),
  );
  started = true;
  openWindow();
}

// Privileges can only be granted before the app is ready.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Windows and Linux hand `yuedu://` links to a new instance; macOS declares the scheme in Info.plist.
  if (app.isPackaged) app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME);
  app.on('second-instance', (_event, argv) => showDeepLink(findDeepLinkInArgv(argv)));
  app.on('open-url', (event, url) => {
    event.preventDefault();
    showDeepLink(parseDeepLink(url));
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (mainWindow === null && started) openWindow();
  });
  void app.whenReady().then(start);
}
