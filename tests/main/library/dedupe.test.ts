import { describe, expect, it } from 'vitest';
import { dedupeArticles } from '../../../main/library/dedupe';

describe('dedupeArticles', () => {
  it('keeps the first of articles whose text differs only in whitespace', () => {
    const articles = [
      { text: '甲。\n乙。', n: 1 },
      { text: '丙。', n: 2 },
      { text: '甲。  \n\n乙。', n: 3 },
    ];
    expect(dedupeArticles(articles).map((a) => a.n)).toEqual([1, 2]);
  });

  it('keeps articles that differ in visible text', () => {
    expect(dedupeArticles([{ text: '韩硕' }, { text: '韩 硕' }])).toHaveLength(2);
  });
});
