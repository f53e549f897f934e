import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { vocabCommand } from '../../../../main/cli/commands/vocabularyCommands';
import { openStore } from '../../../../main/store/store';
import { STORE_FILES } from '../../../../main/store/storeData';
import type { VocabularyEntry } from '../../../../shared/model/vocabulary';
import { captureIo, openForCommand, tempDir } from './commandHarness';

const ARTICLE = 'greater-bay-area-friends';

describe('yuedu vocab', () => {
  it('adds a word with pinyin, definition and its sentence, lists it and exports it for Anki', async () => {
    const { yuedu, dataDir } = await openForCommand();
    const added = captureIo(dataDir);
    await vocabCommand(yuedu, added, true, {
      command: 'vocab',
      action: 'add',
      word: '大湾区',
      articleId: ARTICLE,
    });
    const entry = JSON.parse(added.out) as VocabularyEntry;
    expect(entry).toMatchObject({ word: '大湾区', traditional: '大灣區', articleId: ARTICLE });
    expect(entry.pinyin.toLowerCase()).toBe('dà wān qū');
    expect(entry.definitions[0]).toMatch(/Greater Bay Area/);
    expect(entry.sentence).toContain('大湾区');
    expect(entry.sentence.length).toBeLessThan(200);

    const listed = captureIo(dataDir);
    await vocabCommand(yuedu, listed, true, { command: 'vocab', action: 'list' });
    expect(JSON.parse(listed.out)).toEqual([entry]);

    const out = path.join(dataDir, 'vocabulary.txt');
    const exported = captureIo(dataDir);
    await vocabCommand(yuedu, exported, false, {
      command: 'vocab',
      action: 'export',
      format: 'anki',
      out,
    });
    const notes = (await readFile(out, 'utf8')).split('\n').filter((l) => l && !l.startsWith('#'));
    expect(notes).toHaveLength(1);
    expect(notes[0]!.split('\t').length).toBeGreaterThanOrEqual(3);
  }, 60_000);

  it('refuses a word that is not in the article or not in the dictionary, saving nothing', async () => {
    const { yuedu } = await openForCommand();
    for (const word of ['火星人', 'xyz']) {
      const result = await yuedu.dispatch('vocabulary:add', { word, articleId: ARTICLE });
      expect(result.ok).toBe(false);
    }
    const listed = await yuedu.dispatch('vocabulary:list', {});
    expect(listed).toEqual({ ok: true, value: [] });
  }, 60_000);

  it('reports a damaged vocabulary entry like any other damage to the data file', async () => {
    const dir = tempDir('vocab-damage');
    const store = await openStore(dir);
    await store.update((data) => {
      data.vocabulary.push({
        id: 'v1',
        word: '银行',
        traditional: '銀行',
        pinyin: 'yín háng',
        definitions: ['bank'],
        sentence: '银行',
        articleId: ARTICLE,
        offset: 0,
        added: '2026-01-01T00:00:00.000Z',
      });
    });
    const file = path.join(dir, STORE_FILES.data);
    const damaged = (await readFile(file, 'utf8')).replace('"offset": 0', '"offset": -3');
    expect(damaged).toContain('"offset": -3');
    await writeFile(file, damaged);
    const reopened = await openStore(dir);
    expect(reopened.notices.join(' ')).toMatch(/damaged|could not be read|restored/i);
  });
});
