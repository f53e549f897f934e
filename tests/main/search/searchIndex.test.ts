import { describe, expect, it } from 'vitest';
import { foldText } from '../../../main/search/fold';
import { MAX_QUERY_LENGTH } from '../../../main/search/queryTerms';
import { SearchIndex } from '../../../main/search/searchIndex';
import { makeArticle, plainScan, seedLibrary, seededRandom } from './seedLibrary';

const ids = (index: SearchIndex, query: string) =>
  index
    .search(query, 100)
    .map((h) => h.articleId)
    .sort();

describe('SearchIndex exactness against a plain scan', () => {
  const library = seedLibrary(50);
  const index = SearchIndex.build(library);
  const random = seededRandom(42);

  const sampled: string[] = [];
  while (sampled.length < 200) {
    const a = library[Math.floor(random() * library.length)]!;
    const source = random() < 0.15 ? a.title : a.text;
    const len = 1 + Math.floor(random() * 6);
    const at = Math.floor(random() * Math.max(1, source.length - len));
    const q = source.slice(at, at + len);
    if (!q.includes('"')) sampled.push(q);
  }
  const latin = [
    'APEC',
    'apec',
    'PE',
    '5G',
    '5g',
    'g',
    'G20',
    '20',
    '0',
    '2021',
    '3GPP',
    'gpp',
    'RCEP',
    'ＡＰＥＣ',
    '２０',
  ];
  const absent = ['火星基地', '量子纠缠', 'zzq', '99999', '𠀀', '湾区火星', '大湾区 火星'];
  const multi = ['大湾区 广州', '中国 发展 合作', '5G 网络', 'APEC 北京'];

  it.each([...sampled, ...latin, ...absent, ...multi])(
    'finds exactly the articles containing %j',
    (query) => {
      expect(ids(index, query)).toEqual(plainScan(library, query));
    },
  );

  it('exercises both hits and misses', () => {
    const counts = sampled.map((q) => plainScan(library, q).length);
    expect(counts.filter((n) => n > 0).length).toBeGreaterThan(100);
    expect(absent.every((q) => plainScan(library, q).length === 0)).toBe(true);
  });
});

describe('SearchIndex matching', () => {
  const articles = [
    makeArticle('ext-b', '生僻字', ['这篇文章里有𠀀𠀁两个扩展B区的字。']),
    makeArticle('latin', 'English inside', ['The G20 summit met in Hangzhou; 5G networks grew.']),
    makeArticle('fullwidth', '全角', ['出席ＡＰＥＣ会议的有２０国。']),
  ];
  const index = SearchIndex.build(articles);

  it('finds CJK Extension B characters alone and in bigrams', () => {
    expect(ids(index, '𠀀')).toEqual(['ext-b']);
    expect(ids(index, '𠀁')).toEqual(['ext-b']);
    expect(ids(index, '𠀀𠀁两')).toEqual(['ext-b']);
  });

  it('finds Latin words case-insensitively and inside longer words', () => {
    expect(ids(index, 'hangzhou')).toEqual(['latin']);
    expect(ids(index, 'ANGZ')).toEqual(['latin']);
    expect(ids(index, 'g20 5G')).toEqual(['latin']);
  });

  it('matches full-width text with half-width queries and the reverse', () => {
    expect(ids(index, 'apec 20')).toEqual(
      ['fullwidth', 'latin'].filter((id) => id === 'fullwidth'),
    );
    expect(ids(index, 'ＧＲＥＷ')).toEqual(['latin']);
  });

  it('matches a single Han character at the end of a run', () => {
    expect(ids(index, '字')).toEqual(['ext-b']);
    expect(ids(index, '议')).toEqual(['fullwidth']);
  });

  it('matches a term that occurs only in the title, with a null match offset', () => {
    const [hit] = index.search('生僻');
    expect(hit?.articleId).toBe('ext-b');
    expect(hit?.match).toBeNull();
  });

  it('matches a quoted phrase literally, spaces included', () => {
    expect(ids(index, '"g20 summit"')).toEqual(['latin']);
    expect(ids(index, '"summit g20"')).toEqual([]);
  });
});

