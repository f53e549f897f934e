import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import type { Annotation, HighlightColor } from '../../../shared/model/annotation';
import type { Article } from '../../../shared/model/article';
import { createTarget, findQuote } from '../../../main/annotations/anchor';
import {
  annotationLink,
  renderMarkdown,
  type MarkdownExportInput,
} from '../../../main/export/markdown';
import { DANGEROUS_TEXTS, readLiteral, startsBlockStructure } from './markdownChecks';

const EXPORTED_AT = new Date('2026-11-26T09:30:00.000Z');

const GUANGZHOU: Article = {
  id: 'gz-2026',
  title: '“大湾区的发展成就令人赞叹”',
  source: '人民日报',
  text:
    '“大湾区的发展成就令人赞叹”\n本报记者 姜晓丹\n' +
    '“作为在粤港澳大湾区生活了近20年的‘老外’，我觉得开放、包容、创新已经成为大湾区发展的代名词。”\n' +
    '彼得·赫利斯来自德国，中文名字是贺励平。1999年满怀着对中国的兴趣，他前往北京留学，从此便扎根中国。',
  blocks: [],
};

const SHENZHEN: Article = {
  id: 'sz 2026/(1)',
  title: '深圳：科技创新的热土',
  source: '新华社',
  text: '深圳是科技创新的热土。\n越来越多的外国青年来到深圳创业。',
  blocks: [],
};

let nextId = 0;
function highlight(
  article: Article,
  quote: string,
  note = '',
  color: HighlightColor = 'yellow',
): Annotation {
  const range = findQuote(article.text, quote);
  if (!range) throw new Error(`test setup: "${quote}" not in ${article.id}`);
  nextId += 1;
  return {
    id: `note-${nextId}`,
    articleId: article.id,
    creator: { id: 'u1', name: '小李' },
    created: '2026-11-25T08:00:00.000Z',
    modified: '2026-11-25T08:00:00.000Z',
    color,
    note,
    target: createTarget(article.text, range.start, range.end),
  };
}

/** The file alone, for the tests that look at its text. */
const md = (input: MarkdownExportInput) => renderMarkdown(input).markdown;

interface Parsed {
  /** key → raw value; a YAML block list is kept as its raw items. */
  frontMatter: Map<string, string | string[]>;
  body: string[];
}

/** Splits the export into front matter (key → raw value) and body lines, checking the fences. */
function parse(markdown: string): Parsed {
  const lines = markdown.split('\n');
  expect(lines[0]).toBe('---');
  const close = lines.indexOf('---', 1);
  expect(close).toBeGreaterThan(3);
  const frontMatter = new Map<string, string | string[]>();
  let list: string[] | null = null;
  for (const line of lines.slice(1, close)) {
    const item = /^ {2}- (.+)$/.exec(line);
    if (item?.[1] && list) {
      list.push(item[1]);
      continue;
    }
    const match = /^([a-z]+):(?: (.+))?$/.exec(line);
    if (!match?.[1]) throw new Error(`not a front matter line: ${line}`);
    list = match[2] === undefined ? [] : null;
    frontMatter.set(match[1], match[2] ?? list!);
  }
  expect(markdown.endsWith('\n')).toBe(true);
  return { frontMatter, body: lines.slice(close + 1) };
}

