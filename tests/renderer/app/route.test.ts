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
});
