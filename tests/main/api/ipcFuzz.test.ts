import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, type Channel } from '../../../shared/ipc/contract';
import { openYuedu } from '../../../main/api/openYuedu';
import type { Yuedu } from '../../../main/api/yuedu';
import { SOURCE_LAYOUT } from '../../../main/paths/projectPaths';

const TEN_MB = 'x'.repeat(10 * 1024 * 1024);
const ARTICLE = 'greater-bay-area-friends';

/** Payloads that are wrong for every channel: not an object, or an object with a poisoned key. */
const GENERIC: unknown[] = [
  42,
  'library:list',
  true,
  [],
  [1, 2],
  JSON.parse('{"__proto__": {"polluted": true}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
  { unexpected: TEN_MB },
];

/** Payloads that are wrong for one channel in particular: wrong types, missing fields, bad ranges. */
const SPECIFIC: Partial<Record<Channel, unknown[]>> = {
  'library:get': [{}, { id: 7 }, { id: '' }, { id: TEN_MB }, { id: 'no-such-article' }],
  'library:cancelImport': [{}, { importId: 7 }, { importId: '' }, { importId: TEN_MB }],
  'search:query': [
    {},
    { query: 5 },
    { query: TEN_MB },
    { query: 'ok', limit: 0 },
    { query: 'ok', limit: 1e9 },
  ],
  'annotations:list': [{ articleId: 5 }, { articleId: TEN_MB }, { articleId: 'no-such-article' }],
  'annotations:create': [
    {},
    { articleId: ARTICLE, start: -1, end: 4, color: 'yellow' },
    { articleId: ARTICLE, start: 4, end: 4, color: 'yellow' },
    { articleId: ARTICLE, start: 0, end: 1e12, color: 'yellow' },
    { articleId: ARTICLE, start: 0, end: 10_000_000, color: 'yellow' },
    { articleId: ARTICLE, start: 0.5, end: 4, color: 'yellow' },
    { articleId: ARTICLE, start: '0', end: '4', color: 'yellow' },
    { articleId: ARTICLE, start: 0, end: 4, color: 'chartreuse' },
    { articleId: ARTICLE, start: 0, end: 4, color: 'yellow', note: TEN_MB },
    { articleId: 'no-such-article', start: 0, end: 4, color: 'yellow' },
  ],
  'annotations:update': [
    {},
    { id: 'missing', note: 'x' },
    { id: 'missing' },
    { id: 'missing', color: 1 },
  ],
  'annotations:delete': [{}, { id: 'missing' }, { id: ['a'] }],
  'annotations:reattach': [
    {},
    { id: 'missing', start: 0, end: 3 },
    { id: 'missing', start: 5, end: 1 },
  ],
  'annotations:restore': [{}, { annotation: {} }, { annotation: { id: 'x', articleId: ARTICLE } }],
  'export:markdown': [{ articleId: 'no-such-article' }, { articleId: 3 }],
  'settings:update': [{ fontSize: 2 }, { fontSize: '20' }, { theme: 'neon' }, { language: 'fr' }],
  'reading:get': [{}, { articleId: 'no-such-article' }],
  'reading:set': [
    {},
    { articleId: ARTICLE, offset: -5, progress: 0.1 },
    { articleId: ARTICLE, offset: 5, progress: 1.5 },
    { articleId: 'no-such-article', offset: 0, progress: 0 },
  ],
  'backup:import': [
    {},
    { json: '' },
    { json: 'not json' },
    { json: '{"hello": 1}' },
    { json: TEN_MB },
  ],
};

/** A fingerprint of every file in the data folder, to prove a refused request wrote nothing. */
function fingerprint(dir: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(dir, { recursive: true }).map(String).sort()) {
    hash.update(name);
    try {
      hash.update(readFileSync(path.join(dir, name)));
    } catch {
      // a folder
    }
  }
  return hash.digest('hex');
}

describe('every IPC channel refuses malformed payloads', () => {
  let yuedu: Yuedu;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'yuedu-fuzz-'));
    yuedu = await openYuedu({
      dataDir,
      seedsDir: SOURCE_LAYOUT.seedsDir,
      generatedDir: SOURCE_LAYOUT.generatedDir,
      systemLanguage: 'en',
      version: '0',
    });
    const made = await yuedu.dispatch('annotations:create', {
      articleId: ARTICLE,
      start: 10,
      end: 20,
      color: 'pink',
      note: '原来的笔记',
    });
    expect(made.ok).toBe(true);
  });

  const cases = CHANNELS.flatMap((channel) =>
    [...GENERIC, ...(SPECIFIC[channel] ?? [])].map((payload, index) => ({
      channel,
      payload,
      index,
    })),
  );

  it.each(cases)(
    '$channel #$index gets a typed error and writes nothing',
    async ({ channel, payload }) => {
      const before = fingerprint(dataDir);
      const result = await yuedu.dispatch(channel, payload);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(['invalid-payload', 'not-found', 'invalid-range', 'quote-not-found']).toContain(
          result.error.code,
        );
        expect(result.error.message.length).toBeGreaterThan(10);
        expect(result.error.message.length).toBeLessThan(600);
      }
      expect(fingerprint(dataDir)).toBe(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('keeps answering, with the data intact, after all of that', async () => {
    const list = await yuedu.dispatch('annotations:list', { articleId: ARTICLE });
    expect(list).toMatchObject({ ok: true, value: [{ color: 'pink', note: '原来的笔记' }] });
    const library = await yuedu.dispatch('library:list', {});
    expect(library.ok).toBe(true);
  });
});
