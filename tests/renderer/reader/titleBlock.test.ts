import { describe, expect, it } from 'vitest';
import { titleBlockIndex } from '../../../renderer/reader/titleBlock';
import { makeArticle } from '../fakeYuedu';

describe('titleBlockIndex', () => {
  it('finds an opening heading that says the title (a .txt first line, a Markdown # heading)', () => {
    const txt = makeArticle('a', '江南春色', [
      ['heading', '江南春色'],
      ['paragraph', '三月的江南。'],
    ]);
    expect(titleBlockIndex(txt)).toBe(0);
    const md = makeArticle('b', '标题', [
      ['heading', '# 标题'],
      ['paragraph', '正文。'],
    ]);
    expect(titleBlockIndex(md)).toBe(0);
  });

  it('keeps a first heading that differs from the title, and a first paragraph', () => {
    const differs = makeArticle('c', '短标题', [
      ['heading', '一个更长的标题'],
      ['paragraph', '正文。'],
    ]);
    expect(titleBlockIndex(differs)).toBe(-1);
    const paragraph = makeArticle('d', '正文', [['paragraph', '正文']]);
    expect(titleBlockIndex(paragraph)).toBe(-1);
  });
});
