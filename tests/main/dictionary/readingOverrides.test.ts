import { describe, expect, it } from 'vitest';
import { particleReading, READING_OVERRIDES } from '../../../main/dictionary/readingOverrides';

describe('a standalone 得 or 地 read from its neighbours', () => {
  it.each([
    ['得', '我', '走', 'děi'],
    ['得', '他们', '去', 'děi'],
    ['得', '就', '买', 'děi'],
    ['得', '说', '对', 'de'],
    ['得', '跑', '很', 'de'],
    ['地', '慢慢', '走', 'de'],
    ['地', '高兴', '说', 'de'],
  ])('reads %s after %s and before %s as %s', (char, before, after, expected) => {
    expect(particleReading(char, before, after)).toBe(expected);
  });

  it.each([
    ['得 as a full verb before 了', '得', '他', '了'],
    ['得 at the start of a clause', '得', '', '到'],
    ['得 before punctuation', '得', '我', '，'],
    ['地 after a measure word (a piece of land)', '地', '块', '很'],
    ['地 at the end of a clause', '地', '满', '。'],
    ['another character', '的', '我', '书'],
  ])('leaves the reading alone for %s', (_what, char, before, after) => {
    expect(particleReading(char, before, after)).toBeUndefined();
  });
});

describe('the override table', () => {
  it('gives every key one syllable per character', () => {
    for (const [key, reading] of READING_OVERRIDES) {
      expect(reading.split(' '), key).toHaveLength(Array.from(key).length);
    }
  });
});
