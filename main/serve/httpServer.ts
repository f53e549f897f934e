import { createReadStream } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fail } from '../../shared/ipc/result';
import type { Yuedu } from '../api/yuedu';
import { SECURITY_HEADERS } from '../security/contentSecurityPolicy';
import { resolveStaticFile } from '../static/resolveStaticFile';
import { TOKEN_COOKIE, readCookie, tokensMatch } from './sessionToken';

/** Large enough for any note, small enough that a hostile body cannot exhaust memory. */
const MAX_BODY_BYTES = 12 * 1024 * 1024;

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

async function readBody(req: http.IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
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
    const cookieToken = readCookie(req.headers.cookie, TOKEN_COOKIE);
    const authorised = [queryToken, bearer, cookieToken].some((given) => tokensMatch(token, given));
    if (!authorised) {
      return send(
        res,
        403,
        'Forbidden: open the address that `yuedu serve` printed, with its token.',
      );
    }
    if (queryToken !== null) {
      res.setHeader('Set-Cookie', `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`);
    }

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST')
        return sendJson(res, 405, fail('invalid-payload', 'Use POST for the API.'));
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return sendJson(res, 415, fail('invalid-payload', 'The API takes application/json.'));
      }
      const body = await readBody(req);
      if (body === null)
        return sendJson(res, 413, fail('invalid-payload', 'That request is too large.'));
      let payload: unknown;
      try {
        payload = body.trim() === '' ? {} : JSON.parse(body);
      } catch {
        return sendJson(res, 400, fail('invalid-payload', 'The request body is not valid JSON.'));
      }
      const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
      return sendJson(res, 200, await yuedu.dispatch(channel, payload));
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed.');
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
