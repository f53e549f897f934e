import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session } from 'electron';
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
import { cliArgsFromArgv } from './cliMode';
import { buildMenuTemplate } from './menu';
import { registerGroupFolderDialog } from './groupFolderDialog';
import {
  GROUP_CHANGED_CHANNEL,
  LIBRARY_CHANGED_CHANNEL,
  MENU_COMMAND_CHANNEL,
  type MenuCommand,
} from '../../shared/ipc/contract';
import { aboutBox } from './about';
import { resolveAppPaths, seedsDirOverride } from './paths';
import { APP_SCHEME_PRIVILEGES, registerAppProtocol } from './protocol';
import { hardenApp } from './security';
import { createSenderCheck } from './senderTrust';
import { languageFromLocale } from './systemLanguage';
import { createUrlPolicy } from './urlPolicy';
import { createMainWindow } from './window';
import { placeWindow } from './windowState';
import { readWindowState, windowStateFile, writeWindowState } from './windowStateFile';

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
  const stateFile = windowStateFile(app.getPath('userData'));
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  mainWindow = createMainWindow(BrowserWindow, paths.preloadPath, url, {
    placement: placeWindow(
      readWindowState(stateFile),
      [primary, ...others].map((d) => d.workArea),
    ),
    saveState: (state) => {
      try {
        writeWindowState(stateFile, state);
      } catch {
        // Losing the window's place is not worth an error dialog.
      }
    },
  });
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

/** View menu commands are carried out by the window, which owns the theme setting and the panel. */
function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command);
}

function showAbout(): void {
  const options = { type: 'info' as const, buttons: ['OK'], ...aboutBox(app.getVersion()) };
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
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
      watchGroup: true,
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
  // A member's file landing in the group folder (or a pack merged) shows in the open article.
  yuedu.onGroupChanged((event) => mainWindow?.webContents.send(GROUP_CHANGED_CHANNEL, event));
  hardenApp(app, session.defaultSession, policy);
  registerAppProtocol(protocol, paths.rendererRoot);
  const isTrustedSender = createSenderCheck(
    () => mainWindow?.webContents ?? null,
    policy.isRendererUrl,
  );
  registerIpcHandlers(ipcMain, yuedu, isTrustedSender);
  registerGroupFolderDialog(
    ipcMain,
    (options) =>
      mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options),
    isTrustedSender,
  );
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        platform: process.platform,
        isPackaged: app.isPackaged,
        actions: {
          importFiles: () => importFromMenu(yuedu, 'files'),
          importFolder: () => importFromMenu(yuedu, 'folder'),
          setTheme: (theme) => sendMenuCommand({ kind: 'set-theme', theme }),
          toggleNotesPanel: () => sendMenuCommand({ kind: 'toggle-notes-panel' }),
          groupCommand: (kind) => sendMenuCommand({ kind }),
          showAbout,
        },
      }),
    ),
  );
  started = true;
  openWindow();
}

/**
 * `Yuedu --cli <command> …`: the packaged app runs the same `yuedu` command as a clone's
 * `npx yuedu`, with the app's own corpus and data folder, and exits without opening a window or
 * taking the single-instance lock (so it works while the window is open).
 */
async function runCliMode(args: string[]): Promise<void> {
  const [{ runCli }, { processCliIo }] = await Promise.all([
    import('../cli/runCli'),
    import('../cli/processIo'),
  ]);
  const layout = {
    seedsDir: paths.seedsDir,
    generatedDir: paths.generatedDir,
    rendererDir: paths.rendererRoot,
  };
  const exitCode = await runCli(args, processCliIo(layout));
  // app.exit does not wait for output still on its way to a pipe.
  await new Promise((resolve) => process.stdout.write('', resolve));
  app.exit(exitCode);
}

const cliArgs = cliArgsFromArgv(process.argv);
if (cliArgs !== null) {
  app.dock?.hide();
  runCliMode(cliArgs).catch((error: unknown) => {
    process.stderr.write(`yuedu: ${String(error)}\n`);
    app.exit(1);
  });
} else {
  // Privileges can only be granted before the app is ready.
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  startWindowedApp();
}

function startWindowedApp(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
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
