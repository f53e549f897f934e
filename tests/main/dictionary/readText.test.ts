import { beforeAll, describe, expect, it } from 'vitest';
import type { Dictionary } from '../../../main/dictionary/dictionary';
import { readText } from '../../../main/dictionary/readText';
import { loadTestDictionary } from './loadTestDictionary';

let dictionary: Dictionary;
beforeAll(async () => {
  dictionary = await loadTestDictionary();
}, 60_000);

const pinyinOf = (text: string) =>
  readText(text, dictionary)
    .map((reading) => reading.pinyin)
    .join(' ');

describe('pinyin in context', () => {
  it.each([
    ['银行', 'yín háng'],
    ['行长', 'háng zhǎng'],
    ['行走', 'xíng zǒu'],
    ['重庆', 'chóng qìng'],
    ['重要', 'zhòng yào'],
    ['还是', 'hái shi'],
    ['还钱', 'huán qián'],
    ['还款', 'huán kuǎn'],
    ['长大', 'zhǎng dà'],
    ['长城', 'cháng chéng'],
    ['音乐', 'yīn yuè'],
    ['快乐', 'kuài lè'],
    ['首都', 'shǒu dū'],
    ['都是', 'dōu shì'],
    ['睡觉', 'shuì jiào'],
    ['觉得', 'jué de'],
  ])('reads %s as %s', (word, expected) => {
    expect(pinyinOf(word)).toBe(expected);
  });

  it('reads the same character differently within one sentence', () => {
    const readings = readText('我去银行还钱，行长说他还是长大了。', dictionary);
    const at = (char: string, nth = 0) =>
      readings.filter((reading) => reading.char === char)[nth]!.pinyin;
    expect([at('行', 0), at('行', 1)]).toEqual(['háng', 'háng']);
    expect([at('还', 0), at('还', 1)]).toEqual(['huán', 'hái']);
    expect([at('长', 0), at('长', 1)]).toEqual(['zhǎng', 'zhǎng']);
  });

  it('keeps offsets on the text as given, surrogate pairs included', () => {
    const readings = readText('a😀中b', dictionary);
    expect(readings.map((r) => [r.offset, r.char, r.pinyin, r.tone])).toEqual([
      [0, 'a', '', 0],
      [1, '😀', '', 0],
      [3, '中', 'zhōng', 1],
      [4, 'b', '', 0],
    ]);
  });

  it('gives tones and frequency ranks with each reading', () => {
    const [de, hang] = readText('的行', dictionary);
    expect(de).toMatchObject({ tone: 5, rank: 1 });
    expect(hang).toMatchObject({ tone: 2 });
    expect(hang!.rank).toBeGreaterThan(1);
  });

  it('reads text with no Chinese at all without readings', () => {
    expect(readText('hello, 😀 \uD800!', dictionary).every((r) => r.pinyin === '')).toBe(true);
  });
});
