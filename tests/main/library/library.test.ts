import { describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/model/article';
import { Library, summarize } from '../../../main/library/library';
import { parseArticles } from '../../../main/library/parseArticles';

function article(id: string, raw: string): Article {
  const [parsed] = parseArticles(raw);
  return { id, title: `题目${id}`, source: '人民日报', ...parsed! };
}

const spring = article(
  'spring',
  '春天的北京\n本报记者 王小明\n北京的春天来得很快。\n柳树 发芽了。',
);
const autumn = article('autumn', '秋天到了。');

describe('Library', () => {
  it('lists articles in corpus order and finds them by id', () => {
    const library = new Library([spring, autumn]);
    expect(library.list().map((a) => a.id)).toEqual(['spring', 'autumn']);
    expect(library.get('autumn')).toBe(autumn);
    expect(library.get('winter')).toBeUndefined();
  });

  it('rejects two articles with the same id', () => {
    expect(() => new Library([spring, { ...autumn, id: 'spring' }])).toThrow(
      'Two articles share the id "spring"',
    );
  });

  it('does not let callers change its list', () => {
    const library = new Library([spring]);
    library.list().push(autumn);
    expect(library.list()).toHaveLength(1);
  });
});

describe('summarize', () => {
  it('takes the first line from the first paragraph, skipping headings and bylines', () => {
    expect(summarize(spring).firstLine).toBe('北京的春天来得很快。');
  });

  it('counts visible characters and paragraph blocks only', () => {
    const summary = summarize(spring, 0.5);
    expect(summary).toEqual({
      id: 'spring',
      title: '题目spring',
      source: '人民日报',
      firstLine: '北京的春天来得很快。',
      chars: 5 + 7 + 10 + 6,
      paragraphs: 2,
      progress: 0.5,
    });
  });

  it('cuts a long first paragraph to 60 characters', () => {
    const long = article('long', '长'.repeat(100) + '。');
    expect(summarize(long).firstLine).toBe('长'.repeat(59) + '…');
  });

  it('keeps progress within 0..1', () => {
    expect(summarize(autumn, 1.7).progress).toBe(1);
    expect(summarize(autumn, -1).progress).toBe(0);
    expect(summarize(autumn, Number.NaN).progress).toBe(0);
  });
});
