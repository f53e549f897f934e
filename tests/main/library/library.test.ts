import { describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/model/article';
import { AppFailure } from '../../../main/appFailure';
import { type ImportedArticle, Library, summarize, textKey } from '../../../main/library/library';
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

function imported(id: string, raw: string, sequence: number): ImportedArticle {
  return { ...article(id, raw), importedAt: '2026-01-02T03:04:05.000Z', sequence };
}

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

describe('Library with imported articles', () => {
  it('lists bundled articles first, then imported ones in import order', () => {
    const library = new Library([spring, autumn]);
    library.addImported(imported('a-000000000002', '第二篇。', 2));
    library.addImported(imported('a-000000000001', '第一篇。', 1));
    library.addImported(imported('a-000000000003', '第三篇。', 3));
    expect(library.list().map((a) => a.id)).toEqual([
      'spring',
      'autumn',
      'a-000000000001',
      'a-000000000002',
      'a-000000000003',
    ]);
    expect(library.nextSequence()).toBe(4);
  });

  it('tells bundled from imported and serves imported articles without bookkeeping fields', () => {
    const library = new Library([spring]);
    library.addImported(imported('a-000000000001', '第一篇。', 1));
    expect(library.origin('spring')).toBe('bundled');
    expect(library.origin('a-000000000001')).toBe('imported');
    expect(library.origin('nothing')).toBeUndefined();
    expect(Object.keys(library.get('a-000000000001')!).sort()).toEqual([
      'blocks',
      'id',
      'source',
      'text',
      'title',
    ]);
  });

  it('finds an article by its text regardless of layout whitespace', () => {
    const library = new Library([spring]);
    expect(library.findByText(' ' + spring.text.replace(/\n/g, '\n\n') + '\n')).toBe(spring);
    expect(library.findByText('不在这里。')).toBeUndefined();
    expect(textKey('甲 乙\n丙')).toBe(textKey('甲  乙 丙'));
  });

  it('refuses to add an article whose id or text it already has', () => {
    const library = new Library([spring]);
    expect(() => library.addImported({ ...imported('spring', '别的。', 1) })).toThrow(
      'Two articles share the id "spring"',
    );
    expect(() =>
      library.addImported({ ...spring, id: 'a-000000000009', importedAt: '', sequence: 1 }),
    ).toThrow('repeats the text of "spring"');
  });

  it('removes an imported article, after which its text may be added again', () => {
    const library = new Library([spring]);
    const first = imported('a-000000000001', '第一篇。', 1);
    library.addImported(first);
    expect(library.removeImported('a-000000000001')).toBe(first);
    expect(library.get('a-000000000001')).toBeUndefined();
    expect(library.findByText('第一篇。')).toBeUndefined();
    library.addImported(first);
    expect(library.list().map((a) => a.id)).toEqual(['spring', 'a-000000000001']);
  });

  it('refuses to remove a bundled article, and says so by title', () => {
    const library = new Library([spring]);
    expect(() => library.removeImported('spring')).toThrow(AppFailure);
    expect(() => library.removeImported('spring')).toThrow(
      '"题目spring" comes with Yuedu and cannot be removed; only imported articles can.',
    );
    expect(() => library.removeImported('nope')).toThrow('No article with id "nope".');
    expect(library.get('spring')).toBe(spring);
  });
});

describe('summarize', () => {
  it('takes the first line from the first paragraph, skipping headings and bylines', () => {
    expect(summarize(spring, 'bundled').firstLine).toBe('北京的春天来得很快。');
  });

  it('counts visible characters, every block and the paragraph blocks apart, and says where the article came from', () => {
    expect(summarize(autumn, 'imported').origin).toBe('imported');
    const summary = summarize(spring, 'bundled', 0.5, 3);
    expect(summary).toEqual({
      id: 'spring',
      title: '题目spring',
      source: '人民日报',
      firstLine: '北京的春天来得很快。',
      chars: 5 + 7 + 10 + 6,
      blocks: 4,
      paragraphs: 2,
      progress: 0.5,
      highlights: 3,
      origin: 'bundled',
    });
  });

  it('cuts a long first paragraph to 60 characters', () => {
    const long = article('long', '长'.repeat(100) + '。');
    expect(summarize(long, 'bundled').firstLine).toBe('长'.repeat(59) + '…');
  });

  it('keeps progress within 0..1', () => {
    expect(summarize(autumn, 'bundled', 1.7).progress).toBe(1);
    expect(summarize(autumn, 'bundled', -1).progress).toBe(0);
    expect(summarize(autumn, 'bundled', Number.NaN).progress).toBe(0);
  });
});
