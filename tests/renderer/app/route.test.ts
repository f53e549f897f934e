import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute } from '../../../renderer/app/route';

describe('route', () => {
  it('treats an empty or unknown hash as the library', () => {
    expect(parseRoute('')).toEqual({ view: 'library' });
    expect(parseRoute('#/nowhere')).toEqual({ view: 'library' });
  });

  it('round-trips an article route with and without a search hit', () => {
    const plain = { view: 'article', id: 'a b/c', hit: null } as const;
    const atHit = { view: 'article', id: 'x1', hit: { start: 10, end: 14 } } as const;
    expect(parseRoute(formatRoute(plain))).toEqual(plain);
    expect(parseRoute(formatRoute(atHit))).toEqual(atHit);
  });

  it('drops an empty hit range', () => {
    expect(parseRoute('#/article/x/hit/5-5')).toEqual({ view: 'article', id: 'x', hit: null });
  });

  it('carries the search query after the hit, in Chinese, and reads it back', () => {
    const route = {
      view: 'article',
      id: 'x1',
      hit: { start: 3, end: 6 },
      query: '大湾区 "5G"',
    } as const;
    const hash = formatRoute(route);
    expect(hash).toMatch(/^#\/article\/x1\/hit\/3-6\?q=/);
    expect(parseRoute(hash)).toEqual(route);
    expect(parseRoute('#/article/x1?q=%E7%B2%A4%E5%89%A7')).toEqual({
      view: 'article',
      id: 'x1',
      hit: null,
      query: '粤剧',
    });
  });

  it('round-trips the highlight to reveal, spelt annotation/ and still read as note/', () => {
    const route = { view: 'article', id: 'x1', hit: null, note: 'ann/1?' } as const;
    expect(formatRoute(route)).toBe('#/article/x1/annotation/ann%2F1%3F');
    expect(parseRoute(formatRoute(route))).toEqual(route);
    expect(parseRoute('#/article/x1/note/n1')).toEqual({
      view: 'article',
      id: 'x1',
      hit: null,
      note: 'n1',
    });
  });

  it('ignores an empty query', () => {
    expect(parseRoute('#/article/x1/hit/1-2?q=')).toEqual({
      view: 'article',
      id: 'x1',
      hit: { start: 1, end: 2 },
    });
  });
});
