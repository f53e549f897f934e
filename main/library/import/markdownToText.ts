import MarkdownIt, { type Token } from 'markdown-it';
import type { BlockKind } from '../../../shared/model/article';
import { indentWidth } from '../layoutLines';

/**
 * One line of a Markdown file with its syntax removed. `kind` is the block kind the Markdown
 * states (a `#` or underlined heading; a list item, quote or code line is never a heading), or
 * null where only the text can tell, as in a .txt file.
 */
export interface MarkdownLine {
  text: string;
  indent: number;
  kind: BlockKind | null;
}

// CommonMark plus GitHub's tables and ~~strike-through~~; raw HTML is recognised so its tags can
// be dropped (never rendered: the output is plain text). No typographer: the text stays as written.
const parser = new MarkdownIt('default', { html: true, linkify: false, typographer: false });

// Line breaks CommonMark does not know but readLayoutLines (and so a .txt import) splits on.
const EXTRA_LINE_BREAKS = /[\v\f\u0085\u2028\u2029]/gu;

/** The block containers whose lines are body text, never a heading. */
const CONTAINERS = new Set(['blockquote_open', 'bullet_list_open', 'ordered_list_open']);

/**
 * Reads a Markdown file as the plain text a reader sees, from markdown-it's token stream (a real
 * CommonMark parser, linear in the input): heading marks, quote and bullet markers, emphasis, code
 * ticks, link targets, images and HTML tags go; every word of text stays, in order (an image keeps
 * its alt text, an ordered item its number). Lines stay lines (Chinese Markdown puts one paragraph
 * per line), so the article parser sees the same shape as in a .txt file.
 */
export function markdownToText(source: string): MarkdownLine[] {
  const normalized = source.replace(EXTRA_LINE_BREAKS, '\n');
  const sourceLines = normalized.split(/\r\n?|\n/u);
  const tokens = parser.parse(normalized, {});
  const out: MarkdownLine[] = [];
  let depth = 0;
  let heading = false;
  let itemNumber: string | null = null;
  // A table row's cells, joined into one line when the row ends.
  let row: string[] | null = null;
  const indentOf = (line: number) => {
    const raw = sourceLines[line] ?? '';
    return indentWidth(raw.slice(0, raw.length - raw.trimStart().length));
  };
  const push = (text: string, line: number, kind: BlockKind | null) => {
    const trimmed = text.trim();
    if (trimmed !== '')
      out.push({ text: trimmed, indent: kind === 'heading' ? 0 : indentOf(line), kind });
  };
  for (const token of tokens) {
    if (CONTAINERS.has(token.type)) depth += 1;
    else if (
      token.type.endsWith('_close') &&
      CONTAINERS.has(token.type.replace(/_close$/u, '_open'))
    )
      depth -= 1;
    const firstLine = token.map?.[0] ?? 0;
    const bodyKind: BlockKind | null = depth > 0 ? 'paragraph' : null;
    switch (token.type) {
      case 'heading_open':
        heading = true;
        break;
      case 'heading_close':
        heading = false;
        break;
      case 'list_item_open':
        // "1." or "1)": the number is part of what the reader should see; a bullet is not.
        itemNumber = token.info === '' ? null : `${token.info}${token.markup} `;
        break;
      case 'tr_open':
        row = [];
        break;
      case 'tr_close':
        push((row ?? []).filter((cell) => cell !== '').join(' '), firstLine, bodyKind);
        row = null;
        break;
      case 'inline': {
        if (row !== null) {
          row.push(
            inlineLines(token.children ?? [])
              .join(' ')
              .trim(),
          );
          break;
        }
        const kind: BlockKind | null = heading ? 'heading' : bodyKind;
        inlineLines(token.children ?? []).forEach((text, i) => {
          push(i === 0 && itemNumber !== null ? itemNumber + text : text, firstLine + i, kind);
        });
        itemNumber = null;
        break;
      }
      case 'fence':
        // Fenced code is kept verbatim, one line per line, after the opening fence.
        token.content.split('\n').forEach((text, i) => push(text, firstLine + 1 + i, 'paragraph'));
        break;
      case 'code_block':
        // Four-space indentation is how many Chinese texts indent paragraphs, not code: let the
        // text decide, as in a .txt file.
        token.content.split('\n').forEach((text, i) => push(text, firstLine + i, bodyKind));
        break;
      case 'html_block':
        // Tags go, the words between them stay.
        inlineLines(parser.parseInline(token.content, {})[0]?.children ?? []).forEach((text, i) =>
          push(text, firstLine + i, bodyKind),
        );
        break;
    }
  }
  return out;
}

/** The text of an inline token list, split at soft and hard line breaks. */
function inlineLines(children: readonly Token[]): string[] {
  const lines: string[] = [''];
  const append = (text: string) => {
    lines[lines.length - 1] += text;
  };
  const walk = (tokens: readonly Token[]) => {
    for (const child of tokens) {
      switch (child.type) {
        case 'text':
        case 'code_inline':
          append(child.content);
          break;
        case 'softbreak':
        case 'hardbreak':
          lines.push('');
          break;
        case 'image':
          walk(child.children ?? []);
          break;
        // Emphasis, strike-through and link open/close tokens, and inline HTML tags, carry no text.
      }
    }
  };
  walk(children);
  return lines;
}
