import type { App } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { closeBeforeQuit, focusWindow } from '../../../main/electron/lifecycle';

function fakeApp() {
  let willQuit: ((event: { preventDefault(): void }) => void) | null = null;
  const app = {
    on: (_event: string, listener: NonNullable<typeof willQuit>) => {
      willQuit = listener;
      return app;
    },
    quit: vi.fn(),
  };
  const requestQuit = () => {
    const event = { preventDefault: vi.fn() };
    willQuit?.(event);
    return event;
  };
  return { app, requestQuit };
}

describe('closeBeforeQuit', () => {
  it('holds the first quit until the data is closed, then quits for real', async () => {
    const { app, requestQuit } = fakeApp();
    let finish: () => void = () => {};
    const close = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    closeBeforeQuit(app as unknown as App, close);

    expect(requestQuit().preventDefault).toHaveBeenCalled();
    expect(requestQuit().preventDefault).toHaveBeenCalled();
    expect(close).toHaveBeenCalledTimes(1);
    expect(app.quit).not.toHaveBeenCalled();

    finish();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1), { timeout: 30_000 });
    expect(requestQuit().preventDefault).not.toHaveBeenCalled();
  });

  it('still quits when closing fails', async () => {
    const { app, requestQuit } = fakeApp();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    closeBeforeQuit(app as unknown as App, () => Promise.reject(new Error('disk full')));
    requestQuit();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1), { timeout: 30_000 });
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});

describe('focusWindow', () => {
  it('restores a minimized window and focuses it', () => {
    const window = { isMinimized: () => true, restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
    focusWindow(window);
    expect(window.restore).toHaveBeenCalled();
    expect(window.show).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('does nothing when there is no window yet', () => {
    expect(() => focusWindow(null)).not.toThrow();
  });
});
