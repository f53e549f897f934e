import { readFile } from 'node:fs/promises';
import { SECURITY_HEADERS } from '../security/contentSecurityPolicy';
import { resolveStaticFile } from '../static/resolveStaticFile';
import { APP_SCHEME, isAppUrl, parseUrl } from './appUrl';

/**
 * How `app:` must be registered before the app is ready: standard (real origin, relative URLs),
 * secure (counts as a secure context) and fetch-capable, so the built renderer runs as on the web.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
} as const;

/** The slice of Electron's `protocol` module this file uses, so tests can pass a fake. */
export interface ProtocolHandlerRegistry {
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void;
}

function respond(status: number, body: string | Uint8Array | null, contentType: string): Response {
  return new Response(body, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': contentType },
  });
}

/**
 * Answers one `app:` request from the built renderer in `rendererRoot`. Every response, errors
 * included, carries the security headers; other hosts and paths outside the root get 404.
 */
export async function respondToAppRequest(
  rendererRoot: string,
  request: Request,
): Promise<Response> {
  const url = parseUrl(request.url);
  if (url === null || !isAppUrl(request.url)) {
    return respond(404, 'Not found', 'text/plain; charset=utf-8');
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return respond(405, 'Method not allowed', 'text/plain; charset=utf-8');
  }
  const file = resolveStaticFile(rendererRoot, url.pathname);
  if (file === null) return respond(404, 'Not found', 'text/plain; charset=utf-8');
  if (request.method === 'HEAD') return respond(200, null, file.contentType);
  try {
    return respond(200, await readFile(file.filePath), file.contentType);
  } catch {
    return respond(500, 'Could not read file', 'text/plain; charset=utf-8');
  }
}

/** Serves the built renderer at `app://yuedu/`, the only origin the window ever loads. */
export function registerAppProtocol(protocol: ProtocolHandlerRegistry, rendererRoot: string): void {
  protocol.handle(APP_SCHEME, (request) => respondToAppRequest(rendererRoot, request));
}
