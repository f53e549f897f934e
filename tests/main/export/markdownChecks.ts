/**
 * Tiny Markdown reader for tests: enough of CommonMark's rules to tell whether escaped user text
 * would render literally, without adding a Markdown parser dependency.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', '#32': ' ', '#9': '\t' };

/** What a CommonMark renderer displays for a line of escaped text: escapes and entities undone. */
export function readLiteral(escaped: string): string {
  return escaped.replace(
    /\\([!-/:-@[-`{-~])|&(amp|lt|gt|#32|#9);/g,
    (_match, punct: string | undefined, entity: string | undefined) =>
      punct ?? ENTITIES[entity ?? ''] ?? '',
  );
}

// Line starts that CommonMark, GFM, Obsidian or Logseq read as structure rather than text.
const BLOCK_START = /^(?: {0,3}(?:[#>*+\-=_`~|<[]|\d{1,9}[.)](?:[ \t]|$))| {4}|\t)/;

/** True when the line would open a heading, list, quote, code block, table, HTML, rule… */
export function startsBlockStructure(line: string): boolean {
  return BLOCK_START.test(line);
}

const INLINE_SYNTAX = new Set('`*_[]|~#$^<>\\&');
const DOUBLED_SYNTAX = new Set('=%:{}');

/** Syntax characters left unescaped in a line of escaped text (an empty list means fully escaped). */
export function unescapedSyntax(line: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < line.length; i += 1) {
    const c = line.charAt(i);
    if (c === '\\' && /[!-/:-@[-`{-~]/.test(line.charAt(i + 1))) {
      i += 1;
    } else if (c === '&' && /^&(?:amp|lt|gt|#32|#9);/.test(line.slice(i))) {
      i = line.indexOf(';', i);
    } else if (INLINE_SYNTAX.has(c) || (DOUBLED_SYNTAX.has(c) && line.charAt(i + 1) === c)) {
      found.push(c);
    }
  }
  return found;
}

/** User notes that would create structure, formatting or HTML if written to Markdown unescaped. */
export const DANGEROUS_TEXTS = [
  '# heading',
  '## 小标题',
  '*',
  '>',
  '-',
  '1.',
  '`',
  '[link](x)',
  '<script>alert(1)</script>',
  '---',
  '|',
  '===',
  '=',
  '- item',
  '+ item',
  '* item',
  '1. 第一点',
  '2) 第二点',
  '> 引用',
  '```js',
  '~~~',
  '**粗体** and _斜体_ and ~~删除~~',
  '| 列1 | 列2 |',
  '![img](x.png)',
  '[[维基链接]]',
  '#标签 inside #text',
  '$E=mc^2$',
  '==高亮==',
  '%%注释%%',
  '类别:: 政治',
  '{{embed [[x]]}}',
  '    indented code',
  '\tcode',
  '&amp; &lt; AT&T',
  'ends with a backslash \\',
  '<!-- comment -->',
  '<https://example.com>',
  '[^1]',
  '[ref]: https://example.com',
  '___',
  'a\\*b',
];
