import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../main/paths/projectPaths';
import { AnnotationModelSuite, summarize } from './annotationModelRunner';
import { isDateTime, isUri } from './jsonSchemaFormats';

const SUITE_DIR = path.resolve(PROJECT_ROOT, '..', 'shared', 'w3c-annotation-model');
const hasSuite = existsSync(SUITE_DIR);

const valid = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id: 'urn:uuid:0b6a1f3e-5c2d-4e8f-9a7b-1c3d5e7f9a0b',
  type: 'Annotation',
  target: 'yuedu://article/x',
};

const has = (key: string) => ({ title: `has ${key}`, type: 'object', required: [key] });

describe('JSON Schema formats for the W3C assertions', () => {
  it('accepts absolute URIs and refuses relative or non-ASCII ones', () => {
    for (const uri of [
      'urn:uuid:0b6a1f3e-5c2d-4e8f-9a7b-1c3d5e7f9a0b',
      'yuedu://article/a%20b',
      'http://example.com/a?b=c#d',
    ])
      expect(isUri(uri)).toBe(true);
    for (const uri of ['relative/path', 'http://exa mple.com', 'yuedu://article/粤剧', ''])
      expect(isUri(uri)).toBe(false);
  });

  it('accepts RFC 3339 date-times with a zone and refuses impossible or zoneless ones', () => {
    for (const date of [
      '2026-01-02T03:04:05.006Z',
      '2026-01-05T11:00:00+08:00',
      '2024-02-29T00:00:00Z',
    ])
      expect(isDateTime(date)).toBe(true);
    for (const date of [
      '2026-01-02T03:04:05',
      '2025-02-29T00:00:00Z',
      '2026-13-01T00:00:00Z',
      'yesterday',
    ])
      expect(isDateTime(date)).toBe(false);
  });
});

describe.skipIf(!hasSuite)('the annotation-model runner', () => {
  const suite = hasSuite ? new AnnotationModelSuite(SUITE_DIR) : (undefined as never);
  const run = (assertions: unknown[], content: unknown) =>
    suite.runTest(
      suite.prepare({ name: 'inline', assertions }, path.join(SUITE_DIR, 'x.test')),
      content,
    );

  it('fails a broken annotation on the MUST assertions it breaks, by name', () => {
    const outcomes = suite.run({
      '@context': 'http://example.com/other.jsonld',
      id: 'not a uri',
      type: 'Note',
      body: 'urn:x:1',
      bodyValue: 'both',
      created: 'yesterday',
    });
    const failed = outcomes.filter((o) => o.status === 'fail' && o.severity === 'must');
    const sources = new Set(failed.map((o) => o.source));
    for (const file of [
      'annotations/3.1-annotationContextValidated.json',
      'annotations/3.1-annotationIdValidated.json',
      'annotations/3.1-annotationTypeValidated.json',
      'annotations/3.1-targetKeyFound.json',
      'annotations/3.2.5-notBodyBodyValue.json',
      'annotations/3.3.1-annotationCreatedValidated.json',
    ])
      expect(sources).toContain(file);
    expect(failed.find((o) => o.source.endsWith('notBodyBodyValue.json'))?.message).toMatch(
      /body and bodyValue are exclusive keys/,
    );
  });

  it('passes a minimal valid annotation on every MUST assertion it can evaluate', () => {
    const counts = summarize(suite.run(valid));
    expect(counts.mustFailed).toBe(0);
    expect(counts.mustPassed).toBeGreaterThanOrEqual(14);
  });

  it('applies expectedResult invalid and counts SHOULD/MAY failures apart from MUST', () => {
    const outcomes = run(
      [
        { ...has('bodyValue'), expectedResult: 'invalid' },
        { ...has('label'), assertionType: 'should' },
        { ...has('rights'), assertionType: 'may', onUnexpectedResult: 'passAndContinue' },
      ],
      valid,
    );
    expect(outcomes.map((o) => [o.severity, o.status])).toEqual([
      ['must', 'pass'],
      ['should', 'fail'],
      ['may', 'pass'],
    ]);
    expect(summarize(outcomes)).toMatchObject({ mustFailed: 0, optionalNotMet: 1 });
  });

  it('skips the rest of a nested list after failAndSkip, and everything after failAndAbort', () => {
    const skipped = run(
      [[{ ...has('body'), onUnexpectedResult: 'failAndSkip' }, has('nothing')], has('id')],
      valid,
    );
    expect(skipped.map((o) => o.status)).toEqual(['fail', 'skipped', 'pass']);
    const aborted = run(
      [[{ ...has('body'), onUnexpectedResult: 'failAndAbort' }], has('id'), has('type')],
      valid,
    );
    expect(aborted.map((o) => o.status)).toEqual(['fail', 'skipped', 'skipped']);
  });

  it('combines a condition group with "or" and "and"', () => {
    const group = (compareWith: string) => ({
      title: `${compareWith} group`,
      compareWith,
      assertions: [has('body'), has('target')],
    });
    expect(run([group('or')], valid).map((o) => o.status)).toEqual(['pass']);
    const and = run([group('and')], valid);
    expect(and.map((o) => o.status)).toEqual(['fail']);
    expect(and[0]!.title).toBe('and group');
  });

  it('reports an assertion file that is not in the folder as unavailable, not as passed', () => {
    const outcomes = run(['annotations/no-such-assertion.json', has('id')], valid);
    expect(outcomes.map((o) => o.status)).toEqual(['unavailable', 'pass']);
  });
});
