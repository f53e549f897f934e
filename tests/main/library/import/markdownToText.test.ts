import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../../../main/library/import/markdownToText';

const texts = (source: string) => markdownToText(source).map((line) => line.text);

describe('markdownToText', () => {
  it('turns # headings and underlined headings into heading lines without their marks', () => {
    expect(
      markdownToText('# 夜市\n\n正文第一段。\n\n## 新的变化 ##\n\n副标题\n---\n正文。'),
    ).toEqual([
      { text: '夜市', indent: 0, kind: 'heading' },
      { text: '正文第一段。', indent: 0, kind: null },
      { text: '新的变化', indent: 0, kind: 'heading' },
      { text: '副标题', indent: 0, kind: 'heading' },
      { text: '正文。', indent: 0, kind: null },
    ]);
  });

  it('treats --- after a blank line as a rule, not as a heading underline', () => {
    expect(markdownToText('上一段。\n\n---\n\n下一段。')).toEqual([
      { text: '上一段。', indent: 0, kind: null },
      { text: '下一段。', indent: 0, kind: null },
    ]);
  });

  it('drops quote and bullet markers and marks those lines as paragraphs', () => {
    expect(markdownToText('> 他说：“很好。”\n- 第一项\n* 第二项\n1. 第三项')).toEqual([
      { text: '他说：“很好。”', indent: 0, kind: 'paragraph' },
      { text: '第一项', indent: 0, kind: 'paragraph' },
      { text: '第二项', indent: 0, kind: 'paragraph' },
      { text: '1. 第三项', indent: 0, kind: 'paragraph' },
    ]);
  });

  it('keeps fenced code verbatim and drops the fences', () => {
    expect(texts('前文\n```js\nconst **a** = [1](2);\n```\n后文')).toEqual([
      '前文',
      'const **a** = [1](2);',
      '后文',
    ]);
  });

  it('drops link reference definitions and lines that held only an image', () => {
    expect(texts('正文[见此][1]。\n![](photo.jpg)\n\n[1]: https://example.com "例子"')).toEqual([
      '正文见此。',
    ]);
  });

  it('keeps layout indentation so the article parser sees the same shape as a .txt', () => {
    expect(markdownToText('\u3000\u3000正文。')).toEqual([
      { text: '正文。', indent: 4, kind: null },
    ]);
  });

  it('never drops a character of text: a # without a space is not a heading', () => {
    expect(texts('#话题 与 C# 语言\n5 * 3 * 2 = 30')).toEqual([
      '#话题 与 C# 语言',
      '5 * 3 * 2 = 30',
    ]);
  });
});

describe('markdownToText inline syntax', () => {
  const line = (source: string) => texts(source).join('\n');

  it('removes emphasis, strike-through and code ticks around Chinese text', () => {
    expect(line('**夜幕降临**，*好吃*，__很__，_好_，~~旧~~，`代码`')).toBe(
      '夜幕降临，好吃，很，好，旧，代码',
    );
  });

  it('keeps link and image text and drops their targets', () => {
    expect(line('[烤红薯](https://example.com/a)和![图片说明](a.png)及<https://x.cn>')).toBe(
      '烤红薯和图片说明及https://x.cn',
    );
  });

  it('drops a link target that contains parentheses whole, leaving no stray ")"', () => {
    expect(line('见[维基百科](https://zh.wikipedia.org/wiki/粤剧_(戏曲))的条目。')).toBe(
      '见维基百科的条目。',
    );
    expect(line('见[说明](<a (b).html>)。')).toBe('见说明。');
  });

  it('leaves underscores inside words and escaped characters as text', () => {
    expect(line('snake_case_name 与 \\*不是强调\\* 和 \\# 号')).toBe(
      'snake_case_name 与 *不是强调* 和 # 号',
    );
  });

  it('does not touch syntax inside code spans', () => {
    expect(line('用 `**a**` 表示粗体')).toBe('用 **a** 表示粗体');
  });

  it('leaves private-use characters alone', () => {
    expect(line('\ue041 与 \\*')).toBe('\ue041 与 *');
  });

  it('drops HTML tags and keeps the words between them', () => {
    expect(
      texts('<div align="center">\n<b>居中</b>的文字\n</div>\n\n正文<br>继续。<!-- 注释 -->'),
    ).toEqual(['居中的文字', '正文继续。']);
  });

  it('joins the cells of a table row into one line', () => {
    expect(texts('| 城市 | 人口 |\n| --- | --- |\n| 香港 | 750万 |')).toEqual([
      '城市 人口',
      '香港 750万',
    ]);
  });
});

describe('markdownToText on hostile input', () => {
  // Each of these made the old regular-expression converter quadratic or worse (99 KB took 23 s).
  const ADVERSARIAL: Record<string, (n: number) => string> = {
    'repeated *': (n) => '*a '.repeat(n / 3),
    'repeated _': (n) => '_中 '.repeat(n / 3),
    'repeated [': (n) => '['.repeat(n),
    'repeated ![': (n) => '!['.repeat(n / 2),
    'link openers': (n) => '[a](b'.repeat(n / 5),
    'nested >': (n) => '>'.repeat(n),
    backticks: (n) => '`a``'.repeat(n / 4),
    'emphasis runs': (n) => '**a*'.repeat(n / 4),
  };

  // Speed is measured by `npm run bench:import` (docs/benchmarks/import.md); this only proves the
  // work finishes, where the old converter ran for minutes, and that no text is lost on the way.
  it.each(Object.keys(ADVERSARIAL))(
    'reads 300 KB of %s and keeps its text',
    { timeout: 60_000 },
    (name) => {
      const source = ADVERSARIAL[name]!(300_000);
      const text = markdownToText(source)
        .map((line) => line.text)
        .join('');
      const letters = (value: string) => value.replace(/[^a-z中]/gu, '');
      expect(letters(text)).toBe(letters(source));
    },
  );
});
