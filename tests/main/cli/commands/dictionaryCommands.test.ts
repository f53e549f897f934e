import { describe, expect, it } from 'vitest';
import { lookupCommand, pinyinCommand } from '../../../../main/cli/commands/dictionaryCommands';
import { showCommand } from '../../../../main/cli/commands/readingCommands';
import { captureIo, openForCommand } from './commandHarness';

const ARTICLE = 'greater-bay-area-friends';

describe('yuedu lookup', () => {
  it('prints every entry as JSON, longest match first, in both pinyin spellings', async () => {
    const { yuedu, dataDir } = await openForCommand();
    const io = captureIo(dataDir);
    await lookupCommand(yuedu, io, true, '长城');
    const entries = JSON.parse(io.out) as Array<Record<string, unknown>>;
    expect(entries[0]).toMatchObject({
      word: '长城',
      simplified: '长城',
      traditional: '長城',
      pinyin: 'Cháng chéng',
      pinyinNumbers: 'Chang2 cheng2',
    });
    expect(entries.map((entry) => entry.word)).toEqual(expect.arrayContaining(['长城', '长']));
    expect(entries.findIndex((e) => e.word === '长')).toBeGreaterThan(
      entries.findIndex((e) => e.word === '长城'),
    );
  }, 60_000);

  it('says "No entry" for text that is no word, however long', async () => {
    const { yuedu, dataDir } = await openForCommand();
    const io = captureIo(dataDir);
    await lookupCommand(yuedu, io, false, '😀'.repeat(5_000));
    expect(io.out).toMatch(/^No entry for ".{1,50}"\.\n$/u);
    const json = captureIo(dataDir);
    await lookupCommand(yuedu, json, true, '，');
    expect(JSON.parse(json.out)).toEqual([]);
  }, 60_000);
});

describe('yuedu pinyin', () => {
  it('reads polyphones in context, per character in JSON', async () => {
    const { yuedu, dataDir } = await openForCommand();
    const io = captureIo(dataDir);
    await pinyinCommand(yuedu, io, true, '去银行还钱');
    expect(JSON.parse(io.out)).toEqual([
      { offset: 0, char: '去', pinyin: 'qù', pinyinNumbers: 'qu4', tone: 4 },
      { offset: 1, char: '银', pinyin: 'yín', pinyinNumbers: 'yin2', tone: 2 },
      { offset: 2, char: '行', pinyin: 'háng', pinyinNumbers: 'hang2', tone: 2 },
      { offset: 3, char: '还', pinyin: 'huán', pinyinNumbers: 'huan2', tone: 2 },
      { offset: 4, char: '钱', pinyin: 'qián', pinyinNumbers: 'qian2', tone: 2 },
    ]);
    const plain = captureIo(dataDir);
    await pinyinCommand(yuedu, plain, false, '行长，你好');
    expect(plain.out).toBe('háng zhǎng，nǐ hǎo\n');
  }, 60_000);
});

describe('yuedu show --pinyin', () => {
  it("puts each block's pinyin with offsets on the article's text", async () => {
    const { yuedu, dataDir } = await openForCommand();
    const io = captureIo(dataDir);
    await showCommand(yuedu, io, true, ARTICLE, true);
    const shown = JSON.parse(io.out) as {
      blocks: Array<{
        text: string;
        start: number;
        pinyin: Array<{ offset: number; char: string; pinyin: string }>;
      }>;
    };
    for (const block of shown.blocks) {
      for (const reading of block.pinyin) {
        expect(block.text.slice(reading.offset - block.start).startsWith(reading.char)).toBe(true);
      }
    }
    const plain = captureIo(dataDir);
    await showCommand(yuedu, plain, false, ARTICLE, true);
    expect(plain.out).toContain('dà wān qū');
  }, 60_000);
});

describe('dictionary words in search', () => {
  it('finds the Chinese words of a question, and nothing for a query without Chinese', async () => {
    const { yuedu } = await openForCommand();
    const found = await yuedu.dispatch('dictionary:search', { query: 'what does 赶考 mean' });
    expect(found).toMatchObject({ ok: true, value: [{ word: '赶考' }] });
    const none = await yuedu.dispatch('dictionary:search', { query: 'harbour 😀' });
    expect(none).toEqual({ ok: true, value: [] });
  }, 60_000);
});
