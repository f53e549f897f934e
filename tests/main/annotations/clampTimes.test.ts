import { describe, expect, it } from 'vitest';
import {
  clampAnnotationTimes,
  clampReadingPositionTime,
} from '../../../main/annotations/clampTimes';
import { sampleAnnotation } from '../store/helpers';

const now = new Date('2026-06-01T12:00:00.000Z');

describe('clampAnnotationTimes', () => {
  it('leaves dates up to now as they are, returning the same object', () => {
    const annotation = { ...sampleAnnotation(1), modified: now.toISOString() };
    expect(clampAnnotationTimes(annotation, now)).toBe(annotation);
  });

  it('brings a future modified back to now and keeps created no later than it', () => {
    const future = {
      ...sampleAnnotation(1),
      created: '2030-01-01T00:00:00.000Z',
      modified: '2031-01-01T00:00:00.000Z',
    };
    expect(clampAnnotationTimes(future, now)).toMatchObject({
      created: now.toISOString(),
      modified: now.toISOString(),
    });
  });

  it('keeps a past created when only modified is in the future', () => {
    const annotation = { ...sampleAnnotation(1), modified: '2031-01-01T00:00:00+08:00' };
    expect(clampAnnotationTimes(annotation, now)).toMatchObject({
      created: annotation.created,
      modified: now.toISOString(),
    });
  });

  it('pulls a created later than modified back to modified', () => {
    const annotation = {
      ...sampleAnnotation(1),
      created: '2026-05-02T00:00:00.000Z',
      modified: '2026-05-01T00:00:00.000Z',
    };
    expect(clampAnnotationTimes(annotation, now).created).toBe('2026-05-01T00:00:00.000Z');
  });
});

describe('clampReadingPositionTime', () => {
  it('brings a future updated back to now and leaves a past one alone', () => {
    const past = { articleId: 'a', offset: 3, progress: 0.1, updated: '2026-01-01T00:00:00.000Z' };
    expect(clampReadingPositionTime(past, now)).toBe(past);
    expect(
      clampReadingPositionTime({ ...past, updated: '2099-01-01T00:00:00.000Z' }, now).updated,
    ).toBe(now.toISOString());
  });
});
