import { describe, expect, it } from 'vitest';
import { buildBackupDocument } from '../../../main/backup/exportBackup';
import { BackupProblem, fromW3cAnnotation } from '../../../main/backup/fromW3cAnnotation';
import { ASTRAL_ARTICLE, buildFixtureData, fixtureArticleText } from './backupFixture';

const articleText = fixtureArticleText();
const data = buildFixtureData(articleText);
const items = buildBackupDocument({
  data,
  appVersion: '0.1.0',
  now: new Date('2026-03-01T12:00:00.000Z'),
  articleText,
}).annotations.first!.items;

/** A copy of an exported annotation as another tool would keep it: W3C properties only. */
function withoutYuedu(index: number, change: (target: Record<string, unknown>) => void = () => {}) {
  const copy = structuredClone(items[index]!) as unknown as { target: Record<string, unknown> };
  delete copy.target['yuedu:position'];
  change(copy.target);
  return copy;
}

describe('fromW3cAnnotation', () => {
  it('reads back every exported annotation exactly as stored, orphans included', () => {
    expect(items.map((item) => fromW3cAnnotation(item, articleText))).toEqual(data.annotations);
  });

  it('converts W3C code-point positions back to UTF-16 after astral characters', () => {
    for (const index of [2, 3, 4]) {
      const stored = data.annotations[index]!;
      expect(stored.articleId).toBe(ASTRAL_ARTICLE.id);
      expect(fromW3cAnnotation(withoutYuedu(index), articleText)).toEqual(stored);
    }
  });

  it('uses the code-point position to pick the right one of identical occurrences', () => {
    const text = '😀粤剧😀粤剧😀粤剧😀'; // 粤剧 at UTF-16 2, 6, 10 and code points 1, 4, 7
    const second = withoutYuedu(0, (target) => {
      target.source = 'yuedu://article/repeats';
      target.selector = [
        { type: 'TextQuoteSelector', exact: '粤剧', prefix: '😀', suffix: '😀' },
        { type: 'TextPositionSelector', start: 4, end: 6 },
      ];
    });
    const restored = fromW3cAnnotation(second, (id) => (id === 'repeats' ? text : undefined));
    expect(restored.target.position).toEqual({ start: 6, end: 8, unit: 'utf16' });
  });

  it('finds the quote again when there is no usable position', () => {
    const stored = data.annotations[3]!;
    const quoteOnly = withoutYuedu(3, (target) => {
      target.selector = (target.selector as unknown[]).slice(0, 1);
    });
    expect(fromW3cAnnotation(quoteOnly, articleText)).toEqual(stored);
  });

  it('explains what is wrong with an annotation it cannot restore', () => {
    const problem = (raw: unknown) => {
      try {
        fromW3cAnnotation(raw, articleText);
      } catch (error) {
        expect(error).toBeInstanceOf(BackupProblem);
        return (error as Error).message;
      }
      throw new Error('expected a BackupProblem');
    };
    expect(problem({ ...items[0]!, id: 'http://example.com/1' })).toBe(
      'id "http://example.com/1" is not a Yuedu id.',
    );
    expect(problem({ ...items[0]!, created: 'yesterday' })).toMatch(/^created: /);
    expect(problem({ ...items[0]!, type: 'Note' })).toBe('type: type must be "Annotation"');
    expect(
      problem(
        withoutYuedu(5, () => {
          /* the orphan: no Yuedu position and its article is gone */
        }),
      ),
    ).toBe(
      'it has no Yuedu position and article "retired-article" is not in the library to place it in.',
    );
    const moved = withoutYuedu(3, (target) => {
      target.selector = [{ type: 'TextQuoteSelector', exact: '不在文章里' }];
    });
    expect(problem(moved)).toBe(`its quote "不在文章里" is not in article "${ASTRAL_ARTICLE.id}".`);
  });
});
