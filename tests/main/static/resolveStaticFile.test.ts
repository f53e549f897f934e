import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveStaticFile } from '../../../main/static/resolveStaticFile';

const root = mkdtempSync(path.join(os.tmpdir(), 'yuedu-static-'));
mkdirSync(path.join(root, 'assets'));
writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
writeFileSync(path.join(root, 'assets', 'app.js'), '');
writeFileSync(path.join(root, 'assets', 'font.woff2'), '');

describe('resolveStaticFile', () => {
  it('serves index.html for the root and for client-side routes', () => {
    expect(resolveStaticFile(root, '/')).toMatchObject({ filePath: path.join(root, 'index.html') });
    expect(resolveStaticFile(root, '/article/x?y=1')?.contentType).toBe('text/html; charset=utf-8');
  });

  it('serves assets with their content type', () => {
    expect(resolveStaticFile(root, '/assets/app.js')?.contentType).toMatch(/^text\/javascript/);
    expect(resolveStaticFile(root, '/assets/font.woff2')?.contentType).toBe('font/woff2');
  });

  it('refuses paths that would leave the root, however encoded', () => {
    for (const p of [
      '/../package.json',
      '/%2e%2e/secret',
      '/assets/..%2f..%2fetc/passwd',
      '/a%00b',
      '/%E0%A4%A',
    ]) {
      expect(resolveStaticFile(root, p)).toBeNull();
    }
  });

  it('answers missing files that look like assets with null instead of index.html', () => {
    expect(resolveStaticFile(root, '/assets/missing.js')).toBeNull();
  });
});
