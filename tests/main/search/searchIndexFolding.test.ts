import { describe, expect, it } from 'vitest';
import { foldForMatch } from '../../../main/search/fold';
import { findPinyin, pinyinSpellings } from '../../../main/search/pinyin';
import { SearchIndex } from '../../../main/search/searchIndex';
import {
  makeArticle,
  seedLibrary,
  plainScan,
  seededRandom,
  toTraditional,
  variantLibrary,
} from './seedLibrary';

const ids = (index: SearchIndex, query: string) => index.matchingIds(query).sort();

describe('SearchIndex exactness on a library with traditional, full-width and interpunct variants', () => {
  const library = variantLibrary(60);
  const index = SearchIndex.build(library);
  const random = seededRandom(11);
  const plain = seedLibrary(60);
  const sampled: string[] = [];
  while (sampled.length < 150) {
    const a = plain[Math.floor(random() * plain.length)]!;
    const len = 1 + Math.floor(random() * 5);
    const at = Math.floor(random() * Math.max(1, a.text.length - len));
    const q = a.text.slice(at, at + len);
    if (q.includes('"')) continue;
    sampled.push(random() < 0.3 ? toTraditional(q) : q);
  }
  const named = [
    '马可波罗',
    '马可·波罗',
    '彼得赫利斯',
    '粵劇',
    '粤剧',
    'ＡＰＥＣ',
    'apec 粤剧',
    '"马可 波罗"',
  ];

  it.each([...sampled, ...named])('finds exactly the articles containing %j', (query) => {
    expect(ids(index, query)).toEqual(plainScan(library, query));
  });

  it('finds every written form of a word whatever form the query uses', () => {
    const simplified = ids(index, '粤剧');
    expect(simplified.length).toBeGreaterThan(0);
    expect(ids(index, '粵劇')).toEqual(simplified);
    expect(simplified.some((id) => library.find((a) => a.id === id)!.text.includes('粵劇'))).toBe(
      true,
    );
  });
});

describe('SearchIndex folding', () => {
  const index = SearchIndex.build([
    makeArticle('name', '人物', ['意大利人马可·波罗来到中国。']),
    makeArticle('trad', '粵劇', ['他從小學唱粵劇。']),
    makeArticle('wide', '会议', ['出席ＡＰＥＣ会议。']),
  ]);

  it('finds a name written with an interpunct from a query without it, and the reverse', () => {
    expect(ids(index, '马可波罗')).toEqual(['name']);
    expect(ids(index, '马可・波罗')).toEqual(['name']);
  });

  it('marks the name in the original text, interpunct included', () => {
    const [hit] = index.search('马可波罗');
    expect(hit!.match).toEqual({ start: 4, end: 9 });
    const [s, e] = hit!.snippet.marks[0]!;
    expect(hit!.snippet.text.slice(s, e)).toBe('马可·波罗');
  });

  it('finds traditional text from a simplified query and the reverse', () => {
    expect(ids(index, '粤剧')).toEqual(['trad']);
    expect(ids(index, '学唱')).toEqual(['trad']);
    expect(ids(index, '粵劇 從小')).toEqual(['trad']);
  });

  it('finds full-width Latin from half-width queries', () => {
    expect(ids(index, 'APEC')).toEqual(['wide']);
  });
});

describe('SearchIndex pinyin', () => {
  const index = SearchIndex.build([
    makeArticle('yueju', '戏曲', ['他爱看粤剧，也爱听越剧。']),
    makeArticle('bay', '湾区', ['粤港澳大湾区发展迅速。']),
    makeArticle('apart', '分开', ['大，湾区。']),
    makeArticle('both', '双重', ['大湾区是大湾区。']),
  ]);

  it('finds the words a toneless pinyin query spells, and marks the characters', () => {
    const hits = index.search('yueju');
    expect(hits.map((h) => h.articleId)).toEqual(['yueju']);
    expect(hits[0]!.hits).toBe(2);
    const marked = hits[0]!.snippet.marks.map(([s, e]) => hits[0]!.snippet.text.slice(s, e));
    expect(marked).toEqual(['粤剧', '越剧']);
  });

  it('never matches syllables across punctuation between characters', () => {
    expect(ids(index, 'dahuqiao')).toEqual([]);
    expect(index.matchingIds('wanqu').sort()).toEqual(['apart', 'bay', 'both']);
    expect(index.matchingIds('dawan').sort()).toEqual(['bay', 'both']);
  });

  it('treats letters that occur as text as text, not pinyin', () => {
    const withLatin = SearchIndex.build([
      makeArticle('bay', '湾区', ['粤港澳大湾区发展迅速。']),
      makeArticle('latin', 'letters', ['The word dawanqu appears here.']),
    ]);
    expect(ids(withLatin, 'dawanqu')).toEqual(['latin']);
    expect(ids(index, 'dawanqu')).toEqual(['bay', 'both']);
  });

  it('ranks pinyin matches below character matches of the same word', () => {
    const chars = index.search('湾区');
    const spelled = index.search('wanqu');
    const score = (hits: typeof chars, id: string) => hits.find((h) => h.articleId === id)!.score;
    expect(score(spelled, 'bay')).toBeLessThan(score(chars, 'bay'));
  });

  it('agrees with scanning every text for the spelling', () => {
    const library = seedLibrary(40);
    const big = SearchIndex.build(library);
    for (const query of ['dawanqu', 'yueju', 'zhongguo', 'fazhan', 'hezuo', 'guangzhou']) {
      const spellings = pinyinSpellings(query);
      const expected = library
        .filter((a) =>
          [a.title, a.text].some((t) =>
            spellings.some((s) => findPinyin(foldForMatch(t).text, s, 1).length > 0),
          ),
        )
        .map((a) => a.id)
        .sort();
      expect(expected.length).toBeGreaterThan(0);
      expect(ids(big, query)).toEqual(expected);
    }
  });
});

