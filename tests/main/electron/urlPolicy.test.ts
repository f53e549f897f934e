import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl } from '../../../main/electron/appUrl';
import { createUrlPolicy } from '../../../main/electron/urlPolicy';

describe('isAppUrl', () => {
  it('accepts URLs on app://yuedu, whatever the path', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://yuedu/assets/index-abc.js')).toBe(true);
    expect(isAppUrl('app://yuedu/')).toBe(true);
  });

  it('refuses other hosts, look-alike hosts, other schemes and garbage', () => {
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('app://yuedu.evil.com/index.html')).toBe(false);
    expect(isAppUrl('app://yuedu:8080/index.html')).toBe(false);
    expect(isAppUrl('https://yuedu/index.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});

describe('createUrlPolicy without a dev server', () => {
  const policy = createUrlPolicy();

  it('treats only app://yuedu pages as the renderer', () => {
    expect(policy.isRendererUrl('app://yuedu/index.html')).toBe(true);
    expect(policy.isRendererUrl('http://localhost:5173/')).toBe(false);
    expect(policy.isRendererUrl('https://example.com/')).toBe(false);
  });

  it('allows app, devtools, data and blob requests and nothing from the network', () => {
    expect(policy.isAllowedRequest('app://yuedu/assets/font.woff2')).toBe(true);
    expect(policy.isAllowedRequest('devtools://devtools/bundled/inspector.html')).toBe(true);
    expect(policy.isAllowedRequest('data:image/png;base64,AAAA')).toBe(true);
    expect(policy.isAllowedRequest('blob:app://yuedu/6f1c2a9e-0000-4000-8000-000000000000')).toBe(
      true,
    );
    for (const url of [
      'https://example.com/',
      'http://localhost:5173/',
      'ws://localhost:5173/',
      'file:///etc/passwd',
      'app://other/index.html',
      'ftp://example.com/x',
      '',
    ]) {
      expect(policy.isAllowedRequest(url), url).toBe(false);
    }
  });

  it('allows downloads only of blobs the renderer created', () => {
    expect(policy.isAllowedDownload('blob:app://yuedu/6f1c2a9e-0000-4000-8000-000000000000')).toBe(
      true,
    );
    expect(policy.isAllowedDownload('blob:https://example.com/6f1c2a9e')).toBe(false);
    expect(policy.isAllowedDownload('https://example.com/notes.md')).toBe(false);
    expect(policy.isAllowedDownload('data:text/markdown,hello')).toBe(false);
    expect(policy.isAllowedDownload('app://yuedu/index.html')).toBe(false);
  });
});

describe('createUrlPolicy with the electron-vite dev server', () => {
  const policy = createUrlPolicy('http://localhost:5173/');

  it('treats the dev server as the renderer and lets its hot-reload socket through', () => {
    expect(policy.isRendererUrl('http://localhost:5173/index.html')).toBe(true);
    expect(policy.isAllowedRequest('http://localhost:5173/@vite/client')).toBe(true);
    expect(policy.isAllowedRequest('ws://localhost:5173/')).toBe(true);
    expect(policy.isRendererUrl('ws://localhost:5173/')).toBe(false);
  });

  it('still refuses other ports and hosts', () => {
    expect(policy.isRendererUrl('http://localhost:5174/')).toBe(false);
    expect(policy.isAllowedRequest('http://127.0.0.1:5173/')).toBe(false);
    expect(policy.isAllowedRequest('https://example.com/')).toBe(false);
  });
});
