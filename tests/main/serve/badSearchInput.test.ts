import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openYuedu } from '../../../main/api/openYuedu';
import type { Yuedu } from '../../../main/api/yuedu';
import { SOURCE_LAYOUT } from '../../../main/paths/projectPaths';
import { startHttpServer, type RunningServer } from '../../../main/serve/httpServer';

const TOKEN = 'bad-input-token';

/** Queries that once crashed or hung search engines; each must get a sensible answer, fast. */
const HOSTILE_QUERIES = [
  '',
  '   ',
  '大'.repeat(10_000),
  'a'.repeat(10_000),
  '.*+?^${}()|[]\\',
  '(大湾区',
  '\uD800',
  'x\uDFFFy',
  '😀🎉',
  '，。！？、“”',
  '"',
  '""',
  '" 大湾区',
];

describe('search answers hostile input through yuedu serve', () => {
  let yuedu: Yuedu;
  let server: RunningServer;

  beforeAll(async () => {
    yuedu = await openYuedu({
      dataDir: mkdtempSync(path.join(os.tmpdir(), 'yuedu-bad-input-')),
      seedsDir: SOURCE_LAYOUT.seedsDir,
      generatedDir: SOURCE_LAYOUT.generatedDir,
      systemLanguage: 'en',
      version: '0',
    });
    server = await startHttpServer({
      yuedu,
      rendererDir: mkdtempSync(path.join(os.tmpdir(), 'yuedu-no-renderer-')),
      port: 0,
      token: TOKEN,
    });
  });

  afterAll(async () => {
    await server.close();
    await yuedu.close();
  });

  it.each(HOSTILE_QUERIES.map((q) => [q.length > 20 ? `${q.slice(0, 12)}… (${q.length})` : q, q]))(
    'answers %j with a list, not a crash',
    async (_label, query) => {
      for (const channel of ['search:query', 'search:notes']) {
        const response = await fetch(`http://127.0.0.1:${server.port}/api/${channel}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
          body: JSON.stringify({ query }),
        });
        const result = (await response.json()) as { ok: boolean; value: unknown };
        expect(result.ok).toBe(true);
        expect(Array.isArray(result.value)).toBe(true);
      }
    },
  );

  it('still finds real words afterwards', async () => {
    const result = await yuedu.dispatch('search:query', { query: '粤剧' });
    expect(result.ok && (result.value as unknown[]).length).toBeGreaterThan(0);
  });
});
