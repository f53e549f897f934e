import type { BlockKind } from '../../../shared/model/article';
import { readLayoutLines } from '../layoutLines';

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

const FENCE = /^(`{3,}|~{3,})/u;
const ATX_HEADING = /^#{1,6}(?:\s+|$)(.*?)(?:\s+#+)?$/u;
const SETEXT_UNDERLINE = /^(=+|-+)$/u;
const THEMATIC_BREAK = /^([-*_])(\s*\1){2,}$/u;
const LINK_DEFINITION = /^\[[^\]]+\]:\s*\S+(\s+["'(].*["')])?$/u;
const BLOCK_QUOTE = /^(>\s?)+/u;
const BULLET = /^[-*+]\s+/u;
// The line breaks readLayoutLines splits on; Markdown also needs to see the blank lines between.
const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/u;
// Escaped punctuation is parked on these private-use characters while the syntax around it goes.
const PARKED = /[\ue000-\ue07f]/u;

/**
 * Reads a Markdown file as the plain text a reader sees: heading marks, quote and bullet markers,
 * emphasis, code ticks and link targets go; every word of text stays, in order. Lines stay lines
 * (Chinese Markdown puts one paragraph per line), so the article parser sees the same shape as in
 * a .txt file. Code blocks are kept verbatim.
 */
export function markdownToText(source: string): MarkdownLine[] {
  const out: MarkdownLine[] = [];
  let fence: string | null = null;
  // The paragraph line right above, which a following === or --- underline turns into a heading.
  let lineAbove: MarkdownLine | undefined;
  for (const rawLine of source.split(LINE_BREAK)) {
    const underlined = lineAbove;
    lineAbove = undefined;
    const layout = readLayoutLines(rawLine)[0];
    if (layout === undefined) continue;
    const { text: line, indent } = layout;
    const fenceMark = FENCE.exec(line)?.[1];
    if (fence !== null) {
      if (fenceMark !== undefined && fenceMark[0] === fence[0] && fenceMark.length >= fence.length)
        fence = null;
      else out.push({ text: line, indent, kind: 'paragraph' });
      continue;
    }
    if (fenceMark !== undefined) {
      fence = fenceMark;
      continue;
    }
    if (underlined !== undefined && SETEXT_UNDERLINE.test(line)) {
      underlined.kind = 'heading';
      continue;
    }
    if (THEMATIC_BREAK.test(line) || LINK_DEFINITION.test(line)) continue;
    const heading = ATX_HEADING.exec(line);
    const marker = heading ? '' : (BLOCK_QUOTE.exec(line)?.[0] ?? BULLET.exec(line)?.[0] ?? '');
    const text = stripInline(heading ? heading[1]! : line.slice(marker.length)).trim();
    if (text === '') continue;
    const kind: BlockKind | null = heading ? 'heading' : marker !== '' ? 'paragraph' : null;
    const entry: MarkdownLine = { text, indent: heading ? 0 : indent, kind };
    out.push(entry);
    if (kind === null) lineAbove = entry;
  }
  return out;
}

/** Removes inline syntax outside code spans; code spans lose only their backticks. */
export function stripInline(line: string): string {
  return line
    .split(/(`+)(.+?)\1/u)
    .map((part, i) => {
      if (i % 3 === 1) return '';
      if (i % 3 === 2) return part;
      return stripInlineOutsideCode(part);
    })
    .join('');
}

function stripInlineOutsideCode(text: string): string {
  const canPark = !PARKED.test(text);
  const parked = canPark
    ? text.replace(/\\([!-/:-@[-`{-~])/gu, (_, ch: string) =>
        String.fromCharCode(0xe000 + ch.charCodeAt(0)),
      )
    : text;
  const stripped = parked
    // ![alt](src) → alt, [text](href) or [text][ref] → text, <https://…> → https://…
    .replace(/!\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/gu, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/gu, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/gu, '$1')
    // **strong**, __strong__, *em*, _em_ (not inside words, so snake_case stays), ~~struck~~
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/gu, '$2')
    .replace(/\*(?=[^\s*])(.+?)(?<=[^\s*])\*/gu, '$1')
    .replace(/(?<![\p{L}\p{N}_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\p{L}\p{N}_])/gu, '$1')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/gu, '$1');
  // \* \_ \# …: the escaped character is text, not syntax
  return canPark
    ? stripped.replace(/[\ue000-\ue07f]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xe000))
    : stripped;
}
