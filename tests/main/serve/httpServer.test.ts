import { mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Yuedu } from '../../../main/api/yuedu';
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

/** Raw request, so tests can set headers such as Host that fetch forbids. */
function request(
  pathname: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: pathname,
        method: options.method ?? 'GET',
        headers: { host: `127.0.0.1:${server.port}`, ...options.headers },
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

  it('serves the renderer with the CSP header and sets a strict session cookie', async () => {
    const res = await request(`/?token=${TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>Yuedu</title>');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['set-cookie']?.[0]).toMatch(/yuedu_token=.+; HttpOnly; SameSite=Strict/);
  });

  it('routes POST /api/<channel> to the dispatcher when the cookie is present', async () => {
    const res = await request('/api/search:query', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `yuedu_token=${TOKEN}` },
      body: JSON.stringify({ query: '大湾区' }),
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({
      ok: true,
      value: { channel: 'search:query', payload: { query: '大湾区' } },
    });
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
    const res = await request(`/..%2f..%2fetc%2fpasswd?token=${TOKEN}`);
    expect(res.status).toBe(404);
  });
});
