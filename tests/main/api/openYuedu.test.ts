import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openYuedu } from '../../../main/api/openYuedu';
import { SOURCE_LAYOUT } from '../../../main/paths/projectPaths';

const tempDir = (name: string) => mkdtempSync(path.join(os.tmpdir(), `yuedu-${name}-`));

describe('openYuedu', () => {
  it('serves the seeds and searches even when no build output exists yet', async () => {
    const yuedu = await openYuedu({
      dataDir: tempDir('data'),
      seedsDir: SOURCE_LAYOUT.seedsDir,
      generatedDir: tempDir('empty-generated'),
      systemLanguage: 'zh',
      version: '1.2.3',
    });
    const list = await yuedu.dispatch('library:list', {});
    expect(list.ok && (list.value as unknown[]).length).toBe(5);
    const hits = await yuedu.dispatch('search:query', { query: '进博会' });
    expect(hits.ok && (hits.value as Array<{ articleId: string }>)[0]?.articleId).toBe(
      'ciie-opening-up',
    );
    expect(await yuedu.dispatch('app:info', {})).toEqual({
      ok: true,
      value: { version: '1.2.3', systemLanguage: 'zh' },
    });
    await yuedu.close();
  });

  it('keeps highlights in the data folder across openings', async () => {
    const options = {
      dataDir: tempDir('data'),
      seedsDir: SOURCE_LAYOUT.seedsDir,
      generatedDir: SOURCE_LAYOUT.generatedDir,
      systemLanguage: 'en' as const,
      version: '0',
    };
    const first = await openYuedu(options);
    const made = await first.dispatch('annotations:create', {
      articleId: 'road-to-the-exam',
      start: 0,
      end: 5,
      color: 'blue',
      note: '新年',
    });
    expect(made.ok).toBe(true);
    await first.close();
    const second = await openYuedu(options);
    const listed = await second.dispatch('annotations:list', { articleId: 'road-to-the-exam' });
    expect(listed).toMatchObject({ ok: true, value: [{ color: 'blue', note: '新年' }] });
    const library = await second.dispatch('library:list', {});
    const counts = library.ok
      ? (library.value as Array<{ id: string; highlights: number }>).map((a) => [
          a.id,
          a.highlights,
        ])
      : [];
    expect(counts).toContainEqual(['road-to-the-exam', 1]);
    expect(counts.filter(([, count]) => count === 0)).toHaveLength(counts.length - 1);
  });

  it('tells the user once that a damaged data file was set aside', async () => {
    const dataDir = tempDir('data');
    writeFileSync(path.join(dataDir, 'yuedu-data.json'), '{"schemaVersion": 1, "annot');
    const yuedu = await openYuedu({
      dataDir,
      seedsDir: SOURCE_LAYOUT.seedsDir,
      generatedDir: SOURCE_LAYOUT.generatedDir,
      systemLanguage: 'en',
      version: '0',
    });
    const first = await yuedu.dispatch('app:notices', {});
    expect(first.ok && first.value).toEqual([
      expect.stringMatching(/damaged.*yuedu-data\.corrupt-/s),
    ]);
    expect(await yuedu.dispatch('app:notices', {})).toEqual({ ok: true, value: [] });
  });
});
