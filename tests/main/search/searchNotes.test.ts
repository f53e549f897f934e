import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/model/annotation';
import { searchNotes } from '../../../main/search/searchNotes';

function annotation(id: string, articleId: string, quote: string, note: string): Annotation {
  return {
    id,
    articleId,
    creator: { id: 'me', name: 'Me' },
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
    color: 'yellow',
    note,
    target: {
      position: { start: 0, end: quote.length, unit: 'utf16' },
      quote: { exact: quote, prefix: '', suffix: '' },
    },
  };
}

const articles = new Map([
  ['a1', { title: '外国朋友分享在大湾区的所见' }],
  ['a2', { title: '粤剧传承' }],
]);
const notes = [
  annotation('n1', 'a1', '粤港澳大湾区', '要记住这个词：大湾区'),
  annotation('n2', 'a2', '粵劇的傳承', ''),
  annotation('n3', 'a1', '意大利人马可·波罗', 'APEC 也提到了'),
  annotation('n4', 'gone', '孤立的引文', '文章已删除'),
];
const search = (query: string, limit?: number) => searchNotes(notes, articles, query, limit);

describe('searchNotes', () => {
  it('finds a term in a note or a quote, with the article title and the field that matched', () => {
    const hits = search('大湾区');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ annotationId: 'n1', articleId: 'a1', field: 'note' });
    expect(hits[0]!.title).toBe('外国朋友分享在大湾区的所见');
    const [s, e] = hits[0]!.snippet.marks[0]!;
    expect(hits[0]!.snippet.text.slice(s, e)).toBe('大湾区');
  });

  it('falls back to the quote when the note lacks a term', () => {
    expect(search('粤港澳')).toMatchObject([{ annotationId: 'n1', field: 'quote' }]);
  });

  it('folds like the article search: traditional, width, case and names', () => {
    expect(search('粤剧').map((h) => h.annotationId)).toEqual(['n2']);
    expect(search('ａｐｅｃ').map((h) => h.annotationId)).toEqual(['n3']);
    expect(search('马可波罗').map((h) => h.annotationId)).toEqual(['n3']);
  });

  it('marks the original characters of a folded match', () => {
    const [hit] = search('粤剧');
    const [s, e] = hit!.snippet.marks[0]!;
    expect(hit!.snippet.text.slice(s, e)).toBe('粵劇');
  });

  it('requires every term, each in the same field', () => {
    expect(search('粤港澳 大湾区').map((h) => h.field)).toEqual(['quote']);
    expect(search('粤港澳 记住')).toEqual([]);
  });

  it('matches toneless pinyin', () => {
    expect(search('dawanqu').map((h) => h.annotationId)).toEqual(['n1']);
    expect(search('yueju').map((h) => h.annotationId)).toEqual(['n2']);
  });

  it('keeps notes whose article is gone, with an empty title', () => {
    expect(search('孤立')).toMatchObject([{ annotationId: 'n4', title: '' }]);
  });

  it('ranks more hits higher and honours the limit', () => {
    const many = [
      annotation('once', 'a1', '港口', ''),
      annotation('twice', 'a1', '港口和港口', ''),
    ];
    expect(searchNotes(many, articles, '港口').map((h) => h.annotationId)).toEqual([
      'twice',
      'once',
    ]);
    expect(searchNotes(many, articles, '港口', 1)).toHaveLength(1);
  });

  it('answers bad input with nothing rather than failing', () => {
    for (const q of ['', '   ', '，。', '😀', '\uD800', '.*', 'x'.repeat(10_000)])
      expect(search(q)).toEqual([]);
    expect(search(undefined as unknown as string)).toEqual([]);
    expect(searchNotes([], articles, '大湾区')).toEqual([]);
  });
});

describe('searching a study group’s notes', () => {
  const me = { id: 'me', name: 'Me' };
  const anna = { id: 'anna', name: 'Anna' };
  const base = {
    articleId: 'harbour',
    created: '2026-11-01T00:00:00.000Z',
    modified: '2026-11-01T00:00:00.000Z',
    color: 'yellow' as const,
    target: {
      position: { start: 0, end: 2, unit: 'utf16' as const },
      quote: { exact: '湾区', prefix: '', suffix: '' },
    },
  };
  const reply = (creator: typeof me, text: string) => ({ creator, text });
  const notes = [
    { ...base, id: 'a1', creator: anna, note: '她的留学笔记', mine: false, replies: [] },
    {
      ...base,
      id: 'm1',
      creator: me,
      note: '',
      mine: true,
      replies: [reply(anna, '安娜回复：交流'), reply(me, '我的回复：交流')],
    },
  ];
  const titles = new Map([['harbour', { title: '湾区故事' }]]);

  it('finds another member’s note and says whose it is', () => {
    const [hit] = searchNotes(notes, titles, '留学', undefined, 'me');
    expect(hit).toMatchObject({ annotationId: 'a1', field: 'note', creator: anna });
  });

  it('finds a reply, opening the highlight it replies to, and names only others as authors', () => {
    const hits = searchNotes(notes, titles, '安娜回复', undefined, 'me');
    expect(hits).toEqual([
      expect.objectContaining({ annotationId: 'm1', field: 'reply', creator: anna }),
    ]);
    const mine = searchNotes(notes, titles, '我的回复', undefined, 'me');
    expect(mine).toHaveLength(1);
    expect(mine[0]?.creator).toBeUndefined();
  });
});
