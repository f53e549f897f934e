import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BlockKind } from '../../../shared/model/article';
import { dedupeArticles } from '../../../main/library/dedupe';
import { type ParsedArticle, parseArticles } from '../../../main/library/parseArticles';

const seedUrl = new URL('../../../seeds/000_5ac92f22d7be5a46.txt', import.meta.url);
const seed = readFileSync(seedUrl, 'utf8');
const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/library/${name}`, import.meta.url), 'utf8');

const blockTexts = (article: ParsedArticle): string[] =>
  article.blocks.map((block) => article.text.slice(block.start, block.end));

function kindOf(articles: ParsedArticle[], text: string): BlockKind | undefined {
  for (const article of articles) {
    const block = article.blocks.find((b) => article.text.slice(b.start, b.end) === text);
    if (block) return block.kind;
  }
  return undefined;
}

describe('parseArticles on the bundled seed', () => {
  const articles = parseArticles(seed);

  it('splits the seed into six articles, five of them distinct', () => {
    expect(articles).toHaveLength(6);
    expect(dedupeArticles(articles)).toHaveLength(5);
  });

  it('starts each article at the lines the layout marks as article starts', () => {
    expect(articles.map((article) => article.text.slice(0, 12))).toEqual([
      '在广州市人民政府新闻办公',
      '“我大兄弟来了，快进屋，',
      '“我大兄弟来了，快进屋，',
      '当今世界，新一轮科技革命',
      '习近平主席在第五届中国国',
      '日月开新元，万象启新篇。',
    ]);
    expect(articles[1]!.text).toBe(articles[2]!.text);
  });

  it('ends each article at the last paragraph before the next one starts', () => {
    expect(articles[0]!.text.endsWith('是我的梦想。”劳埃德说。')).toBe(true);
    expect(articles[3]!.text.endsWith('共同创造人类更加美好的未来！')).toBe(true);
    expect(articles[4]!.text.endsWith('同世界各国携手开创人类更加美好的未来。')).toBe(true);
  });

  it('classifies quoted section titles, short unpunctuated lines and dash sub-headings as headings', () => {
    for (const heading of [
      '“大湾区的发展成就令人赞叹”',
      '“感受到中国人拥有并不断弘扬这份文化自信”',
      '问题在一线发现、研判、解决',
      '真心真情待群众',
      '深刻洞察世界之变、时代之变、历史之变，贡献全球互联网发展治理的中国方案',
      '——积极搭建网络空间国际交流合作平台',
      '以中国新发展为全球提供新机遇，携手开创网络空间命运共同体新图景',
      '增强发展动能',
    ]) {
      expect(kindOf(articles, heading), heading).toBe('heading');
    }
  });

  it('classifies reporter lines as bylines, keeping the space inside a two-character name', () => {
    expect(kindOf(articles, '本报记者 姜晓丹')).toBe('byline');
    expect(kindOf(articles, '本报记者 韩 硕')).toBe('byline');
  });

  it('classifies photo captions ending in 摄 as captions', () => {
    const captions = articles[3]!.blocks.filter((block) => block.kind === 'caption');
    const texts = captions.map((block) => articles[3]!.text.slice(block.start, block.end));
    expect(texts).toHaveLength(2);
    expect(texts[0]).toMatch(/^2017年5月15日.*图\/新华社记者 马占成 摄$/);
    expect(texts[1]).toMatch(/图\/新华社记者 李学仁 摄$/);
  });

  it('keeps short aphorisms ending in 。 and the lead paragraphs as paragraphs', () => {
    expect(kindOf(articles, '中国搭台，全球共享。')).toBe('paragraph');
    expect(kindOf(articles, '世界又一次站在了历史的十字路口。')).toBe('paragraph');
    for (const article of articles) expect(article.blocks[0]!.kind).toBe('paragraph');
  });

  it('keeps a sub-heading and the paragraph right under it as two blocks', () => {
    const texts = blockTexts(articles[3]!);
    const at = texts.indexOf('——积极搭建网络空间国际交流合作平台');
    expect(texts[at + 1]!.startsWith('2014年11月，长城脚下')).toBe(true);
  });

  it('leaves no indentation or blank lines in the canonical text', () => {
    for (const article of articles) {
      expect(article.text).not.toMatch(/^[\s\u3000]|[\s\u3000]$/u);
      expect(article.text).not.toMatch(/\n[\s\u3000]|[\s\u3000]\n/u);
      expect(article.text).not.toContain('\n\n');
    }
  });

  it('gives offsets that slice the canonical text into its blocks, joined by newlines', () => {
    for (const article of articles) {
      expect(blockTexts(article).join('\n')).toBe(article.text);
      article.blocks.forEach((block, i) => {
        expect(block.start).toBe(i === 0 ? 0 : article.blocks[i - 1]!.end + 1);
        expect(block.end).toBeGreaterThan(block.start);
      });
      expect(article.blocks.at(-1)!.end).toBe(article.text.length);
    }
  });
});

describe('parseArticles on files users write', () => {
  it('reads an unindented single article as one article with a heading title', () => {
    const articles = parseArticles(fixture('user-plain.txt'));
    expect(articles).toHaveLength(1);
    expect(articles[0]!.blocks.map((b) => b.kind)).toEqual([
      'heading',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
  });

  it('reads a fully indented single article as one article without its indentation', () => {
    const articles = parseArticles(fixture('user-indented.txt'));
    expect(articles).toHaveLength(1);
    expect(articles[0]!.text).toBe(
      '标题：我的家乡\n我的家乡在南方，那里有山有水。\n每年春节，我都会回家看看。',
    );
    expect(articles[0]!.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph']);
  });

  it('reads markdown-ish notes as one article, keeping markup characters as text', () => {
    const raw = fixture('user-markdown.txt');
    const articles = parseArticles(raw);
    expect(articles).toHaveLength(1);
    const texts = blockTexts(articles[0]!);
    expect(texts[0]).toBe('# 我的学习笔记');
    expect(articles[0]!.blocks[0]!.kind).toBe('heading');
    expect(texts).toContain('- 不客气 bú kè qi');
    expect(texts.at(-1)).toBe('Notes in English: practise tones every day. 😀 𠀀');
  });

  it('reads CRLF line endings, a BOM and no trailing newline like plain LF text', () => {
    const lf = '　“开头一段。”\n\n　　第二段。\n\n　　小标题\n\n　　第三段。\n';
    const crlf = '\ufeff' + lf.replace(/\n/g, '\r\n').trimEnd();
    expect(parseArticles(crlf)).toEqual(parseArticles(lf));
    expect(parseArticles(lf)).toHaveLength(1);
  });

  it('treats non-breaking and ASCII space indentation as layout', () => {
    const [article] = parseArticles('\u00a0\u00a0第一段。  \n\t第二段。\n    第三段。\u00a0');
    expect(article!.text).toBe('第一段。\n第二段。\n第三段。');
  });

  it('keeps a flush title above an indented lead and body in one article', () => {
    const body = Array.from(
      { length: 8 },
      (_, i) => `\u3000\u3000第${i + 1}段正文，内容写在这里。`,
    );
    const raw = ['我的家乡', '本报记者 王小明', '　家乡在南方，有山有水。', ...body].join('\n');
    const articles = parseArticles(raw);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.blocks.slice(0, 2).map((b) => b.kind)).toEqual(['heading', 'byline']);
  });

  it('keeps a few indented lines among flush text in the same article', () => {
    const flush = Array.from({ length: 6 }, (_, i) => `第${i + 1}段。`);
    const quote = ['    引用一。', '    引用二。'];
    expect(parseArticles([...flush, ...quote, ...flush].join('\n'))).toHaveLength(1);
  });

  it('splits where a lasting switch between indented and flush paragraphs happens', () => {
    const indented = Array.from({ length: 6 }, (_, i) => `\u3000\u3000甲文第${i + 1}段。`);
    const flush = Array.from({ length: 6 }, (_, i) => `乙文第${i + 1}段。`);
    const articles = parseArticles([...indented, ...flush].join('\n\n'));
    expect(articles.map((a) => a.text.slice(0, 2))).toEqual(['甲文', '乙文']);
  });

  it('splits at a lead paragraph indented less than the body around it', () => {
    const raw = [
      '　甲文导语。',
      '　　甲文正文。',
      '　乙文导语。',
      '　　乙文正文。',
      '　　乙文结尾。',
    ].join('\n');
    expect(parseArticles(raw).map((a) => a.text.split('\n')[0])).toEqual([
      '甲文导语。',
      '乙文导语。',
    ]);
  });

  it('returns no articles for empty or whitespace-only input', () => {
    expect(parseArticles('')).toEqual([]);
    expect(parseArticles('\ufeff \r\n\u3000\u3000\n\t')).toEqual([]);
  });
});
