import MarkdownIt, { type Token } from 'markdown-it';
import { describe, expect, it } from 'vitest';
import type { Creator } from '../../../shared/model/annotation';
import type { GroupNote, Reply } from '../../../shared/model/group';
import { groupExportFilename, renderGroupMarkdown } from '../../../main/export/groupMarkdown';
import { annotationLink } from '../../../main/export/markdown';
import { ANNA, WANG, highlightBy, replyBy } from '../group/groupFixture';
import { DANGEROUS_TEXTS } from './markdownChecks';

const EXPORTED_AT = new Date('2026-11-26T09:30:00.000Z');
const ARTICLES = [
  { id: 'yueju', title: '粤剧：岭南文化的瑰宝', source: '人民日报' },
  { id: 'other', title: '第二篇', source: '新华社' },
];

function note(
  creator: Creator,
  id: string,
  quote: string,
  text: string,
  replies: Reply[] = [],
  mine = false,
): GroupNote {
  return { ...highlightBy(creator, id, quote, undefined, text), state: 'anchored', mine, replies };
}

/** The body after the front matter, as CommonMark tokens. */
function tokens(markdown: string): Token[] {
  const body = markdown.slice(markdown.indexOf('\n---\n', 4) + 5);
  return new MarkdownIt().parse(body, {});
}

/** What a reader sees of an inline token: its text children, escapes and entities undone. */
const shown = (token: Token) =>
  (token.children ?? [])
    .filter((c) => c.type === 'text' || c.type === 'softbreak')
    .map((c) => (c.type === 'softbreak' ? '\n' : c.content))
    .join('');

/** Every inline token with the kinds of blocks it sits in, outermost first. */
function inlines(all: Token[]): Array<{ token: Token; path: string[] }> {
  const path: string[] = [];
  const found: Array<{ token: Token; path: string[] }> = [];
  for (const token of all) {
    if (token.nesting === 1) path.push(token.type.replace(/_open$/, ''));
    else if (token.nesting === -1) path.pop();
    else if (token.type === 'inline') found.push({ token, path: [...path] });
  }
  return found;
}

const strongText = (token: Token) => {
  const children = token.children ?? [];
  const open = children.findIndex((c) => c.type === 'strong_open');
  return open < 0 ? undefined : children[open + 1]?.content;
};

describe('group Markdown export', () => {
  const reply = replyBy(WANG, 'r1', 'a1', '我也这么想。\n\n第二段回复');
  const notes = [
    note(ANNA, 'a1', '粤剧', 'Anna 的笔记', [reply]),
    note(WANG, 'w1', '岭南文化', '王的笔记', [], true),
  ];
  const { markdown, highlights } = renderGroupMarkdown({
    articles: ARTICLES,
    notes,
    exportedAt: EXPORTED_AT,
  });
  const all = tokens(markdown);

  it('puts each article under a heading and each highlight under its member’s name', () => {
    expect(highlights).toBe(2);
    const headings = inlines(all).filter(({ path }) => path.at(-1) === 'heading');
    expect(headings.map(({ token }) => shown(token))).toEqual([
      'Study group notes',
      '粤剧：岭南文化的瑰宝',
    ]);
    const names = inlines(all)
      .filter(({ path }) => path.length === 1)
      .map(({ token }) => strongText(token))
      .filter(Boolean);
    expect(names).toEqual(['Anna', '王小明']);
    const quotes = inlines(all).filter(({ path }) => path.includes('blockquote'));
    expect(quotes.map(({ token }) => shown(token))).toEqual(['粤剧', '岭南文化']);
  });

  it('nests the replies under their highlight with author, time and every paragraph', () => {
    const nested = inlines(all).filter(
      ({ path }) => path.filter((p) => p === 'bullet_list').length === 2,
    );
    expect(strongText(nested[0]!.token)).toBe('王小明');
    expect(shown(nested[0]!.token)).toMatch(/, 2026-11-0[12] \d\d:\d\d$/);
    expect(nested.slice(1).map(({ token }) => shown(token))).toEqual([
      '我也这么想。',
      '第二段回复',
    ]);
  });

  it('links each highlight back to Yuedu the way the single-user export does', () => {
    const links = all
      .flatMap((t) => t.children ?? [])
      .filter((c) => c.type === 'link_open')
      .map((c) => c.attrGet('href'));
    expect(links).toEqual([annotationLink('yueju', 'a1'), annotationLink('yueju', 'w1')]);
  });

  it('lists the members and articles in the front matter', () => {
    const front = markdown.slice(0, markdown.indexOf('\n---\n', 4));
    expect(front).toContain('members:\n  - "Anna"\n  - "王小明"');
    expect(front).toContain('articles:\n  - "粤剧：岭南文化的瑰宝"');
  });

  it('titles a one-article export with the article and names the file after it', () => {
    const one = renderGroupMarkdown({
      articles: ARTICLES,
      notes,
      exportedAt: EXPORTED_AT,
      articleId: 'yueju',
    });
    expect(shown(tokens(one.markdown).find((t) => t.type === 'inline')!)).toBe(
      '粤剧：岭南文化的瑰宝',
    );
    expect(groupExportFilename('yueju', EXPORTED_AT)).toMatch(
      /^yuedu-group-yueju-2026-11-2\d\.md$/,
    );
    expect(groupExportFilename(undefined, EXPORTED_AT)).toMatch(/^yuedu-group-notes-/);
  });

  it.each(DANGEROUS_TEXTS)('renders %j in a note, a reply and a name as literal text', (text) => {
    const evil: Creator = { id: 'evil', name: text };
    const { markdown: out } = renderGroupMarkdown({
      articles: ARTICLES,
      notes: [note(evil, 'e1', '粤剧', text, [replyBy(evil, 'r9', 'e1', text)])],
      exportedAt: EXPORTED_AT,
    });
    const parsed = tokens(out);
    expect(parsed.some((t) => t.type === 'html_block' || t.type === 'code_block')).toBe(false);
    expect(parsed.flatMap((t) => t.children ?? []).some((c) => c.type === 'html_inline')).toBe(
      false,
    );
    const found = inlines(parsed);
    const plain = found.filter(
      ({ token, path }) => strongText(token) === undefined && path.at(-1) === 'paragraph',
    );
    expect(plain.filter(({ path }) => path.length === 1).map(({ token }) => shown(token))).toEqual([
      text,
    ]);
    // The reply's paragraph, inside the "Replies" item's nested list item.
    expect(plain.filter(({ path }) => path.length === 5).map(({ token }) => shown(token))).toEqual([
      text,
    ]);
    const names = found.map(({ token }) => strongText(token)).filter(Boolean);
    expect(names).toEqual([text.trim(), text.trim()]);
  });

  it('shows control characters from notes, replies and names as visible stand-ins', () => {
    const sly: Creator = { id: 'sly', name: 'A\u202eB\u001b[2J' };
    const { markdown: out } = renderGroupMarkdown({
      articles: ARTICLES,
      notes: [note(sly, 's1', '粤剧', 'ring\u0007', [replyBy(sly, 'r2', 's1', 'esc\u001b[31m')])],
      exportedAt: EXPORTED_AT,
    });
    // eslint-disable-next-line no-control-regex -- the test looks for raw controls
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(out).toContain('␇');
    expect(out).toContain('⟨U+202E⟩');
  });
});
