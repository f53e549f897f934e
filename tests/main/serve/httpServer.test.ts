import { mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Yuedu } from '../../../main/api/yuedu';
import { COMPRESS_FROM_BYTES } from '../../../main/serve/compressBody';
import { startHttpServer, type RunningServer } from '../../../main/serve/httpServer';

const TOKEN = 'test-token-123';
const rendererDir = mkdtempSync(path.join(os.tmpdir(), 'yuedu-serve-'));
writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Yuedu</title>');

const dispatch = vi.fn(async (channel: unknown, payload: unknown) => ({
  ok: true as const,
  value: { channel, payload },
}));
const yuedu = { dispatch, handlers: {}, close: async () => {} } as unknown as Yuedu;
let server: RunningServer;

beforeAll(async () => {
  server = await startHttpServer({ yuedu, rendererDir, port: 0, token: TOKEN });
});
afterAll(() => server.close());

/** The Cookie header a browser sends after `running` set its session cookie. */
const cookieOf = (running: RunningServer, token: string) =>
  `yuedu_session_${running.port}=${token}`;

/** Raw request, so tests can set headers such as Host that fetch forbids. */
function request(
  pathname: string,
  options: {
    method?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    to?: RunningServer;
  } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const port = (options.to ?? server).port;
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: pathname,
        method: options.method ?? 'GET',
        headers: { host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('yuedu serve', () => {
  it('prints an address on 127.0.0.1 that carries the token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${TOKEN}`);
  });

  it('refuses requests without the token', async () => {
    expect((await request('/')).status).toBe(403);
    expect((await request('/?token=wrong')).status).toBe(403);
    const api = await request('/api/library:list', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(api.status).toBe(403);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a foreign Host header even with the token (DNS rebinding)', async () => {
    const res = await request(`/?token=${TOKEN}`, { headers: { host: 'evil.example:80' } });
    expect(res.status).toBe(421);
  });

  it('swaps the printed token for a strict cookie of its own and drops it from the address', async () => {
    const res = await request(`/?token=${TOKEN}`);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/');
    expect(res.headers['set-cookie']).toEqual([
      `yuedu_session_${server.port}=${TOKEN}; HttpOnly; SameSite=Strict; Path=/`,
    ]);
    const page = await request('/', { headers: { cookie: cookieOf(server, TOKEN) } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Yuedu</title>');
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['set-cookie']).toBeUndefined();
  });

  it('keeps the rest of the address when it drops the token, and never leaves this server', async () => {
    expect((await request(`/reader?token=${TOKEN}&x=1`)).headers.location).toBe('/reader?x=1');
    expect((await request(`/.//evil.example/?token=${TOKEN}`)).headers.location).toBe(
      '/evil.example/',
    );
  });

  it('sets no cookie for a wrong token, and does not take the token in the address for the API', async () => {
    const wrong = await request('/?token=wrong');
    expect(wrong.status).toBe(403);
    expect(wrong.headers['set-cookie']).toBeUndefined();
    const api = await request(`/api/library:list?token=${TOKEN}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(api.status).toBe(403);
  });

  it('routes POST /api/<channel> to the dispatcher when the cookie is present', async () => {
    const res = await request('/api/search:query', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookieOf(server, TOKEN) },
      body: JSON.stringify({ query: '大湾区' }),
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({
      ok: true,
      value: { channel: 'search:query', payload: { query: '大湾区' } },
    });
  });

  it('gzips a large API answer for a client that takes gzip, and only then', async () => {
    // Over COMPRESS_FROM_BYTES; sent as an import, the request whose body may be that large.
    const big = '学习小组的笔记。'.repeat(Math.ceil(COMPRESS_FROM_BYTES / 20));
    const ask = (headers: Record<string, string>) =>
      new Promise<{ headers: http.IncomingHttpHeaders; raw: Buffer }>((resolve, reject) => {
        const req = http.request(
          {
            host: '127.0.0.1',
            port: server.port,
            path: '/api/library:import',
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${TOKEN}`,
              ...headers,
            },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () => resolve({ headers: res.headers, raw: Buffer.concat(chunks) }));
          },
        );
        req.on('error', reject);
        req.end(JSON.stringify({ query: big }));
      });
    const expected = { ok: true, value: { channel: 'library:import', payload: { query: big } } };

    const zipped = await ask({ 'accept-encoding': 'gzip, deflate, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(zipped.raw.length).toBeLessThan(Buffer.byteLength(JSON.stringify(expected)) / 10);
    expect(JSON.parse(gunzipSync(zipped.raw).toString('utf8'))).toEqual(expected);

    const plain = await ask({});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(plain.raw.toString('utf8'))).toEqual(expected);
  });

  it('answers malformed API requests with typed errors', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const notJson = await request('/api/library:list', {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: '{nope',
    });
    expect(JSON.parse(notJson.body)).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
    const wrongType = await request('/api/library:list', {
      method: 'POST',
      headers: { ...auth, 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(wrongType.status).toBe(415);
    const wrongMethod = await request('/api/library:list', { headers: auth });
    expect(wrongMethod.status).toBe(405);
  });

  it('does not serve files outside the renderer folder', async () => {
    const res = await request('/..%2f..%2fetc%2fpasswd', {
      headers: { cookie: cookieOf(server, TOKEN) },
    });
    expect(res.status).toBe(404);
  });
});

describe('two yuedu serve side by side on one host', () => {
  it('each reads only its own cookie, so neither overwrites nor accepts the other', async () => {
    const other = await startHttpServer({ yuedu, rendererDir, port: 0, token: 'other-token-456' });
    try {
      const first = await request(`/?token=${TOKEN}`);
      const second = await request('/?token=other-token-456', { to: other });
      const [firstCookie] = (first.headers['set-cookie'] ?? [''])[0]!.split(';');
      const [secondCookie] = (second.headers['set-cookie'] ?? [''])[0]!.split(';');
      expect(firstCookie!.split('=')[0]).not.toBe(secondCookie!.split('=')[0]);
      // A browser sends both cookies to both servers: cookies ignore the port.
      const both = `${firstCookie}; ${secondCookie}`;
      expect((await request('/', { headers: { cookie: both } })).status).toBe(200);
      expect((await request('/', { headers: { cookie: both }, to: other })).status).toBe(200);
      expect((await request('/', { headers: { cookie: secondCookie! } })).status).toBe(403);
      expect((await request('/', { headers: { cookie: firstCookie! }, to: other })).status).toBe(
        403,
      );
    } finally {
      await other.close();
    }
  });
});

describe('yuedu serve at the edges of the API', () => {
  const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };

  it('answers a malformed % escape in the request name with 400, and keeps answering', async () => {
    dispatch.mockClear();
    for (const pathname of ['/api/library%3Alist%', '/api/%E0%A4%A', '/api/%zz']) {
      const res = await request(pathname, { method: 'POST', headers: auth, body: '{}' });
      expect(res.status).toBe(400);
      expect(JSON.parse(res.body)).toEqual({
        ok: false,
        error: {
          code: 'invalid-payload',
          message: 'The request name in the address has a malformed % escape.',
        },
      });
    }
    expect(dispatch).not.toHaveBeenCalled();
    const fine = await request('/api/library:list', { method: 'POST', headers: auth, body: '{}' });
    expect(fine.status).toBe(200);
  });

  it("refuses a body over its channel's limit with 413 and a message that says the limit", async () => {
    dispatch.mockClear();
    const search = await request('/api/search:query', {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ query: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(search.status).toBe(413);
    expect(JSON.parse(search.body)).toEqual({
      ok: false,
      error: { code: 'too-large', message: 'That request is too large: at most 1 MB.' },
    });
    const backup = await request('/api/backup:import', {
      method: 'POST',
      // The body never comes: close the connection rather than leave it waiting for one.
      headers: { ...auth, 'content-length': String(500 * 1024 * 1024), connection: 'close' },
    });
    expect(backup.status).toBe(413);
    expect(JSON.parse(backup.body).error.message).toBe(
      'That backup is too large: a backup may be at most 200 MB.',
    );
    expect(dispatch).not.toHaveBeenCalled();
  });

  it(
    'takes an import larger than the old 12 MB body limit, as the importer does',
    {
      timeout: 120_000,
    },
    async () => {
      dispatch.mockClear();
      const base64 = Buffer.alloc(20 * 1024 * 1024, 7).toString('base64');
      const res = await request('/api/library:import', {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ files: [{ name: '大文件.txt', base64 }] }),
      });
      expect(res.status).toBe(200);
      expect(dispatch).toHaveBeenCalledTimes(1);
    },
  );

  it(
    'refuses a deeply nested body before parsing it, fast next to a flat body of the same size, and keeps answering',
    {
      timeout: 120_000,
    },
    async () => {
      dispatch.mockClear();
      const size = 10 * 1024 * 1024;
      const nested = Buffer.alloc(size, '[');
      const flat = Buffer.from(
        JSON.stringify({ files: [{ name: 'a', base64: 'A'.repeat(size) }] }),
      );
      const timed = async (body: Buffer) => {
        const started = performance.now();
        const res = await request('/api/library:import', { method: 'POST', headers: auth, body });
        return { res, ms: performance.now() - started };
      };
      const normal = await timed(flat);
      expect(normal.res.status).toBe(200);
      const deep = await timed(nested);
      expect(deep.res.status).toBe(400);
      expect(JSON.parse(deep.res.body).error.message).toBe(
        'The request nests more than 32 levels deep; no Yuedu request does.',
      );
      // Parsing it would take seconds (about 50 times the flat body); refusing it takes no longer
      // than reading a normal body. The bound is generous so a busy machine does not fail it.
      expect(deep.ms).toBeLessThan(5 * normal.ms + 200);
      expect(dispatch).toHaveBeenCalledTimes(1);
      const after = await request('/api/library:list', {
        method: 'POST',
        headers: auth,
        body: '{}',
      });
      expect(after.status).toBe(200);
    },
  );
});
