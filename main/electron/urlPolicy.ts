import { isAppUrl, parseUrl } from './appUrl';

/** Which URLs the renderer may be, load and download; one object so every guard agrees. */
export interface UrlPolicy {
  /** Pages allowed to hold the window and to call IPC. */
  isRendererUrl(url: string): boolean;
  /** Anything the session may load at all: the app itself, DevTools and in-memory data. */
  isAllowedRequest(url: string): boolean;
  /** Downloads the renderer made itself from a blob (Markdown export); never anything remote. */
  isAllowedDownload(url: string): boolean;
}

const LOCAL_SCHEMES = new Set(['devtools:', 'data:', 'blob:']);

/**
 * Builds the policy for one run. `devServerUrl` is electron-vite's renderer dev server and is only
 * passed in unpackaged development; without it nothing but `app://yuedu` counts as the app.
 */
export function createUrlPolicy(devServerUrl?: string): UrlPolicy {
  const devServer = devServerUrl === undefined ? null : parseUrl(devServerUrl);
  const onDevServer = (url: string, protocols: readonly string[]): boolean => {
    if (devServer === null) return false;
    const parsed = parseUrl(url);
    return parsed !== null && parsed.host === devServer.host && protocols.includes(parsed.protocol);
  };
  const isRendererUrl = (url: string): boolean =>
    isAppUrl(url) || onDevServer(url, [devServer?.protocol ?? '']);
  return {
    isRendererUrl,
    isAllowedRequest(url) {
      const parsed = parseUrl(url);
      if (parsed === null) return false;
      if (parsed.protocol === 'app:') return isAppUrl(url);
      // Vite's hot reload talks over a WebSocket on the dev server's host and port.
      return (
        LOCAL_SCHEMES.has(parsed.protocol) ||
        onDevServer(url, [devServer?.protocol ?? '', 'ws:', 'wss:'])
      );
    },
    isAllowedDownload(url) {
      // A blob URL names the origin that created it: blob:app://yuedu/<uuid>.
      return url.startsWith('blob:') && isRendererUrl(url.slice('blob:'.length));
    },
  };
}
