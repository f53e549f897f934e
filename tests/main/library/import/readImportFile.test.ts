import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../../main/library/import/readImportFile';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readImportFile', () => {
  it('splits a text file into articles with the seeds parser and drops repeats inside it', () => {
    const story =
      '\u3000\u3000第一篇的导语。\n\u3000\u3000\u3000\u3000正文一。\n\u3000\u3000\u3000\u3000正文二。';
    const other =
      '\u3000\u3000第二篇的导语。\n\u3000\u3000\u3000\u3000正文三。\n\u3000\u3000\u3000\u3000正文四。';
    const result = readImportFile('dump.txt', utf8([story, other, story].join('\n')));
    expect(result.ok && result.articles.map((a) => a.text)).toEqual([
      '第一篇的导语。\n正文一。\n正文二。',
      '第二篇的导语。\n正文三。\n正文四。',
    ]);
  });

  it('reads .md and .markdown files as Markdown, whatever the case of the extension', () => {
    for (const name of ['a.md', 'b.MD', 'c.markdown']) {
      const result = readImportFile(name, utf8('# 标题\n\n**正文**。'));
      expect(result, name).toEqual({
        ok: true,
        articles: [
          {
            text: '标题\n正文。',
            blocks: [
              { kind: 'heading', start: 0, end: 2 },
              { kind: 'paragraph', start: 3, end: 6 },
            ],
          },
        ],
      });
    }
  });

  it('leaves Markdown syntax alone in a .txt file', () => {
    const result = readImportFile('a.txt', utf8('# 标题\n\n**正文**。'));
    expect(result.ok && result.articles[0]!.text).toBe('# 标题\n**正文**。');
  });

  it('gives the decoding reason for a file it cannot read', () => {
    expect(readImportFile('x.txt', new Uint8Array([0, 1, 2]))).toEqual({
      ok: false,
      reason: 'not a text file: it contains binary data (NUL bytes)',
    });
  });

  it('refuses a Markdown file that holds only syntax', () => {
    expect(readImportFile('x.md', utf8('---\n\n![](a.png)\n'))).toEqual({
      ok: false,
      reason: 'the file holds no text',
    });
  });
});
