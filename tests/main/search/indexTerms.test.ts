import { describe, expect, it } from 'vitest';
import { indexTerms } from '../../../main/search/indexTerms';
import { encodeHan } from '../../../main/search/termCodec';
import { tokenize } from '../../../main/search/tokenize';

describe('indexTerms', () => {
  it('stores every Han character and every adjacent pair, encoded', () => {
    expect(indexTerms('大湾区').terms).toEqual(
      ['大', '湾', '大湾', '区', '湾区'].map((t) => encodeHan(t)),
    );
  });

  it('keeps word runs whole and lists them as words', () => {
    const { terms, words } = indexTerms('5g网络，g20');
    expect(terms).toEqual(['5g', encodeHan('网'), encodeHan('络'), encodeHan('网络'), 'g20']);
    expect(words).toEqual(['5g', 'g20']);
  });

  it('never pairs characters across punctuation or words', () => {
    const { terms } = indexTerms('大，湾a区');
    expect(terms).not.toContain(encodeHan('大湾'));
    expect(terms).not.toContain(encodeHan('湾区'));
  });

  it('cuts text where tokenize does, CJK Extension B included', () => {
    const text = '出席apec会议的𠀀𠀁两国';
    const bigramsAndWords = indexTerms(text).terms.filter((t) => t.length !== 5);
    expect(bigramsAndWords).toEqual(
      tokenize(text)
        .filter((t) => [...t].length !== 1 || /[a-z0-9]/.test(t))
        .map((t) => (/[a-z0-9]/.test(t) ? t : encodeHan(t))),
    );
  });

  it('gives nothing for text without letters, digits or Han characters', () => {
    expect(indexTerms('，。😀 \uD800')).toEqual({ terms: [], words: [] });
  });
});
