import type { App, Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { hardenApp, hardenSession, hardenWebContents } from '../../../main/electron/security';
import { createUrlPolicy } from '../../../main/electron/urlPolicy';

type AnyListener = (...args: never[]) => unknown;

/** Records listeners by event name, like an EventEmitter that never fires on its own. */
class FakeEmitter {
  readonly listeners = new Map<string, AnyListener[]>();
  on(event: string, listener: AnyListener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) {
      (listener as (...a: unknown[]) => unknown)(...args);
    }
  }
}

class FakeWebContents extends FakeEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  constructor(readonly session: FakeSession) {
    super();
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

class FakeSession extends FakeEmitter {
  requestHandler: ((...args: unknown[]) => void) | null = null;
  checkHandler: ((...args: unknown[]) => boolean) | null = null;
  beforeRequest:
    ((details: { url: string }, callback: (r: { cancel?: boolean }) => void) => void) | null = null;
  readonly webRequest = {
    onBeforeRequest: (listener: NonNullable<FakeSession['beforeRequest']>) => {
      this.beforeRequest = listener;
    },
  };
  setPermissionRequestHandler(handler: (...args: unknown[]) => void): void {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void {
    this.checkHandler = handler;
  }
}

const policy = createUrlPolicy();

function navigation(url: string) {
  return { url, preventDefault: vi.fn() };
}

describe('hardenWebContents', () => {
  const contents = new FakeWebContents(new FakeSession());
  hardenWebContents(contents as unknown as WebContents, policy);

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    '%s away from app://yuedu is prevented, within it allowed',
    (eventName) => {
      const away = navigation('https://example.com/phish');
      contents.emit(eventName, away);
      expect(away.preventDefault).toHaveBeenCalled();
      const fileUrl = navigation('file:///etc/passwd');
      contents.emit(eventName, fileUrl);
      expect(fileUrl.preventDefault).toHaveBeenCalled();
      const inside = navigation('app://yuedu/index.html');
      contents.emit(eventName, inside);
      expect(inside.preventDefault).not.toHaveBeenCalled();
    },
  );

  it('denies every window.open, including ones to the app itself', () => {
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    });
    expect(contents.windowOpenHandler?.({ url: 'app://yuedu/index.html' })).toEqual({
      action: 'deny',
    });
  });

  it('prevents attaching a webview', () => {
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, { src: 'https://example.com/' });
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('hardenSession', () => {
  const session = new FakeSession();
  hardenSession(session as unknown as Session, policy);

  it('denies every permission request and check', () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
    ]) {
      const callback = vi.fn();
      session.requestHandler?.({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(session.checkHandler?.(null, permission, 'app://yuedu', {})).toBe(false);
    }
  });

  it('cancels network requests and lets app, devtools, data and blob requests through', () => {
    const decide = (url: string) => {
      let response: { cancel?: boolean } | undefined;
      session.beforeRequest?.({ url }, (r) => (response = r));
      return response;
    };
    expect(decide('https://fonts.googleapis.com/css')).toEqual({ cancel: true });
    expect(decide('http://example.com/track.gif')).toEqual({ cancel: true });
    expect(decide('wss://example.com/socket')).toEqual({ cancel: true });
    expect(decide('file:///etc/passwd')).toEqual({ cancel: true });
    expect(decide('app://yuedu/assets/index.js')).toEqual({ cancel: false });
    expect(decide('devtools://devtools/bundled/inspector.html')).toEqual({ cancel: false });
    expect(decide('data:font/woff2;base64,AAAA')).toEqual({ cancel: false });
    expect(decide('blob:app://yuedu/0000')).toEqual({ cancel: false });
  });

  it('lets the Markdown export blob download and prevents remote downloads', () => {
    const download = (url: string) => {
      const event = { preventDefault: vi.fn() };
      session.emit('will-download', event, { getURL: () => url }, {});
      return event.preventDefault.mock.calls.length === 0;
    };
    expect(download('blob:app://yuedu/6f1c2a9e-0000-4000-8000-000000000000')).toBe(true);
    expect(download('https://example.com/malware.exe')).toBe(false);
    expect(download('blob:https://example.com/0000')).toBe(false);
  });
});

describe('hardenApp', () => {
  it('hardens the default session now and each new web page and its session once', () => {
    const app = new FakeEmitter();
    const defaultSession = new FakeSession();
    hardenApp(app as unknown as App, defaultSession as unknown as Session, policy);
    expect(defaultSession.beforeRequest).not.toBeNull();

    const first = new FakeWebContents(defaultSession);
    app.emit('web-contents-created', {}, first);
    expect(first.windowOpenHandler).not.toBeNull();
    expect(defaultSession.listeners.get('will-download')).toHaveLength(1);

    const otherSession = new FakeSession();
    const second = new FakeWebContents(otherSession);
    app.emit('web-contents-created', {}, second);
    expect(second.windowOpenHandler).not.toBeNull();
    expect(otherSession.checkHandler?.(null, 'media', '', {})).toBe(false);
  });
});
