import type { App, Session, WebContents } from 'electron';
import type { UrlPolicy } from './urlPolicy';

interface CancellableNavigation {
  readonly url: string;
  preventDefault(): void;
}

/**
 * Keeps one web page inside the app: no navigating or redirecting away from the renderer, no new
 * windows, no `<webview>`. Article text is untrusted input, so a link in it must lead nowhere.
 */
export function hardenWebContents(
  contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>,
  policy: UrlPolicy,
): void {
  const stayInApp = (event: CancellableNavigation): void => {
    if (!policy.isRendererUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-frame-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/**
 * Makes a session offline and powerless: every permission denied, every request that is not the
 * app itself, DevTools or in-memory data cancelled, and only the renderer's own blob downloads
 * (Markdown export) allowed.
 */
export function hardenSession(
  session: Pick<
    Session,
    'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'webRequest' | 'on'
  >,
  policy: UrlPolicy,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !policy.isAllowedRequest(details.url) });
  });
  session.on('will-download', (event, item) => {
    if (!policy.isAllowedDownload(item.getURL())) event.preventDefault();
  });
}

/**
 * Applies the guards to the default session now and to every web page (and any other session it
 * uses) as Electron creates it, so nothing is left unguarded by being created later.
 */
export function hardenApp(app: Pick<App, 'on'>, defaultSession: Session, policy: UrlPolicy): void {
  const hardened = new WeakSet<Session>();
  const guardSession = (session: Session): void => {
    if (hardened.has(session)) return;
    hardened.add(session);
    hardenSession(session, policy);
  };
  guardSession(defaultSession);
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, policy);
    guardSession(contents.session);
  });
}
