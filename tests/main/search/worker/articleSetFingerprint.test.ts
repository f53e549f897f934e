import { describe, expect, it } from 'vitest';
import { articleSetFingerprint } from '../../../../main/search/worker/articleSetFingerprint';
import { makeArticle, seedLibrary } from '../seedLibrary';

describe('articleSetFingerprint', () => {
  it('is the same for the same articles in any order', () => {
    const articles = seedLibrary(6);
    expect(articleSetFingerprint([...articles].reverse())).toBe(articleSetFingerprint(articles));
  });

  it('changes when an article is added, removed, retitled or its text changes', () => {
    const articles = seedLibrary(6);
    const base = articleSetFingerprint(articles);
    const [first, ...rest] = articles;
    const variants = [
      [...articles, makeArticle('new', '新文章', ['新的内容'])],
      rest,
      [{ ...first!, title: first!.title + '！' }, ...rest],
      [{ ...first!, text: first!.text + '。' }, ...rest],
    ];
    for (const variant of variants) expect(articleSetFingerprint(variant)).not.toBe(base);
  });

  it('does not confuse where one field ends and the next begins', () => {
    const a = makeArticle('x', '大湾', ['区的发展']);
    const b = makeArticle('x', '大湾区', ['的发展']);
    expect(articleSetFingerprint([a])).not.toBe(articleSetFingerprint([b]));
  });
});
