import { beforeAll, describe, expect, it } from 'vitest';
import type { Dictionary } from '../../../main/dictionary/dictionary';
import { parseEntryLine } from '../../../main/dictionary/dictionary';
import { loadTestDictionary } from './loadTestDictionary';

let dictionary: Dictionary;
beforeAll(async () => {
  dictionary = await loadTestDictionary();
}, 60_000);

describe('CC-CEDICT lookups', () => {
  it('answers the longest word first, then each next-shorter match', () => {
    const matches = dictionary.matchesAt('中华人民共和国成立了');
    expect(matches.map((m) => m.word)).toEqual(['中华人民共和国', '中华', '中']);
    expect(matches[0]!.entries[0]).toMatchObject({
      simplified: '中华人民共和国',
      traditional: '中華人民共和國',
      pinyinNumbers: 'Zhong1 hua2 Ren2 min2 Gong4 he2 guo2',
      pinyin: 'Zhōng huá Rén mín Gòng hé guó',
    });
    expect(matches[0]!.entries[0]!.definitions).toContain("People's Republic of China");
  });

  it('finds a word by its traditional form as well', () => {
    const [bank] = dictionary.matchesAt('銀行家');
    expect(bank?.word).toBe('銀行家');
    expect(dictionary.matchesAt('銀行')[0]!.entries[0]).toMatchObject({
      simplified: '银行',
      pinyin: 'yín háng',
    });
  });

  it('lists every entry of a polyphonic character', () => {
    const readings = dictionary.entries('行').map((entry) => entry.pinyinNumbers);
    expect(readings).toEqual(expect.arrayContaining(['hang2', 'xing2']));
  });

  it.each([
    ['punctuation', '，。！'],
    ['Latin letters', 'hello'],
    ['an emoji', '😀'],
    ['a lone high surrogate', '\uD800'],
    ['a lone low surrogate', '\uDC00中'],
    ['a character CC-CEDICT lacks', '𠀀'],
    ['an empty string', ''],
    ['10,000 Latin letters', 'x'.repeat(10_000)],
  ])('answers no entry (never an error) for %s', (_what, text) => {
    expect(dictionary.matchesAt(text)).toEqual([]);
  });

  it('reads only the start of a 10,000-character Chinese text', () => {
    const matches = dictionary.matchesAt('银行'.repeat(5_000));
    expect(matches[0]!.word.length).toBeLessThanOrEqual(32);
    expect(matches.map((m) => m.word)).toContain('银行');
  });

  it('splits a run into dictionary words by longest match', () => {
    expect(dictionary.wordsIn('赶考的学生', 5).map((m) => m.word)).toEqual(['赶考', '的', '学生']);
  });

  it('ranks common characters before rare ones', () => {
    expect(dictionary.rank('的')).toBe(1);
    expect(dictionary.rank('银')).toBeGreaterThan(dictionary.rank('的'));
    expect(dictionary.rank('a')).toBe(0);
  });
});

describe('a CC-CEDICT line', () => {
  it('parses into forms, tone marks and definitions', () => {
    expect(parseEntryLine('綠 绿 [lu:4] /green/')).toEqual({
      traditional: '綠',
      simplified: '绿',
      pinyinNumbers: 'lu:4',
      pinyin: 'lǜ',
      definitions: ['green'],
    });
  });

  it('is skipped when it does not have the format', () => {
    expect(parseEntryLine('# a comment')).toBeUndefined();
  });
});
