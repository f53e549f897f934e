import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import type { Annotation } from '../../../shared/model/annotation';
import { createTarget } from '../../../main/annotations/anchor';
import { loadCorpus } from '../../../main/library/loadCorpus';
import { SOURCE_LAYOUT } from '../../../main/paths/projectPaths';
import { createFreshData } from '../../../main/store/freshData';
import type { StoreData } from '../../../main/store/storeData';

/**
 * An article outside the bundled corpus whose text puts astral characters (CJK Ext-B 𠀀, emoji
 * with a skin-tone modifier) before the highlights, so UTF-16 and code-point offsets differ.
 */
export const ASTRAL_ARTICLE = {
  id: 'astral-sample',
  text: '𠀀𠀁古籍里的字👍🏽很少见。\n粤剧是岭南文化的瑰宝，𠀂也是世界非物质文化遗产。\n结尾😀一句。',
};

/** The bundled corpus plus the astral article, as the text lookup export and import take. */
export function fixtureArticleText(): (articleId: string) => string | undefined {
  const texts = new Map(loadCorpus(SOURCE_LAYOUT).map((a) => [a.id, a.text]));
  texts.set(ASTRAL_ARTICLE.id, ASTRAL_ARTICLE.text);
  return (id) => texts.get(id);
}

const USER = { id: '7d9f3c2a-1b4e-4c8d-9a6f-2e5b8c1d0f34', name: '李小龙' };
const FRIEND = { id: 'friend@study-group', name: 'Anna Müller' };

function highlight(
  articleText: (id: string) => string | undefined,
  articleId: string,
  quote: string,
  fields: Omit<Annotation, 'articleId' | 'target' | 'creator'> & {
    creator?: Annotation['creator'];
  },
): Annotation {
  const text = articleText(articleId);
  if (text === undefined) throw new Error(`fixture article ${articleId} is missing`);
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`fixture quote ${quote} is not in ${articleId}`);
  return {
    id: fields.id,
    articleId,
    creator: fields.creator ?? USER,
    created: fields.created,
    modified: fields.modified,
    color: fields.color,
    note: fields.note,
    target: createTarget(text, start, start + quote.length),
  };
}

/**
 * Varied user data: Chinese quotes, notes with Markdown and HTML, astral characters before and
 * inside highlights, every colour, an orphan whose article is not in the library, a legacy
 * non-UUID id and another creator, reading positions and non-default settings.
 */
export function buildFixtureData(
  articleText: (articleId: string) => string | undefined,
): StoreData {
  const [firstId, secondId] = loadCorpus(SOURCE_LAYOUT).map((a) => a.id);
  if (!firstId || !secondId) throw new Error('the corpus needs two articles');
  const firstText = articleText(firstId)!;
  const annotations: Annotation[] = [
    highlight(articleText, firstId, firstText.slice(40, 52), {
      id: '0b6a1f3e-5c2d-4e8f-9a7b-1c3d5e7f9a0b',
      created: '2026-01-02T03:04:05.006Z',
      modified: '2026-01-02T03:04:05.006Z',
      color: 'yellow',
      note: '',
    }),
    highlight(articleText, firstId, firstText.slice(100, 106), {
      id: '1c7b2a4f-6d3e-4f9a-8b8c-2d4e6f8a0b1c',
      created: '2026-01-03T08:00:00.000Z',
      modified: '2026-02-01T09:30:00.000Z',
      color: 'green',
      note: '# 标题\n*重点* <script>alert("x")</script> & [链接](http://example.com)\n> 引用',
    }),
    highlight(articleText, ASTRAL_ARTICLE.id, '粤剧是岭南文化的瑰宝', {
      id: '2d8c3b5a-7e4f-4a0b-9c9d-3e5f7a9b1c2d',
      created: '2026-01-04T10:00:00.000Z',
      modified: '2026-01-04T10:00:00.000Z',
      color: 'blue',
      note: 'Cantonese opera 𠀀 — a note in English with an astral character',
    }),
    highlight(articleText, ASTRAL_ARTICLE.id, '𠀂也是世界', {
      id: '3e9d4c6b-8f5a-4b1c-8d0e-4f6a8b0c2d3e',
      created: '2026-01-05T11:00:00+08:00',
      modified: '2026-01-06T12:00:00+08:00',
      color: 'pink',
      note: '笔记：这里有一个扩展B区的字。',
    }),
    highlight(articleText, ASTRAL_ARTICLE.id, '结尾😀一句', {
      id: 'legacy id/1',
      creator: FRIEND,
      created: '2025-12-31T23:59:59.999Z',
      modified: '2025-12-31T23:59:59.999Z',
      color: 'yellow',
      note: 'From a friend',
    }),
    {
      id: '4f0e5d7c-9a6b-4c2d-9e1f-5a7b9c1d3e4f',
      articleId: 'retired-article',
      creator: USER,
      created: '2025-06-01T00:00:00.000Z',
      modified: '2025-06-02T00:00:00.000Z',
      color: 'green',
      note: '这篇文章已经不在文库里了',
      target: {
        position: { start: 10, end: 16, unit: 'utf16' },
        quote: { exact: '已删除的文字', prefix: '前文', suffix: '后文' },
      },
    },
  ];
  return {
    ...createFreshData(),
    user: USER,
    settings: { ...DEFAULT_SETTINGS, fontSize: 26, theme: 'sepia', language: 'zh' },
    annotations,
    reading: {
      [firstId]: {
        articleId: firstId,
        offset: 120,
        progress: 0.25,
        updated: '2026-02-01T10:00:00.000Z',
      },
      [secondId]: {
        articleId: secondId,
        offset: 0,
        progress: 1,
        updated: '2026-02-02T10:00:00.000Z',
      },
    },
  };
}
