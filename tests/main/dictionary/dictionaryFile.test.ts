import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dictionary } from '../../../main/dictionary/dictionary';
import {
  DICTIONARY_FILE,
  decodeDictionaryFile,
  encodeDictionaryFile,
  readDictionaryFile,
} from '../../../main/dictionary/dictionaryFile';

const header = { source: 'CC-CEDICT test', licence: 'CC BY-SA 4.0', frequency: '的一是' };
// Out of order on purpose, with a character outside the BMP and a traditional form that differs.
const lines = [
  '銀行 银行 [yin2 hang2] /bank/',
  '𠀀 𠀀 [qiu1] /variant of 丘/',
  '行 行 [xing2] /to walk/',
  '行 行 [hang2] /row/',
  '銀 银 [yin2] /silver/',
  '中國 中国 [Zhong1 guo2] /China/',
];

function dictionaryOf(bytes: Buffer): Dictionary {
  return new Dictionary(decodeDictionaryFile(bytes));
}

describe('the dictionary file', () => {
  it('reads back every entry it was built from, by either headword', () => {
    const dictionary = dictionaryOf(encodeDictionaryFile(header, lines));
    expect(dictionary.file).toMatchObject(header);
    expect(dictionary.matchesAt('銀行家').map((m) => m.word)).toEqual(['銀行', '銀']);
    expect(dictionary.matchesAt('银行').map((m) => m.word)).toEqual(['银行', '银']);
    expect(dictionary.entries('𠀀')[0]).toMatchObject({ pinyinNumbers: 'qiu1' });
    expect(dictionary.matchesAt('中国人')[0]!.entries[0]!.definitions).toEqual(['China']);
  });

  it("keeps CC-CEDICT's order among entries of one headword", () => {
    const dictionary = dictionaryOf(encodeDictionaryFile(header, lines));
    expect(dictionary.entries('行').map((entry) => entry.pinyinNumbers)).toEqual([
      'xing2',
      'hang2',
    ]);
  });

  it('measures a longest match in UTF-16 units, surrogate pairs whole', () => {
    const dictionary = dictionaryOf(encodeDictionaryFile(header, lines));
    expect(dictionary.longestAt('a𠀀b', 1)).toBe(2);
    expect(dictionary.longestAt('a\uD840b', 1)).toBe(0);
  });

  it.each([
    ['is empty', () => Buffer.alloc(0)],
    ['has another format', () => Buffer.from('{"entries":""}')],
    ['is cut short', (bytes: Buffer) => bytes.subarray(0, bytes.length - 10)],
    ['has bytes added', (bytes: Buffer) => Buffer.concat([bytes, Buffer.from('x')])],
    [
      'has a broken line index',
      (bytes: Buffer) => {
        const copy = Buffer.from(bytes);
        const indexAt = 20 + copy.readUInt32LE(8);
        copy.writeUInt32LE(0xffffff, indexAt + 8);
        return copy;
      },
    ],
  ])('is refused with a clear message when it %s', async (_what, damage) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'yuedu-dictionary-'));
    writeFileSync(path.join(dir, DICTIONARY_FILE), damage(encodeDictionaryFile(header, lines)));
    await expect(readDictionaryFile(dir)).rejects.toMatchObject({
      code: 'storage',
      message: expect.stringMatching(/damaged.*build:dictionary/),
    });
  });

  it('says how to build it when it is missing', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'yuedu-dictionary-'));
    await expect(readDictionaryFile(dir)).rejects.toMatchObject({ code: 'not-found' });
  });
});
