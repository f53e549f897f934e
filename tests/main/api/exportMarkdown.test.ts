import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openYuedu } from '../../../main/api/openYuedu';
import { SOURCE_LAYOUT } from '../../../main/paths/projectPaths';

const open = (systemLanguage: 'en' | 'zh') =>
  openYuedu({
    dataDir: mkdtempSync(path.join(os.tmpdir(), 'yuedu-export-')),
    seedsDir: SOURCE_LAYOUT.seedsDir,
    generatedDir: SOURCE_LAYOUT.generatedDir,
    systemLanguage,
    version: '0',
  });

describe('export:markdown', () => {
  it('refuses an export with no highlights, saying so, instead of writing an empty file', async () => {
    const yuedu = await open('en');
    expect(await yuedu.dispatch('export:markdown', { articleId: 'road-to-the-exam' })).toEqual({
      ok: false,
      error: {
        code: 'nothing-to-export',
        message:
          'The article road-to-the-exam has no highlights yet, so there is nothing to export.',
      },
    });
    expect(await yuedu.dispatch('export:markdown', {})).toMatchObject({
      ok: false,
      error: { code: 'nothing-to-export' },
    });
    await yuedu.close();
  });

  it("reports how many highlights it exported, labelled in the user's language", async () => {
    const yuedu = await open('zh');
    await yuedu.dispatch('annotations:create', {
      articleId: 'road-to-the-exam',
      start: 0,
      end: 5,
      color: 'green',
    });
    const chinese = await yuedu.dispatch('export:markdown', { articleId: 'road-to-the-exam' });
    expect(chinese).toMatchObject({ ok: true, value: { highlights: 1 } });
    const markdown = chinese.ok ? (chinese.value as { markdown: string }).markdown : '';
    expect(markdown).toContain('- 颜色: 绿色');

    await yuedu.dispatch('settings:update', { language: 'en' });
    const english = await yuedu.dispatch('export:markdown', {});
    expect(english.ok && (english.value as { markdown: string }).markdown).toContain(
      '- Colour: green',
    );
    await yuedu.close();
  });
});
