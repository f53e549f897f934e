import { describe, expect, it } from 'vitest';
import { cloneJson, sameJson } from '../../../main/store/jsonValues';

describe('cloneJson', () => {
  it('makes a deep, writable copy of frozen data', () => {
    const original = Object.freeze({ a: Object.freeze([1, Object.freeze({ b: '汉字' })]) });
    const copy = cloneJson(original);
    expect(copy).toEqual(original);
    expect(copy.a).not.toBe(original.a);
    expect(Object.isFrozen(copy.a[1])).toBe(false);
  });

  it('copies a "__proto__" key as a key, without touching the prototype', () => {
    const original = JSON.parse('{"__proto__": {"polluted": true}}');
    const copy = cloneJson(original);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('sameJson', () => {
  it.each([
    [{ a: 1, b: [1, '二'] }, { b: [1, '二'], a: 1 }, true],
    [{ a: 1 }, { a: 1, b: undefined }, false],
    [{ a: [1, 2] }, { a: [1, 2, 3] }, false],
    [{ a: '1' }, { a: 1 }, false],
    [[], {}, false],
    [{ a: null }, { a: {} }, false],
    [{ a: new Date(0) }, { a: {} }, false],
  ])('compares %j with %j: %s', (a, b, expected) => {
    expect(sameJson(a, b)).toBe(expected);
  });
});
