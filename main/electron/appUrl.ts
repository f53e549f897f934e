/** The custom scheme the packaged renderer is served from; a standard scheme so it gets a real origin. */
export const APP_SCHEME = 'app';
/** The only host the `app:` scheme answers for, so `app://yuedu/` is the renderer's one origin. */
export const APP_HOST = 'yuedu';
/** Where the window starts. */
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Parses without throwing, because every URL reaching the policies below comes from outside. */
export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True for URLs under `app://yuedu/`. Compares protocol and host rather than `origin`, which Node
 * reports as 'null' for schemes it does not know.
 */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}
