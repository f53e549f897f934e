import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/model/annotation';
import { isWellFormedAnnotation } from '../../../main/store/quickAnnotationCheck';
import { annotationSchema } from '../../../main/store/schema';
import { sampleAnnotation } from './helpers';

type Loose = Record<string, unknown>;
const loose = (value: object) => value as unknown as Loose;

/** Every way one field can go wrong, applied to a JSON copy of a valid annotation. */
const variants: Array<[string, (a: Loose & Annotation) => void]> = [
  ['an empty id', (a) => void (a.id = '')],
  ['a numeric id', (a) => void (loose(a).id = 7)],
  ['an empty article id', (a) => void (a.articleId = '')],
  ['a missing note', (a) => void delete loose(a).note],
  ['a null note', (a) => void (loose(a).note = null)],
  ['an extra key', (a) => void (loose(a).extra = 1)],
  [
    'an own __proto__ key',
    (a) => void Object.defineProperty(a, '__proto__', { value: {}, enumerable: true }),
  ],
  ['an unknown colour', (a) => void (loose(a).color = 'red')],
  ['a creator without id', (a) => void (loose(a).creator = { name: 'x' })],
  ['a creator with an empty id', (a) => void (a.creator.id = '')],
  ['a creator with an extra key', (a) => void (loose(a.creator).mail = 'x')],
  ['a creator that is an array', (a) => void (loose(a).creator = ['u', 'n'])],
  ['a date without time zone', (a) => void (a.created = '2025-01-02T03:04:05')],
  ['a date on 30 February', (a) => void (a.modified = '2025-02-30T03:04:05.000Z')],
  ['a date with an offset', (a) => void (a.modified = '2025-01-02T03:04:05+08:00')],
  ['a date of 29 February in a leap year', (a) => void (a.created = '2024-02-29T00:00:00Z')],
  ['a word for a date', (a) => void (a.created = 'yesterday')],
  ['a negative start', (a) => void (a.target.position.start = -1)],
  ['a fractional end', (a) => void (a.target.position.end = 15.5)],
  ['an end beyond safe integers', (a) => void (a.target.position.end = 2 ** 60)],
  ['a string offset', (a) => void (loose(a.target.position).start = '10')],
  ['an empty range', (a) => void (a.target.position.end = a.target.position.start)],
  ['a unit other than utf16', (a) => void (loose(a.target.position).unit = 'codepoint')],
  ['a quote of the wrong length', (a) => void (a.target.quote.exact = '人')],
  ['a missing prefix', (a) => void delete loose(a.target.quote).prefix],
  ['a target with an extra selector', (a) => void (loose(a.target).css = 'p')],
  ['a null target', (a) => void (loose(a).target = null)],
];

const jsonCopy = (value: unknown) => JSON.parse(JSON.stringify(value)) as Loose & Annotation;

describe('isWellFormedAnnotation', () => {
  it('accepts an annotation as written to disk', () => {
    expect(isWellFormedAnnotation(jsonCopy(sampleAnnotation(1)))).toBe(true);
  });

  it.each(variants)('never accepts what the schema rejects: %s', (_, change) => {
    const annotation = jsonCopy(sampleAnnotation(2));
    change(annotation);
    const schemaAccepts = annotationSchema.safeParse(annotation).success;
    if (!schemaAccepts) expect(isWellFormedAnnotation(annotation)).toBe(false);
    else expect(annotationSchema.parse(annotation)).toEqual(annotation);
  });

  it('agrees with the schema on the valid variants, so the shortcut is taken for them', () => {
    const valid = variants.filter(([, change]) => {
      const annotation = jsonCopy(sampleAnnotation(3));
      change(annotation);
      return annotationSchema.safeParse(annotation).success;
    });
    expect(valid.map(([name]) => name).sort()).toEqual([
      'a date of 29 February in a leap year',
      'a date with an offset',
    ]);
    for (const [, change] of valid) {
      const annotation = jsonCopy(sampleAnnotation(3));
      change(annotation);
      expect(isWellFormedAnnotation(annotation)).toBe(true);
    }
  });
});
