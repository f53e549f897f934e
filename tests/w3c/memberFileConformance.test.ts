import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFingerprint } from '../../main/group/articleFingerprint';
import { buildMemberDocument } from '../../main/group/memberFile';
import { buildPack } from '../../main/group/packFile';
import { PROJECT_ROOT } from '../../main/paths/projectPaths';
import { ANNA, ARTICLE_TEXT, highlightBy, replyBy, WANG } from '../main/group/groupFixture';
import { AnnotationModelSuite, summarize } from './annotationModelRunner';

const SUITE_DIR = path.resolve(PROJECT_ROOT, '..', 'shared', 'w3c-annotation-model');
const hasSuite = existsSync(SUITE_DIR);
const inCi = process.env.CI === 'true';

interface W3cItem {
  id: string;
  motivation: string;
}

/** Every MUST assertion the suite runs on `items` that failed, one line each. */
function mustFailures(items: W3cItem[]): string[] {
  const suite = new AnnotationModelSuite(SUITE_DIR);
  const failures: string[] = [];
  for (const item of items) {
    const outcomes = suite.run(item);
    expect(summarize(outcomes).mustPassed, `MUST assertions run on ${item.id}`).toBeGreaterThan(0);
    for (const o of outcomes.filter((o) => o.severity === 'must' && o.status === 'fail'))
      failures.push(`${item.id} — ${o.test} › ${o.title}: ${o.message}`);
  }
  return failures;
}

describe.skipIf(!hasSuite && !inCi)(
  'W3C Web Annotation conformance of study-group member files and packs',
  () => {
    it('passes every MUST assertion for a member file’s highlights, notes and replies', () => {
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
      const failures = mustFailures(items);
      expect(failures, failures.join('\n')).toEqual([]);
    });

    it('passes every MUST assertion for a pack’s highlights and replies by several members', () => {
      const json = buildPack(
        {
          members: [ANNA, WANG],
          articles: [
            {
              id: 'yueju',
              title: '粤剧',
              source: 'test',
              text: ARTICLE_TEXT,
              blocks: [{ kind: 'paragraph', start: 0, end: ARTICLE_TEXT.length }],
              fingerprint: articleFingerprint(ARTICLE_TEXT),
              origin: 'imported',
            },
          ],
          annotations: [
            highlightBy(ANNA, 'a1', '岭南文化', undefined, '很美'),
            highlightBy(WANG, 'w1', '瑰宝'),
          ],
          replies: [replyBy(WANG, 'r1', 'a1', '同意'), replyBy(ANNA, 'r2', 'w1', '对')],
        },
        { appVersion: '0.1.0', exported: '2026-11-30T22:15:00.000Z' },
      );
      const items = (JSON.parse(json) as { annotations: { first: { items: W3cItem[] } } })
        .annotations.first.items;
      expect(items.map((i) => i.motivation).filter((m) => m === 'replying')).toHaveLength(2);
      const failures = mustFailures(items);
      expect(failures, failures.join('\n')).toEqual([]);
    });
  },
);
