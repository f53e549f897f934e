import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { createMainWindow, mainWindowOptions } from '../../../main/electron/window';
import type { WindowState } from '../../../main/electron/windowState';

describe('mainWindowOptions', () => {
  it('isolates and sandboxes the renderer with the preload as its only bridge', () => {
    const { webPreferences, show } = mainWindowOptions('/app/out/preload/index.cjs');
    expect(show).toBe(false);
    expect(webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

describe('createMainWindow', () => {
  it('loads the given URL and shows the window only when it is ready to show', () => {
    const created: FakeWindow[] = [];
    class FakeWindow {
      readonly onceHandlers = new Map<string, () => void>();
      loaded: string | null = null;
      shown = false;
      constructor(readonly options: BrowserWindowConstructorOptions) {
        created.push(this);
      }
      once(event: string, listener: () => void): this {
        this.onceHandlers.set(event, listener);
        return this;
      }
      loadURL(url: string): Promise<void> {
        this.loaded = url;
        return Promise.resolve();
      }
      show(): void {
        this.shown = true;
      }
    }

    createMainWindow(
      FakeWindow as unknown as new (o: BrowserWindowConstructorOptions) => BrowserWindow,
      '/p/index.cjs',
      'app://yuedu/index.html',
    );
    const [window] = created;
    expect(window?.options.webPreferences?.preload).toBe('/p/index.cjs');
    expect(window?.loaded).toBe('app://yuedu/index.html');
    expect(window?.shown).toBe(false);
    window?.onceHandlers.get('ready-to-show')?.();
    expect(window?.shown).toBe(true);
  });
});

describe('the window remembers its place', () => {
  class FakeWindow {
    readonly handlers = new Map<string, () => void>();
    maximized = false;
    shown = false;
    constructor(readonly options: BrowserWindowConstructorOptions) {}
    once(event: string, listener: () => void): this {
      this.handlers.set(event, listener);
      return this;
    }
    on(event: string, listener: () => void): this {
      return this.once(event, listener);
    }
    loadURL(): Promise<void> {
      return Promise.resolve();
    }
    maximize(): void {
      this.maximized = true;
    }
    show(): void {
      this.shown = true;
    }
    isMaximized(): boolean {
      return this.maximized;
    }
    getNormalBounds() {
      return { x: 5, y: 6, width: 900, height: 700 };
    }
  }
  const open = (place: Parameters<typeof createMainWindow>[3]) =>
    createMainWindow(
      FakeWindow as unknown as new (o: BrowserWindowConstructorOptions) => BrowserWindow,
      '/p/index.cjs',
      'app://yuedu/index.html',
      place,
    ) as unknown as FakeWindow;

  it('opens centred at the default size without a placement', () => {
    expect(mainWindowOptions('/p')).toMatchObject({ center: true, width: 1200, height: 860 });
    expect(mainWindowOptions('/p')).not.toHaveProperty('x');
  });

  it('opens at the placement given, and maximizes before showing if it was maximized', () => {
    const window = open({ placement: { x: 10, y: 20, width: 800, height: 600, maximized: true } });
    expect(window.options).toMatchObject({ x: 10, y: 20, width: 800, height: 600 });
    expect(window.options).not.toHaveProperty('center');
    expect(window.maximized).toBe(false);
    window.handlers.get('ready-to-show')?.();
    expect([window.maximized, window.shown]).toEqual([true, true]);
  });

  it('hands its normal bounds and maximized state to saveState as it closes', () => {
    const saved: WindowState[] = [];
    const window = open({ saveState: (state) => saved.push(state) });
    window.maximized = true;
    window.handlers.get('close')?.();
    expect(saved).toEqual([{ bounds: { x: 5, y: 6, width: 900, height: 700 }, maximized: true }]);
  });
});
