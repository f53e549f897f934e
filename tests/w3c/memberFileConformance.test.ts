import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMemberDocument } from '../../main/group/memberFile';
import { PROJECT_ROOT } from '../../main/paths/projectPaths';
import { ANNA, ARTICLE_TEXT, highlightBy, replyBy } from '../main/group/groupFixture';
import { AnnotationModelSuite, summarize } from './annotationModelRunner';

const SUITE_DIR = path.resolve(PROJECT_ROOT, '..', 'shared', 'w3c-annotation-model');
const hasSuite = existsSync(SUITE_DIR);
const inCi = process.env.CI === 'true';

describe.skipIf(!hasSuite && !inCi)(
  'W3C Web Annotation conformance of a study-group member file',
  () => {
    it('passes every MUST assertion for its highlights, notes and replies', () => {
      const suite = new AnnotationModelSuite(SUITE_DIR);
      const document = buildMemberDocument(
        {
          member: ANNA,
          annotations: [
            highlightBy(ANNA, 'a1', '岭南文化', undefined, '很美'),
            highlightBy(ANNA, 'a2', '𠀀古籍'),
          ],
          replies: [replyBy(ANNA, 'r1', 'a1', 'I agree')],
          tombstones: [],
          articles: [],
        },
        {
          appVersion: '0.1.0',
          written: '2026-11-04T00:00:00.000Z',
          articleText: () => ARTICLE_TEXT,
        },
      );
      const items = document.annotations.first.items;
      expect(items.map((i) => i.motivation)).toContain('replying');
      const failures: string[] = [];
      for (const item of items) {
        const outcomes = suite.run(item);
        expect(summarize(outcomes).mustPassed, `MUST assertions run on ${item.id}`).toBeGreaterThan(
          0,
        );
        for (const o of outcomes.filter((o) => o.severity === 'must' && o.status === 'fail'))
          failures.push(`${item.id} — ${o.test} › ${o.title}: ${o.message}`);
      }
      expect(failures, failures.join('\n')).toEqual([]);
    });
  },
);
