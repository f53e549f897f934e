import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_SCHEME_PRIVILEGES,
  registerAppProtocol,
  respondToAppRequest,
} from '../../../main/electron/protocol';
import { CONTENT_SECURITY_POLICY } from '../../../main/security/contentSecurityPolicy';

const INDEX_HTML = '<!doctype html><html lang="zh"><title>阅读</title></html>';
let rendererRoot: string;
let outside: string;

beforeAll(() => {
  const base = mkdtempSync(path.join(tmpdir(), 'yuedu-protocol-'));
  rendererRoot = path.join(base, 'renderer');
  mkdirSync(path.join(rendererRoot, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererRoot, 'index.html'), INDEX_HTML);
  writeFileSync(path.join(rendererRoot, 'assets', 'app.js'), 'console.log("读")');
  outside = path.join(base, 'secret.txt');
  writeFileSync(outside, 'secret');
});

afterAll(() => rmSync(path.dirname(rendererRoot), { recursive: true, force: true }));

const get = (url: string, method = 'GET') =>
  respondToAppRequest(rendererRoot, new Request(url, { method }));

describe('respondToAppRequest', () => {
  it('serves index.html as UTF-8 HTML with the Content-Security-Policy header', async () => {
    const response = await get('app://yuedu/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe(INDEX_HTML);
  });

  it('serves assets and falls back to index.html for client-side routes', async () => {
    const asset = await get('app://yuedu/assets/app.js');
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await asset.text()).toBe('console.log("读")');
    const route = await get('app://yuedu/article/some-id');
    expect(await route.text()).toBe(INDEX_HTML);
  });

  it('refuses path traversal, encoded or not, with 404 and the security headers', async () => {
    for (const url of [
      'app://yuedu/..%2fsecret.txt',
      'app://yuedu/%2e%2e%2fsecret.txt',
      'app://yuedu/assets/..%2f..%2fsecret.txt',
      'app://yuedu/..%5csecret.txt',
      'app://yuedu/%00index.html',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
      expect(await response.text(), url).not.toContain('secret');
    }
  });

  it('answers only for the yuedu host', async () => {
    const response = await get('app://evil/index.html');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('returns 404 for missing files that have an extension', async () => {
    expect((await get('app://yuedu/assets/missing.js')).status).toBe(404);
  });

  it('rejects methods other than GET and HEAD and sends no body for HEAD', async () => {
    expect((await get('app://yuedu/index.html', 'POST')).status).toBe(405);
    const head = await get('app://yuedu/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('registerAppProtocol', () => {
  it('registers one handler for the app scheme that serves the renderer root', async () => {
    const handlers = new Map<string, (request: Request) => Promise<Response>>();
    registerAppProtocol(
      { handle: (scheme, handler) => handlers.set(scheme, handler) },
      rendererRoot,
    );
    expect([...handlers.keys()]).toEqual(['app']);
    const response = await handlers.get('app')!(new Request('app://yuedu/'));
    expect(await response.text()).toBe(INDEX_HTML);
  });

  it('asks for standard, secure, fetch-capable privileges for the same scheme', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
  });
});