/** Every body line must be one the exporter generates, or text that cannot start a block. */
function expectOnlyGeneratedStructure(body: string[], headings: number): void {
  expect(body.filter((line) => line.startsWith('#'))).toHaveLength(headings);
  for (const line of body) {
    const generated =
      line === '' ||
      line === '>' ||
      /^#{1,2} \S/.test(line) ||
      /^> /.test(line) ||
      /^- Colour: (yellow|green|blue|pink)$/.test(line) ||
      /^- Highlighted: \d{4}-\d{2}-\d{2}$/.test(line) ||
      /^- \[Open in Yuedu\]\(yuedu:\/\/article\/[^()\s]+#[^()\s]+\)$/.test(line);
    if (!generated) expect(startsBlockStructure(line), `line: ${line}`).toBe(false);
  }
}

/** The rendered note of the only highlight: the lines between the quote and the colour line. */
function noteLines(body: string[]): string[] {
  const afterQuote = body.findLastIndex((line) => line.startsWith('>')) + 1;
  const colour = body.findIndex((line) => line.startsWith('- Colour: '));
  return body
    .slice(afterQuote, colour)
    .filter((line, i, all) => line !== '' || (i > 0 && i < all.length - 1));
}

describe('renderMarkdown', () => {
  it('renders one article as front matter, its title as H1 and each highlight in reading order', () => {
    const later = highlight(GUANGZHOU, '贺励平', '德国人，中文名。', 'green');
    const earlier = highlight(
      GUANGZHOU,
      '开放、包容、创新',
      '三个关键词。\n记住顺序。\n\n第二段：对比上海。',
    );
    const exported = renderMarkdown({
      articles: [GUANGZHOU],
      annotations: [later, earlier],
      exportedAt: EXPORTED_AT,
      scope: 'article',
    });
    expect(exported.highlights).toBe(2);
    expect(exported.markdown).toBe(
      [
        '---',
        'title: "“大湾区的发展成就令人赞叹”"',
        'source: "人民日报"',
        'exported: 2026-11-26T09:30:00.000Z',
        'highlights: 2',
        'tags: [yuedu]',
        '---',
        '',
        '# “大湾区的发展成就令人赞叹”',
        '',
        '> 开放、包容、创新',
        '',
        '三个关键词。',
        '记住顺序。',
        '',
        '第二段：对比上海。',
        '',
        '- Colour: yellow',
        '- Highlighted: 2026-11-25',
        `- [Open in Yuedu](yuedu://article/gz-2026#${earlier.id})`,
        '',
        '> 贺励平',
        '',
        '德国人，中文名。',
        '',
        '- Colour: green',
        '- Highlighted: 2026-11-25',
        `- [Open in Yuedu](yuedu://article/gz-2026#${later.id})`,
        '',
      ].join('\n'),
    );
  });

  it('exports all annotated articles in library order, listing sources and titles in YAML', () => {
    const { markdown, highlights } = renderMarkdown({
      articles: [SHENZHEN, { ...GUANGZHOU, id: 'unannotated' }, GUANGZHOU],
      annotations: [highlight(GUANGZHOU, '贺励平'), highlight(SHENZHEN, '科技创新的热土')],
      exportedAt: EXPORTED_AT,
      scope: 'all',
    });
    expect(highlights).toBe(2);
    const { frontMatter, body } = parse(markdown);
    expect(frontMatter.get('title')).toBe('"Yuedu notes"');
    const items = (key: string) => (frontMatter.get(key) as string[]).map((v) => JSON.parse(v));
    expect(items('sources')).toEqual(['新华社', '人民日报']);
    expect(items('articles')).toEqual(['深圳：科技创新的热土', '“大湾区的发展成就令人赞叹”']);
    expect(frontMatter.get('highlights')).toBe('2');
    expect(frontMatter.get('tags')).toBe('[yuedu]');
    expect(body.filter((line) => line.startsWith('#'))).toEqual([
      '# Yuedu notes',
      '## 深圳：科技创新的热土',
      '## “大湾区的发展成就令人赞叹”',
    ]);
    expectOnlyGeneratedStructure(body, 3);
  });

  it('writes its own words in Chinese for a Chinese export', () => {
    const note = highlight(SHENZHEN, '科技创新的热土', '', 'blue');
    const article = md({
      articles: [SHENZHEN],
      annotations: [note],
      exportedAt: EXPORTED_AT,
      scope: 'article',
      language: 'zh',
    });
    expect(article).toContain('- 颜色: 蓝色\n- 标注于: 2026-11-25\n- [在阅读中打开](yuedu://');
    expect(article).not.toMatch(/Colour|Open in Yuedu|Highlighted/);
    const all = md({
      articles: [SHENZHEN],
      annotations: [note],
      exportedAt: EXPORTED_AT,
      scope: 'all',
      language: 'zh',
    });
    expect(all).toContain('title: "阅读笔记"');
    expect(all).toContain('\n# 阅读笔记\n');
  });

  it('counts no highlights when there are none, for the caller to refuse the export', () => {
    expect(
      renderMarkdown({
        articles: [SHENZHEN],
        annotations: [],
        exportedAt: EXPORTED_AT,
        scope: 'all',
      }).highlights,
    ).toBe(0);
  });

  it('reads in a Markdown renderer as one H1, quotes, and links back', () => {
    const markdown = md({
      articles: [SHENZHEN, GUANGZHOU],
      annotations: [highlight(GUANGZHOU, '贺励平', '笔记'), highlight(SHENZHEN, '热土')],
      exportedAt: EXPORTED_AT,
      scope: 'all',
    });
    const html = new MarkdownIt().render(markdown.slice(markdown.indexOf('\n---\n') + 5));
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html.match(/<h2>/g)).toHaveLength(2);
    expect(html.match(/<blockquote>/g)).toHaveLength(2);
    expect(html).toContain('<li>Highlighted: 2026-11-25</li>');
  });

  it('quotes every line of a highlight that spans paragraphs', () => {
    const annotation = highlight(SHENZHEN, '热土。\n越来越多');
    const { body } = parse(
      md({
        articles: [SHENZHEN],
        annotations: [annotation],
        exportedAt: EXPORTED_AT,
        scope: 'article',
      }),
    );
    expect(body).toContain('> 热土。');
    expect(body).toContain('> 越来越多');
    expect(body).not.toContain('越来越多');
  });

  it('percent-encodes ids in the link back so they cannot end the Markdown link', () => {
    expect(annotationLink('sz 2026/(1)', 'a#b)c')).toBe(
      'yuedu://article/sz%202026%2F%281%29#a%23b%29c',
    );
  });

  it.each(DANGEROUS_TEXTS)('renders the note %j as literal text', (note) => {
    const markdown = md({
      articles: [GUANGZHOU],
      annotations: [highlight(GUANGZHOU, '贺励平', note)],
      exportedAt: EXPORTED_AT,
      scope: 'article',
    });
    const { frontMatter, body } = parse(markdown);
    expect(frontMatter.size).toBeGreaterThanOrEqual(3);
    expect(markdown).not.toMatch(/<script/i);
    expectOnlyGeneratedStructure(body, 1);
    expect(readLiteral(noteLines(body).join('\n'))).toBe(
      note.trim() === '' ? '' : note.replace(/^\n+|\n+$/g, ''),
    );
  });

  it('renders a dangerous quote and title literally too', () => {
    const article: Article = {
      ...SHENZHEN,
      title: '# 标题 <script>alert(1)</script>\n---',
      text: '正文。\n# 不是标题\n<script>alert(1)</script>\n结束。',
    };
    const annotation = highlight(article, '# 不是标题\n<script>alert(1)</script>');
    const markdown = md({
      articles: [article],
      annotations: [annotation],
      exportedAt: EXPORTED_AT,
      scope: 'article',
    });
    const { frontMatter, body } = parse(markdown);
    expect(markdown).not.toMatch(/<script/i);
    expectOnlyGeneratedStructure(body, 1);
    expect(body).toContain('# \\# 标题 &lt;script&gt;alert(1)&lt;/script&gt; ---');
    expect(body).toContain('> \\# 不是标题');
    expect(JSON.parse(frontMatter.get('title') as string)).toBe(
      '# 标题 <script>alert(1)</script> ---',
    );
  });

  it('keeps titles with quotes, colons and newlines inside one YAML value', () => {
    const title = '专访: 他说"开放、包容"\n#第二行 \\ 结束';
    const markdown = md({
      articles: [{ ...SHENZHEN, title }],
      annotations: [],
      exportedAt: EXPORTED_AT,
      scope: 'article',
    });
    const { frontMatter, body } = parse(markdown);
    expect([...frontMatter.keys()]).toEqual(['title', 'source', 'exported', 'highlights', 'tags']);
    expect(JSON.parse(frontMatter.get('title') as string)).toBe(
      '专访: 他说"开放、包容" #第二行 \\ 结束',
    );
    expect(body.filter((line) => line !== '')).toEqual([
      '# 专访: 他说"开放、包容" \\#第二行 \\\\ 结束',
    ]);
  });

  it('only includes the exported article in an article export', () => {
    const markdown = md({
      articles: [SHENZHEN],
      annotations: [highlight(SHENZHEN, '深圳'), highlight(GUANGZHOU, '贺励平')],
      exportedAt: EXPORTED_AT,
      scope: 'article',
    });
    expect(markdown).toContain('> 深圳');
    expect(markdown).not.toContain('贺励平');
  });

  it('keeps notes on articles no longer in the library, titled by their id', () => {
    const orphan = { ...highlight(SHENZHEN, '深圳', '旧笔记'), articleId: 'removed-1' };
    const markdown = md({
      articles: [GUANGZHOU],
      annotations: [orphan],
      exportedAt: EXPORTED_AT,
      scope: 'all',
    });
    expect(markdown).toContain('## removed-1');
    expect(markdown).toContain('旧笔记');
  });
});

describe('renderMarkdown with control characters', () => {
  it('lets no ESC, BEL or bidirectional override from a note, quote or title reach the file raw', () => {
    const hostile: Article = {
      ...SHENZHEN,
      id: 'hostile',
      title: '标题\u001b]0;改标题\u0007\u202e',
      text: '正文\u001b[2J清屏\u0007。\n第二段。',
    };
    const markdown = md({
      articles: [hostile],
      annotations: [
        highlight(hostile, '正文\u001b[2J清屏\u0007', '笔记\u0007\u001b[31m红\u202e反'),
      ],
      exportedAt: EXPORTED_AT,
      scope: 'article',
    });
    // eslint-disable-next-line no-control-regex -- looking for raw control characters
    expect(markdown).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(markdown).toContain('> 正文␛\\[2J清屏␇');
    expect(markdown).toContain('笔记␇␛\\[31m红⟨U+202E⟩反');
    expect(markdown).toContain('# 标题␛\\]0;改标题␇⟨U+202E⟩');
    expect(markdown).toContain('title: "标题\\u001b]0;改标题\\u0007\\u202e"');
  });
});
