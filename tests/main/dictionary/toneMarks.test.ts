import { describe, expect, it } from 'vitest';
import { numberedPinyin } from '../../../main/dictionary/numberedPinyin';
import { pinyinWithMarks, syllableWithMark } from '../../../main/dictionary/toneMarks';
import { toneOf } from '../../../main/dictionary/toneOf';

describe('tone marks', () => {
  it.each([
    ['hang2', 'háng'],
    ['ma5', 'ma'],
    ['lu:4', 'lǜ'],
    ['nv3', 'nǚ'],
    ['gou3', 'gǒu'],
    ['gui4', 'guì'],
    ['liu2', 'liú'],
    ['xue2', 'xué'],
    ['Zhong1', 'Zhōng'],
    ['r5', 'r'],
    ['m2', 'm'],
  ])('writes %s as %s', (numbered, marked) => {
    expect(syllableWithMark(numbered)).toBe(marked);
  });

  it('keeps what is not a syllable, such as letters and punctuation in a name', () => {
    expect(pinyinWithMarks('Ka3 la1 · O K')).toBe('Kǎ lā · O K');
  });

  it('reads the tone back from the mark, 5 for the neutral tone', () => {
    expect(['mā', 'má', 'mǎ', 'mà', 'ma', 'lǜ'].map(toneOf)).toEqual([1, 2, 3, 4, 5, 4]);
    expect(toneOf('')).toBe(0);
  });

  it('turns marks back into tone numbers', () => {
    expect(['háng', 'lǜ', 'de', ''].map(numberedPinyin)).toEqual(['hang2', 'lv4', 'de5', '']);
  });
});
