import { createReadStream } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { JSON_MAX_DEPTH } from '../../shared/limits';
import { fail } from '../../shared/ipc/result';
import type { Yuedu } from '../api/yuedu';
import { SECURITY_HEADERS } from '../security/contentSecurityPolicy';
import { resolveStaticFile } from '../static/resolveStaticFile';
import { encodeBody } from './compressBody';
import { readJsonBody } from './readJsonBody';
import { bodyLimitFor } from './requestLimits';
import { readCookie, sessionCookie, sessionCookieName, tokensMatch } from './sessionToken';

export interface ServeOptions {
  yuedu: Yuedu;
  rendererDir: string;
  port: number;
  token: string;
}

export interface RunningServer {
  url: string;
  port: number;
  close: () => Promise<void>;
}

function send(
  res: http.ServerResponse,
  status: number,
  body: string,
  type = 'text/plain; charset=utf-8',
) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

const sendJson = (res: http.ServerResponse, status: number, value: unknown) =>
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');

/** An API answer, compressed when it is large and the client takes gzip. */
async function sendAnswer(req: http.IncomingMessage, res: http.ServerResponse, value: unknown) {
  const { body, headers } = await encodeBody(req, JSON.stringify(value));
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    ...headers,
    'Content-Length': Buffer.byteLength(body),
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

/** The channel named by `/api/<channel>`, or null when its percent-encoding is malformed. */
function channelOf(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname.slice('/api/'.length));
  } catch {
    return null;
  }
}

/**
 * The same address without its `token` parameter, for the redirect after the token is swapped;
 * always a path on this server (`//host` would send the browser elsewhere).
 */
function withoutToken(url: URL): string {
  const rest = new URLSearchParams(url.searchParams);
  rest.delete('token');
  const query = rest.toString();
  return `/${url.pathname.replace(/^\/+/, '')}${query ? `?${query}` : ''}`;
}

/**
 * `yuedu serve`: the built renderer and the same typed API over HTTP on 127.0.0.1 only, for
 * end-to-end tests and for trying Yuedu in a browser. Only the transport differs from Electron.
 */
export function startHttpServer(options: ServeOptions): Promise<RunningServer> {
  const { yuedu, rendererDir, token } = options;

  const server = http.createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, fail('internal', 'The server failed to answer.'));
      else res.destroy();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const port = (server.address() as AddressInfo).port;
    const host = req.headers.host ?? '';
    // A page on another site that resolves its name to 127.0.0.1 must not reach the API.
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      return send(res, 421, 'Unknown host.');
    }
    const url = new URL(req.url ?? '/', `http://${host}`);
    const queryToken = url.searchParams.get('token');
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const cookieToken = readCookie(req.headers.cookie, sessionCookieName(port));
    const isPage = req.method === 'GET' || req.method === 'HEAD';
    // The printed address's token is swapped for this server's cookie and dropped from the
    // address at once, so it stays out of the address bar, the history and screenshots.
    if (isPage && queryToken !== null && tokensMatch(token, queryToken)) {
      res.writeHead(303, {
        ...SECURITY_HEADERS,
        'Set-Cookie': sessionCookie(port, token),
        Location: withoutToken(url),
        'Cache-Control': 'no-store',
      });
      return res.end();
    }
    if (![bearer, cookieToken].some((given) => tokensMatch(token, given))) {
      return send(
        res,
        403,
        'Forbidden: open the address that `yuedu serve` printed, with its token.',
      );
    }

    if (url.pathname.startsWith('/api/')) return answerApi(req, res, url);

    if (!isPage) return send(res, 405, 'Method not allowed.');
    const file = resolveStaticFile(rendererDir, url.pathname);
    if (!file) return send(res, 404, 'Not found.');
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': file.contentType,
      'Cache-Control': file.filePath.endsWith('index.html') ? 'no-store' : 'max-age=3600',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file.filePath).pipe(res);
  }

  async function answerApi(req: http.IncomingMessage, res: http.ServerResponse, url: URL) {
    if (req.method !== 'POST')
      return sendJson(res, 405, fail('invalid-payload', 'Use POST for the API.'));
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendJson(res, 415, fail('invalid-payload', 'The API takes application/json.'));
    }
    const channel = channelOf(url.pathname);
    if (channel === null) {
      req.resume();
      return sendJson(
        res,
        400,
        fail('invalid-payload', 'The request name in the address has a malformed % escape.'),
      );
    }
    const limit = bodyLimitFor(channel);
    const body = await readJsonBody(req, { maxBytes: limit.maxBytes, maxDepth: JSON_MAX_DEPTH });
    if (!body.ok && body.refused === 'too-large') {
      return sendJson(res, 413, fail('too-large', limit.tooLarge));
    }
    if (!body.ok) {
      return sendJson(
        res,
        400,
        fail(
          'invalid-payload',
          `The request nests more than ${JSON_MAX_DEPTH} levels deep; no Yuedu request does.`,
        ),
      );
    }
    let payload: unknown;
    try {
      payload = body.text.trim() === '' ? {} : JSON.parse(body.text);
    } catch {
      return sendJson(res, 400, fail('invalid-payload', 'The request body is not valid JSON.'));
    }
    return sendAnswer(req, res, await yuedu.dispatch(channel, payload));
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        port,
        url: `http://127.0.0.1:${port}/?token=${token}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
