import { describe, expect, it } from 'vitest';
import { findPinyin, pinyinSpellings } from '../../../main/search/pinyin';

const matches = (text: string, query: string) =>
  pinyinSpellings(query).flatMap((s) => {
    const ranges = findPinyin(text, s);
    const out: string[] = [];
    for (let i = 0; i < ranges.length; i += 2) out.push(text.slice(ranges[i], ranges[i + 1]));
    return out;
  });

describe('pinyinSpellings', () => {
  it('splits toneless pinyin into syllables, every way it can be read', () => {
    expect(pinyinSpellings('dawanqu')).toHaveLength(1);
    expect(pinyinSpellings('dawanqu')[0]!.map((s) => s.syllable)).toEqual(['da', 'wan', 'qu']);
    const yueju = pinyinSpellings('yueju').map((sp) => sp.map((s) => s.syllable).join('·'));
    expect(yueju).toContain('yue·ju');
  });

  it('needs at least two syllables, so one syllable does not match half the text', () => {
    expect(pinyinSpellings('shi')).toEqual([]);
    expect(pinyinSpellings('xian').map((sp) => sp.map((s) => s.syllable))).toEqual([['xi', 'an']]);
  });

  it('is empty for letters that are not pinyin, digits or capitals', () => {
    expect(pinyinSpellings('apec')).toEqual([]);
    expect(pinyinSpellings('g20')).toEqual([]);
    expect(pinyinSpellings('Yueju')).toEqual([]);
    expect(pinyinSpellings('')).toEqual([]);
    expect(pinyinSpellings('a'.repeat(200))).toEqual([]);
  });

  it('answers at once for long letter strings that almost parse', () => {
    const started = performance.now();
    expect(pinyinSpellings('ao'.repeat(23) + 'x')).toEqual([]);
    expect(pinyinSpellings('ao'.repeat(24)).length).toBeLessThanOrEqual(16);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('reads ü as v', () => {
    expect(matches('绿色发展', 'lvse')).toEqual(['绿色']);
  });
});

describe('findPinyin', () => {
  it('finds the characters a spelling reads, each occurrence', () => {
    expect(matches('粤港澳大湾区，大湾区', 'dawanqu')).toEqual(['大湾区', '大湾区']);
    expect(matches('他爱看粤剧。', 'yueju')).toEqual(['粤剧']);
  });

  it('accepts any reading of a polyphone', () => {
    expect(matches('银行', 'yinhang')).toEqual(['银行']);
    expect(matches('行走', 'xingzou')).toEqual(['行走']);
  });

  it('never matches syllables across punctuation or non-Han text', () => {
    expect(matches('大，湾区', 'dawanqu')).toEqual([]);
    expect(matches('大 湾区', 'dawanqu')).toEqual([]);
    expect(matches('大a湾区', 'dawanqu')).toEqual([]);
  });

  it('never matches characters whose readings are different syllables', () => {
    expect(matches('打完去', 'dawanqu')).toEqual(['打完去']);
    expect(matches('大湾趣', 'dawanqu')).toEqual(['大湾趣']);
    expect(matches('大湾路', 'dawanqu')).toEqual([]);
  });

  it('stops after max matches', () => {
    const spelling = pinyinSpellings('yueju')[0]!;
    expect(findPinyin('粤剧粤剧粤剧', spelling, 2)).toEqual([0, 2, 2, 4]);
  });
});
