import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { planTerm, type PlanContext } from '../../../main/search/candidateQuery';
import { encodeHan } from '../../../main/search/termCodec';
import { WordTable } from '../../../main/search/wordTable';

function context(words: string[], terms: string[]): PlanContext {
  const table = new WordTable();
  table.addArticle(words);
  const present = new Set(terms.map((t) => encodeHan(t)));
  return { words: table, probe: { has: (term: string) => present.has(term) } as never };
}

describe('planTerm', () => {
  const ctx = context(['2020', 'g20'], ['大', '湾', '区', '大湾', '湾区', '粤', '剧', '粤剧']);

  it('asks for a one- or two-character Han term exactly, with no check needed', () => {
    expect(planTerm('湾区', ctx)).toMatchObject({
      query: { queries: [encodeHan('湾区')], combineWith: 'AND' },
      exact: true,
    });
    expect(planTerm('湾', ctx).exact).toBe(true);
  });

  it('asks for every bigram of a longer term and has the candidates checked', () => {
    const plan = planTerm('大湾区', ctx);
    expect(plan.query).toEqual({
      queries: [encodeHan('大湾'), encodeHan('湾区')],
      combineWith: 'AND',
    });
    expect(plan.exact).toBe(false);
  });

  it('expands a number to the index words containing it, and finds nothing for none', () => {
    expect(planTerm('20', ctx).query).toEqual({
      queries: [{ queries: ['2020', 'g20'], combineWith: 'OR' }],
      combineWith: 'AND',
    });
    expect(planTerm('99', ctx).query).toBeNull();
  });

  it('reads letters no text contains as pinyin, through the pairs that occur', () => {
    const plan = planTerm('yueju', ctx);
    expect(plan.term).toMatchObject({ kind: 'pinyin', sequences: ['粤剧'] });
    expect(plan.query).toMatchObject({ queries: [encodeHan('粤剧')], combineWith: 'OR' });
    expect(plan.exact).toBe(true);
  });

  it('gives a pinyin term whose characters never meet no candidates', () => {
    expect(planTerm('dahuqiao', ctx).query).toBeNull();
  });

  it('lets MiniSearch consider every article for a term it cannot narrow', () => {
    expect(planTerm('，', ctx).query).toBe(MiniSearch.wildcard);
  });
});
