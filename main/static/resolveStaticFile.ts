import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticFile {
  filePath: string;
  contentType: string;
}

/**
 * Maps a URL path onto a file of the built renderer, for both the `app://` protocol and `yuedu serve`.
 * Refuses anything that would leave `root` (encoded `..`, absolute paths, NUL bytes); unknown paths
 * fall back to index.html so client-side routes load.
 */
export function resolveStaticFile(root: string, urlPath: string): StaticFile | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split(/[?#]/, 1)[0] ?? '/');
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const absoluteRoot = path.resolve(root);
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const candidate = path.resolve(absoluteRoot, relative);
  if (candidate !== absoluteRoot && !candidate.startsWith(absoluteRoot + path.sep)) return null;
  const isFile = existsSync(candidate) && statSync(candidate).isFile();
  const filePath = isFile
    ? candidate
    : path.extname(relative) === ''
      ? path.join(absoluteRoot, 'index.html')
      : null;
  if (filePath === null || !existsSync(filePath)) return null;
  return {
    filePath,
    contentType: MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream',
  };
}
