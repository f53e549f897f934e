import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { createMainWindow, mainWindowOptions } from '../../../main/electron/window';

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
