import type { Annotation, Creator } from '../../../shared/model/annotation';
import type { Reply } from '../../../shared/model/group';

export const ANNA: Creator = { id: '0b1d7a52-3c4e-4f60-8a9b-1c2d3e4f5a6b', name: 'Anna' };
export const WANG: Creator = { id: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b', name: '王小明' };

export const ARTICLE_TEXT = '粤剧是岭南文化的瑰宝，也是世界非物质文化遗产。𠀀古籍很少见。';

/** A highlight on ARTICLE_TEXT by `creator`, at the first place `quote` occurs. */
export function highlightBy(
  creator: Creator,
  id: string,
  quote: string,
  modified = '2026-11-01T10:00:00.000Z',
  note = '',
): Annotation {
  const start = ARTICLE_TEXT.indexOf(quote);
  if (start < 0) throw new Error(`quote ${quote} is not in the fixture`);
  const end = start + quote.length;
  return {
    id,
    articleId: 'yueju',
    creator,
    created: '2026-11-01T10:00:00.000Z',
    modified,
    color: 'green',
    note,
    target: {
      position: { start, end, unit: 'utf16' },
      quote: {
        exact: quote,
        prefix: ARTICLE_TEXT.slice(Math.max(0, start - 8), start),
        suffix: ARTICLE_TEXT.slice(end, end + 8),
      },
    },
  };
}

export function replyBy(creator: Creator, id: string, annotationId: string, text: string): Reply {
  return {
    id,
    annotationId,
    creator,
    created: '2026-11-02T09:00:00.000Z',
    modified: '2026-11-02T09:00:00.000Z',
    text,
  };
}
