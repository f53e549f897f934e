import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../main/search/tokenize';

describe('tokenize', () => {
  it('splits a Han run into overlapping bigrams', () => {
    expect(tokenize('粤港澳大湾区')).toEqual(['粤港', '港澳', '澳大', '大湾', '湾区']);
  });

  it('keeps a lone Han character between non-Han characters as a unigram', () => {
    expect(tokenize('在APEC会')).toEqual(['在', 'apec', '会']);
    expect(tokenize('中')).toEqual(['中']);
  });

  it('yields Latin words and numbers, lowercased', () => {
    expect(tokenize('Hello World 2021')).toEqual(['hello', 'world', '2021']);
  });

  it('keeps mixed letter-digit terms whole: 5G, G20, 3GPP, APEC', () => {
    expect(tokenize('5G网络、G20峰会、3GPP与APEC')).toEqual([
      '5g',
      '网络',
      'g20',
      '峰会',
      '3gpp',
      '与',
      'apec',
    ]);
  });

  it('folds full-width letters and digits first', () => {
    expect(tokenize('ＡＰＥＣ４次')).toEqual(['apec4', '次']);
    expect(tokenize('ＡＰＥＣ ４次')).toEqual(['apec', '4', '次']);
  });

  it('treats a CJK Extension B surrogate pair as one character', () => {
    expect(tokenize('𠀀𠀁字')).toEqual(['𠀀𠀁', '𠀁字']);
    expect(tokenize('a𠀀b')).toEqual(['a', '𠀀', 'b']);
  });

  it('splits runs at punctuation, spaces, emoji and lone surrogates', () => {
    expect(tokenize('开放、包容，创新。')).toEqual(['开放', '包容', '创新']);
    expect(tokenize('中国😀发展')).toEqual(['中国', '发展']);
    expect(tokenize('中\uD800国')).toEqual(['中', '国']);
    expect(tokenize('don’t stop-now')).toEqual(['don', 't', 'stop', 'now']);
  });

  it('yields nothing for punctuation, emoji or empty text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('，。！？“”……😀 \n')).toEqual([]);
  });
});
