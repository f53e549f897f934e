import { describe, expect, it } from 'vitest';
import { candidateQuery } from '../../../main/search/candidateQuery';
import { encodeTerm } from '../../../main/search/termCodec';

const words = ['2020', '5g', 'apec', 'g20'];

describe('candidateQuery', () => {
  it('looks up Han bigrams exactly and ANDs all tokens', () => {
    expect(candidateQuery(['大湾区'], words)).toEqual({
      kind: 'query',
      query: { combineWith: 'AND', queries: [encodeTerm('大湾'), encodeTerm('湾区')] },
    });
  });

  it('looks up a single Han character by prefix', () => {
    expect(candidateQuery(['湾'], words)).toEqual({
      kind: 'query',
      query: { combineWith: 'AND', queries: [{ queries: [encodeTerm('湾')], prefix: true }] },
    });
  });

  it('expands a word or number to the index words containing it', () => {
    expect(candidateQuery(['20'], words)).toEqual({
      kind: 'query',
      query: { combineWith: 'AND', queries: [{ queries: ['2020', 'g20'], combineWith: 'OR' }] },
    });
  });

  it('knows nothing can match when a word occurs in no index word', () => {
    expect(candidateQuery(['大湾区', 'xyz'], words)).toEqual({ kind: 'none' });
  });

  it('asks for every article when every token is too broad to narrow the search', () => {
    const many = Array.from({ length: 300 }, (_, i) => `a${i}`);
    expect(candidateQuery(['a'], many)).toEqual({ kind: 'all' });
  });

  it('uses each token once across terms', () => {
    expect(candidateQuery(['广州', '广州市'], words)).toEqual({
      kind: 'query',
      query: { combineWith: 'AND', queries: [encodeTerm('广州'), encodeTerm('州市')] },
    });
  });
});
