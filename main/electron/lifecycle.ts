import type { App, BrowserWindow } from 'electron';

/**
 * Holds the quit until the services have flushed the user's data, then lets it proceed.
 * `close` runs once however many times quitting is requested.
 */
export function closeBeforeQuit(app: Pick<App, 'on' | 'quit'>, close: () => Promise<void>): void {
  let state: 'open' | 'closing' | 'closed' = 'open';
  app.on('will-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    close()
      .catch((error: unknown) => console.error('Yuedu: closing the data store failed', error))
      .finally(() => {
        state = 'closed';
        app.quit();
      });
  });
}

/** Brings the existing window forward when the user launches the app a second time. */
export function focusWindow(
  window: Pick<BrowserWindow, 'isMinimized' | 'restore' | 'show' | 'focus'> | null,
): void {
  if (window === null) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
