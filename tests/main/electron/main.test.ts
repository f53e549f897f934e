import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, CHOOSE_GROUP_FOLDER_CHANNEL } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';

// main.ts wires Electron's real modules; here `electron` is replaced by recording fakes so the
// wiring runs in plain Node against the real services, seeds and data folder.

type Listener = (...args: unknown[]) => unknown;
type IpcListener = (event: unknown, payload: unknown) => Promise<Result<unknown>>;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

function createFakeElectron(options: { userData: string; gotLock: boolean }) {
  let markReady: () => void = () => {};
  const readyPromise = new Promise<void>((resolve) => (markReady = resolve));
  const session = Object.assign(new Emitter(), {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  });
  const windows: FakeWindow[] = [];
  const display = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1050 } };
  class FakeWindow extends Emitter {
    readonly webContents = {
      mainFrame: { url: 'app://yuedu/index.html' },
      session,
      send: vi.fn(),
    };
    url: string | null = null;
    constructor(readonly options: { webPreferences: { preload: string } }) {
      super();
      windows.push(this);
    }
    loadURL(url: string) {
      this.url = url;
      return Promise.resolve();
    }
    show = vi.fn();
    maximize = vi.fn();
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 30, y: 40, width: 1000, height: 700 });
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = () => false;
  }
  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    getAppPath: () => path.resolve(import.meta.dirname, '../../..'),
    getPath: (name: string) => (name === 'userData' ? options.userData : '/nonexistent'),
    getLocale: () => 'zh-CN',
    getVersion: () => '9.9.9',
    requestSingleInstanceLock: vi.fn(() => options.gotLock),
    setAsDefaultProtocolClient: vi.fn(),
    whenReady: vi.fn(() => readyPromise),
    quit: vi.fn(),
    exit: vi.fn(),
  });
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const ipcHandlers = new Map<string, IpcListener>();
  const module = {
    app,
    BrowserWindow: FakeWindow,
    dialog: {
      showErrorBox: vi.fn(),
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] as string[] })),
    },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
      setApplicationMenu: vi.fn(),
    },
    ipcMain: {
      handle: (channel: string, listener: IpcListener) => ipcHandlers.set(channel, listener),
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
        protocolHandlers.set(scheme, handler),
    },
    session: { defaultSession: session },
    screen: {
      getPrimaryDisplay: () => display,
      getAllDisplays: () => [display],
    },
  };
  return { module, windows, protocolHandlers, ipcHandlers, ready: () => markReady() };
}

let userData: string;
beforeEach(() => {
  userData = mkdtempSync(path.join(tmpdir(), 'yuedu-main-'));
  vi.resetModules();
});
afterEach(() => {
  vi.doUnmock('electron');
  rmSync(userData, { recursive: true, force: true });
});

async function startMain(gotLock = true) {
  const fake = createFakeElectron({ userData, gotLock });
  vi.doMock('electron', () => fake.module);
  await import('../../../main/electron/main');
  return fake;
}

