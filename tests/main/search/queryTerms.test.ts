import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, capQuery, parseQuery } from '../../../main/search/queryTerms';

describe('parseQuery', () => {
  it('splits on any whitespace, including the ideographic space', () => {
    expect(parseQuery('  大湾区\t广州　德国 ')).toEqual(['大湾区', '广州', '德国']);
  });

  it('folds terms', () => {
    expect(parseQuery('ＡＰＥＣ G20')).toEqual(['apec', 'g20']);
  });

  it('keeps a quoted phrase as one term, with its inner whitespace collapsed', () => {
    expect(parseQuery('"New   York" 时报')).toEqual(['new york', '时报']);
  });

  it('treats an unclosed quote as a phrase running to the end', () => {
    expect(parseQuery('中国 "大湾 区')).toEqual(['中国', '大湾 区']);
  });

  it('drops repeated terms and terms without letters, digits or Han characters', () => {
    expect(parseQuery('广州 广州 ， 😀 "" ...')).toEqual(['广州']);
  });

  it('keeps punctuation inside a term, to be matched literally', () => {
    expect(parseQuery('开放、包容 a.*b')).toEqual(['开放、包容', 'a.*b']);
  });

  it('returns no terms for empty or whitespace-only queries', () => {
    expect(parseQuery('')).toEqual([]);
    expect(parseQuery(' \n\t　')).toEqual([]);
  });
});

describe('capQuery', () => {
  it('cuts long queries to MAX_QUERY_LENGTH', () => {
    expect(capQuery('字'.repeat(10_000))).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('does not leave half a surrogate pair at the cut', () => {
    const q = 'a'.repeat(MAX_QUERY_LENGTH - 1) + '𠀀';
    expect(capQuery(q)).toBe('a'.repeat(MAX_QUERY_LENGTH - 1));
  });

  it('leaves short queries alone', () => {
    expect(capQuery('大湾区')).toBe('大湾区');
  });
});
