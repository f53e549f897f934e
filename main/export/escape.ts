import { revealControls } from '../../shared/text/revealControls';

/**
 * Escaping for user text placed into exported Markdown and YAML. Only ASCII syntax characters and
 * control characters are touched, so Chinese text, punctuation and emoji come out exactly as written.
 */

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

// Characters that take effect anywhere in a line in CommonMark, GFM, Obsidian or Logseq:
// emphasis, code, links/wikilinks/footnotes, tables, strikethrough, tags, math, block ids.
const INLINE_SYNTAX = /[\\`*_[\]|~#$^&<>]/g;
// Characters that only take effect when doubled: Obsidian ==highlight== and %%comments%%,
// Logseq/Dataview key:: value properties, Logseq {{macros}}.
const DOUBLED_SYNTAX = /([=%:{}])\1+/g;
// Block markers that only take effect at the start of a line (after the inline pass has run).
const LINE_START_MARKER = /^(?:[-+=]|\d{1,9}[.)](?=[ \t]|$))/;

/**
 * Makes user text (notes, quotes, titles) render literally: no structure, formatting or raw HTML,
 * and no control characters (ESC, BEL, bidirectional overrides; tab and line breaks stay), which
 * are written as visible stand-ins so a note cannot drive the terminal that shows the file.
 */
export function escapeMarkdownText(text: string): string {
  return revealControls(normalizeLineEndings(text), { keep: '\t\n' })
    .split('\n')
    .map(escapeMarkdownLine)
    .join('\n');
}

/** Turns CR LF and lone CR into LF, the only line ending the exporter writes. */
export function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function escapeMarkdownLine(line: string): string {
  const indentLength = line.length - line.replace(/^[ \t]+/, '').length;
  // Leading spaces would make an indented code block; character references keep them but are
  // never read as structure.
  const indent = line
    .slice(0, indentLength)
    .replace(/[ \t]/g, (c) => (c === ' ' ? '&#32;' : '&#9;'));
  const body = line
    .slice(indentLength)
    .replace(INLINE_SYNTAX, (c) => HTML_ENTITIES[c] ?? `\\${c}`)
    .replace(DOUBLED_SYNTAX, (run) => run.replace(/./g, '\\$&'))
    .replace(LINE_START_MARKER, (marker) => `${marker.slice(0, -1)}\\${marker.slice(-1)}`);
  return indent + body;
}

const YAML_SHORT_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/**
 * YAML 1.2 forbids C0/C1 controls and DEL raw in double quotes; separators and BOM get mangled by
 * editors; bidirectional overrides and isolates would reorder the line in an editor; `<` `>` are
 * escaped so no tool that pastes front matter into HTML can receive a tag.
 */
function needsUnicodeEscape(unit: number): boolean {
  return (
    unit < 0x20 ||
    (unit >= 0x7f && unit <= 0x9f) ||
    (unit >= 0x202a && unit <= 0x202e) ||
    (unit >= 0x2066 && unit <= 0x2069) ||
    unit === 0x2028 ||
    unit === 0x2029 ||
    unit === 0xfeff ||
    unit === 0x3c ||
    unit === 0x3e ||
    unit === 0xfffe ||
    unit === 0xffff
  );
}

/**
 * Renders any string as a YAML double-quoted scalar (including the quotes) for front matter. The
 * escapes used are also valid JSON, so `JSON.parse` reads the value back exactly. Lone surrogates
 * cannot be written in YAML at all and become U+FFFD.
 */
export function escapeYamlString(value: string): string {
  let body = '';
  for (let i = 0; i < value.length; i += 1) {
    const c = value.charAt(i);
    const unit = value.charCodeAt(i);
    const short = YAML_SHORT_ESCAPES[c];
    if (short) {
      body += short;
    } else if (needsUnicodeEscape(unit)) {
      body += `\\u${unit.toString(16).padStart(4, '0')}`;
    } else if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogateAt(value, i + 1)) {
      body += value.slice(i, i + 2);
      i += 1;
    } else if (unit >= 0xd800 && unit <= 0xdfff) {
      body += '\ufffd';
    } else {
      body += c;
    }
  }
  return `"${body}"`;
}

function isLowSurrogateAt(text: string, index: number): boolean {
  const unit = text.charCodeAt(index);
  return unit >= 0xdc00 && unit <= 0xdfff;
}