describe('main process entry', () => {
  it('registers the app scheme as privileged before ready and opens nothing until then', async () => {
    const fake = await startMain();
    expect(fake.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(fake.module.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
    expect(fake.ipcHandlers.size).toBe(0);
  });

  it('on ready serves the protocol, answers IPC from its window and opens app://yuedu', async () => {
    const fake = await startMain();
    fake.ready();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1), { timeout: 30_000 });
    const [window] = fake.windows;

    expect(window?.url).toBe('app://yuedu/index.html');
    // Run from source, the "built main folder" is main/electron, so only the tail is comparable.
    expect(window?.options.webPreferences.preload).toMatch(/[/\\]preload[/\\]index\.cjs$/);
    expect([...fake.protocolHandlers.keys()]).toEqual(['app']);
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(
      [...CHANNELS, CHOOSE_GROUP_FOLDER_CHANNEL].sort(),
    );

    const trusted = { sender: window?.webContents, senderFrame: window?.webContents.mainFrame };
    const info = await fake.ipcHandlers.get('app:info')!(trusted, {});
    expect(info).toEqual({ ok: true, value: { version: '9.9.9', systemLanguage: 'zh' } });
    const list = await fake.ipcHandlers.get('library:list')!(trusted, {});
    expect(list.ok && Array.isArray(list.value) && list.value.length > 0).toBe(true);

    const stranger = {
      sender: window?.webContents,
      senderFrame: { url: 'app://yuedu/index.html' },
    };
    const refused = await fake.ipcHandlers.get('library:list')!(stranger, {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // The study group's folder chooser opens the native dialog for the window only.
    const chooser = fake.ipcHandlers.get(CHOOSE_GROUP_FOLDER_CHANNEL)!;
    expect(await chooser(trusted, undefined)).toEqual({ ok: true, value: null });
    expect(fake.module.dialog.showOpenDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ properties: ['openDirectory', 'createDirectory'] }),
    );
    expect(await chooser(stranger, undefined)).toMatchObject({ ok: false });
  });

  it('closes the services before quitting and quits when the last window closes off macOS', async () => {
    const fake = await startMain();
    fake.ready();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1), { timeout: 30_000 });
    const willQuit = { preventDefault: vi.fn() };
    fake.module.app.emit('will-quit', willQuit);
    expect(willQuit.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(fake.module.app.quit).toHaveBeenCalledTimes(1), {
      timeout: 30_000,
    });

    fake.module.app.emit('window-all-closed');
    expect(fake.module.app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 1 : 2);
  });

  it('focuses the existing window on a second instance and opens the highlight it links to', async () => {
    const fake = await startMain();
    fake.ready();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1), { timeout: 30_000 });
    fake.module.app.emit('second-instance', {}, ['yuedu'], '/');
    expect(fake.windows[0]?.focus).toHaveBeenCalledTimes(1);
    expect(fake.windows[0]?.url).toBe('app://yuedu/index.html');

    fake.module.app.emit('second-instance', {}, ['yuedu', 'yuedu://article/gba#n1'], '/');
    expect(fake.windows[0]?.focus).toHaveBeenCalledTimes(2);
    expect(fake.windows[0]?.url).toBe('app://yuedu/index.html#/article/gba/annotation/n1');
  });

  it('keeps a macOS open-url that arrives before ready and opens the window at that article', async () => {
    const fake = await startMain();
    const openUrl = { preventDefault: vi.fn() };
    fake.module.app.emit('open-url', openUrl, 'yuedu://article/gba');
    expect(openUrl.preventDefault).toHaveBeenCalled();
    fake.ready();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1), { timeout: 30_000 });
    expect(fake.windows[0]?.url).toBe('app://yuedu/index.html#/article/gba');
  });

  it('sets a menu whose File → Import Articles… imports the picked files and tells the window', async () => {
    const fake = await startMain();
    fake.ready();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1), { timeout: 30_000 });
    expect(fake.module.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    const [template] = fake.module.Menu.buildFromTemplate.mock.calls[0]! as [
      Array<{ submenu?: Array<{ id?: string; click?: () => void }> }>,
    ];
    const importFiles = template
      .flatMap((m) => m.submenu ?? [])
      .find((i) => i.id === 'import-files');
    const picked = path.resolve(import.meta.dirname, '../../fixtures/import/folder/spring.txt');
    fake.module.dialog.showOpenDialog.mockResolvedValueOnce({
      canceled: false,
      filePaths: [picked],
    });
    importFiles!.click!();

    const send = fake.windows[0]!.webContents.send;
    await vi.waitFor(
      () =>
        expect(send).toHaveBeenCalledWith(
          'library:changed',
          expect.objectContaining({ kind: 'imported' }),
        ),
      { timeout: 30_000 },
    );
    const [, event] = send.mock.calls.at(-1)! as [
      string,
      { report: { added: Array<{ title: string }> } },
    ];
    expect(event.report.added.map((a) => a.title)).toEqual(['春到江南']);
    const window = fake.windows[0]!;
    const trusted = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    const list = await fake.ipcHandlers.get('library:list')!(trusted, {});
    expect(list.ok && (list.value as Array<{ origin: string }>).at(-1)?.origin).toBe('imported');
  });

  it('quits at once without a window when another instance holds the lock', async () => {
    const fake = await startMain(false);
    expect(fake.module.app.quit).toHaveBeenCalled();
    expect(fake.module.app.whenReady).not.toHaveBeenCalled();
  });

  it('reopens the window where it was and saves its place as it closes', async () => {
    const saved = { bounds: { x: 100, y: 80, width: 1000, height: 700 }, maximized: false };
    writeFileSync(path.join(userData, 'window-state.json'), JSON.stringify(saved));
    const fake = await startMain();
    fake.ready();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1), { timeout: 30_000 });
    expect(fake.windows[0]?.options).toMatchObject(saved.bounds);
    fake.windows[0]?.emit('close');
    expect(JSON.parse(readFileSync(path.join(userData, 'window-state.json'), 'utf8'))).toEqual({
      bounds: { x: 30, y: 40, width: 1000, height: 700 },
      maximized: false,
    });
  });

  it('with --cli runs the yuedu command on the app data and exits, opening no window', async () => {
    const argv = process.argv;
    const written: string[] = [];
    const write = vi
      .spyOn(process.stdout, 'write')
      .mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => {
        written.push(String(chunk));
        const done = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
        done?.();
        return true;
      });
    process.argv = [argv[0]!, '.', '--cli', 'list', '--json', '--data-dir', userData];
    try {
      const fake = await startMain();
      await vi.waitFor(() => expect(fake.module.app.exit).toHaveBeenCalled(), { timeout: 30_000 });
      expect(fake.module.app.exit).toHaveBeenCalledWith(0);
      const listed = JSON.parse(written.join('')) as Array<{ id: string }>;
      expect(listed.length).toBeGreaterThan(0);
      expect(fake.module.app.requestSingleInstanceLock).not.toHaveBeenCalled();
      expect(fake.module.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
      expect(fake.module.app.whenReady).not.toHaveBeenCalled();
      expect(fake.windows).toHaveLength(0);
    } finally {
      process.argv = argv;
      write.mockRestore();
    }
  });
});