describe('SearchIndex hits and ranking', () => {
  it('counts every occurrence of every term in the text as hits', () => {
    const index = SearchIndex.build([makeArticle('a', '标题', ['港口建设，港口升级；工厂建设。'])]);
    expect(index.search('港口')[0]!.hits).toBe(2);
    expect(index.search('港口 建设')[0]!.hits).toBe(4);
    expect(index.search('标题')[0]!.hits).toBe(0);
  });
});

describe('SearchIndex add and remove', () => {
  const library = seedLibrary(40);
  const queries = ['大湾区', '中国 发展', '湾', 'APEC', '20', 'dawanqu', '广州', '"开放、包容"'];
  const results = (index: SearchIndex) => queries.map((q) => index.search(q, 100));

  it('adding articles one by one equals building them at once', () => {
    const incremental = SearchIndex.build(library.slice(0, 10));
    for (const a of library.slice(10)) incremental.add(a);
    expect(results(incremental)).toEqual(results(SearchIndex.build(library)));
  });

  it('removing articles equals building without them, and after reloading too', () => {
    const index = SearchIndex.build(library);
    const removed = new Set(library.filter((_, i) => i % 3 === 0).map((a) => a.id));
    for (const id of removed) index.remove(id);
    const rest = library.filter((a) => !removed.has(a.id));
    const rebuilt = SearchIndex.build(rest);
    expect(results(index)).toEqual(results(rebuilt));
    expect(results(SearchIndex.load(index.toJSON(), rest))).toEqual(results(rebuilt));
    expect(index.has(library[0]!.id)).toBe(false);
    expect(index.has(library[1]!.id)).toBe(true);
  });

  it('stays equal to a rebuild after many removals compact the postings', () => {
    const many = seedLibrary(150);
    const index = SearchIndex.build(many);
    for (const a of many.slice(0, 100)) index.remove(a.id);
    for (const a of many.slice(0, 20)) index.add(a);
    const expected = SearchIndex.build([...many.slice(100), ...many.slice(0, 20)]);
    expect(results(index)).toEqual(results(expected));
  });

  it('replaces an article added again under the same id', () => {
    const index = SearchIndex.build([makeArticle('x', '旧', ['火星基地'])]);
    index.add(makeArticle('x', '新', ['月球基地']));
    expect(index.matchingIds('火星')).toEqual([]);
    expect(index.matchingIds('月球')).toEqual(['x']);
  });

  it('ignores removing an unknown id', () => {
    const index = SearchIndex.build(library.slice(0, 3));
    index.remove('nope');
    expect(index.matchingIds('中国').length).toBeGreaterThan(0);
  });
});

describe('SearchIndex.matchesIn', () => {
  const article = makeArticle('m', '标题', ['粤港澳大湾区，马可·波罗也来过大湾区。粵劇好听。']);
  const index = SearchIndex.build([article]);
  const slices = (query: string) =>
    index.matchesIn(article, query).map(({ start, end }) => article.text.slice(start, end));

  it('returns every hit of every term in text order, as original offsets', () => {
    expect(slices('大湾区 马可波罗')).toEqual(['大湾区', '马可·波罗', '大湾区']);
    const ranges = index.matchesIn(article, '大湾区 马可波罗');
    for (let i = 1; i < ranges.length; i++)
      expect(ranges[i]!.start).toBeGreaterThanOrEqual(ranges[i - 1]!.start);
  });

  it('finds folded and pinyin hits', () => {
    expect(slices('粤剧')).toEqual(['粵劇']);
    expect(slices('dawanqu')).toEqual(['大湾区', '大湾区']);
  });

  it('returns nothing for bad input', () => {
    for (const q of ['', '，。', '😀', '\uD800', 'x'.repeat(10_000), '.*'])
      expect(index.matchesIn(article, q)).toEqual([]);
    expect(index.matchesIn(article, undefined as unknown as string)).toEqual([]);
  });

  it('works for an article that is not in the index', () => {
    const other = makeArticle('o', '外', ['大湾区']);
    expect(index.matchesIn(other, '大湾区')).toEqual([{ start: 0, end: 3 }]);
  });
});