describe('SearchIndex ranking', () => {
  const body = (extra: string) => [
    '本文介绍城市的交通、教育和文化发展情况。' + extra + '其他内容从略。',
  ];

  it('ranks an article with the term in its title above one with it only in the text', () => {
    const index = SearchIndex.build([
      makeArticle('text-only', '城市概况', body('港口')),
      makeArticle('in-title', '港口概况', body('港口')),
    ]);
    expect(index.search('港口').map((h) => h.articleId)).toEqual(['in-title', 'text-only']);
  });

  it('ranks an article with more occurrences higher', () => {
    const index = SearchIndex.build([
      makeArticle('once', '概况', body('港口建设。工厂建设。学校建设。')),
      makeArticle('thrice', '概况', body('港口建设。港口扩建。港口升级。')),
    ]);
    const hits = index.search('港口');
    expect(hits.map((h) => h.articleId)).toEqual(['thrice', 'once']);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  it('returns hits best first with scores rounded to 3 decimals', () => {
    const hits = SearchIndex.build(seedLibrary(30)).search('发展', 100);
    for (let i = 1; i < hits.length; i++)
      expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
    for (const h of hits) expect(Math.round(h.score * 1000) / 1000).toBe(h.score);
  });
});

describe('SearchIndex hits', () => {
  const library = seedLibrary(40);
  const index = SearchIndex.build(library);
  const byId = new Map(library.map((a) => [a.id, a]));

  it.each(['大湾区', '中国 发展', 'APEC', '标准', '5G'])(
    'points match at the first term in the text and marks the query terms in the snippet for %j',
    (query) => {
      const terms = query.split(' ').map(foldText);
      const hits = index.search(query);
      expect(hits.length).toBeGreaterThan(0);
      for (const hit of hits) {
        const article = byId.get(hit.articleId)!;
        expect(hit.title).toBe(article.title);
        if (hit.match) {
          const matched = foldText(article.text.slice(hit.match.start, hit.match.end));
          expect(terms).toContain(matched);
          expect(foldText(article.text).indexOf(matched)).toBe(hit.match.start);
        }
        for (const [s, e] of hit.snippet.marks)
          expect(terms).toContain(foldText(hit.snippet.text.slice(s, e)));
        expect(hit.snippet.text.length).toBeLessThanOrEqual(160);
      }
    },
  );

  it('gives the first term’s offset as match when it occurs in the text', () => {
    const [hit] = index.search('中国');
    const article = byId.get(hit!.articleId)!;
    expect(hit!.match).toEqual({
      start: article.text.indexOf('中国'),
      end: article.text.indexOf('中国') + 2,
    });
  });
});

describe('SearchIndex limit', () => {
  const index = SearchIndex.build(seedLibrary(120));

  it('returns 20 hits by default', () => {
    expect(index.search('的')).toHaveLength(20);
  });

  it('clamps the limit to 1..100', () => {
    expect(index.search('的', 0)).toHaveLength(1);
    expect(index.search('的', -5)).toHaveLength(1);
    expect(index.search('的', 1000)).toHaveLength(100);
    expect(index.search('的', 2.7)).toHaveLength(2);
    expect(index.search('的', Number.NaN)).toHaveLength(20);
  });
});

describe('SearchIndex persistence', () => {
  const library = seedLibrary(50);
  const built = SearchIndex.build(library);

  it('gives identical results after toJSON and load', () => {
    const loaded = SearchIndex.load(built.toJSON(), library);
    for (const q of [
      '大湾区',
      '广州 德国',
      '湾',
      'APEC',
      '20',
      '中国 发展',
      '火星',
      '"开放、包容"',
    ]) {
      expect(loaded.search(q, 100)).toEqual(built.search(q, 100));
    }
  });

  it('loads regardless of the order the articles are given in', () => {
    const loaded = SearchIndex.load(built.toJSON(), [...library].reverse());
    expect(loaded.search('大湾区', 100)).toEqual(built.search('大湾区', 100));
  });

  it('refuses an index built from different articles', () => {
    const changed = library.map((a, i) => (i === 3 ? { ...a, text: a.text + '新增一句。' } : a));
    expect(() => SearchIndex.load(built.toJSON(), changed)).toThrow(/different articles/);
  });

  it('refuses JSON that is not a saved index', () => {
    expect(() => SearchIndex.load('{"hello":1}', library)).toThrow(/Not a saved search index/);
    expect(() => SearchIndex.load('null', library)).toThrow(/Not a saved search index/);
    expect(() => SearchIndex.load('{not json', library)).toThrow();
  });
});

describe('SearchIndex bad input', () => {
  const library = seedLibrary(30);
  const index = SearchIndex.build(library);

  it.each(['', '   ', '\n\t　', '，。！', '……', '😀', '😀😀 🎉', '\uD800', '\uDC00\uD800', '""'])(
    'returns nothing for a query without searchable characters: %j',
    (query) => {
      expect(index.search(query)).toEqual([]);
    },
  );

  it('treats regular-expression metacharacters as plain text', () => {
    for (const q of ['.*', '大湾区.*', '(广州', '[a-z]+', '\\d', '^中国$', '5G|APEC']) {
      expect(ids(index, q)).toEqual(plainScan(library, q));
    }
  });

  it('finds nothing for a lone surrogate glued to Han text, since no article contains it', () => {
    expect(index.search('广州\uD800')).toEqual([]);
  });

  it('answers a 10,000-character query from its first MAX_QUERY_LENGTH characters', () => {
    const text = library[0]!.text.replace(/\s/g, '');
    const long = text.slice(0, 40).repeat(250);
    expect(long.length).toBe(10_000);
    expect(ids(index, long)).toEqual(plainScan(library, long.slice(0, MAX_QUERY_LENGTH)));
    const manyTerms = Array.from({ length: 5_000 }, (_, i) => '广州中国'[i % 4]).join(' ');
    expect(ids(index, manyTerms)).toEqual(plainScan(library, '广 州 中 国'));
  });

  it('returns nothing rather than throwing for a non-string query from an untyped caller', () => {
    expect(index.search(undefined as unknown as string)).toEqual([]);
  });

  it('indexes an empty library and articles with empty text', () => {
    expect(SearchIndex.build([]).search('中国')).toEqual([]);
    const empty = SearchIndex.build([makeArticle('e', '', [''])]);
    expect(empty.search('中国')).toEqual([]);
  });

  it('keeps the first article when ids repeat', () => {
    const dup = SearchIndex.build([
      makeArticle('x', '甲', ['第一篇']),
      makeArticle('x', '乙', ['第二篇']),
    ]);
    expect(dup.search('篇').map((h) => h.title)).toEqual(['甲']);
  });
});
