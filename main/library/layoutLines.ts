/** One non-blank source line: its text without layout whitespace, and how deep it was indented. */
export interface LayoutLine {
  text: string;
  /** Indentation width in half-width columns: full-width space 2, tab 4, other spaces 1. */
  indent: number;
}

// Line breaks of every platform, plus the Unicode separators some editors write.
const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/u;

/** Splits raw text into its non-blank lines, separating layout (indentation, BOM, blank lines) from text. */
export function readLayoutLines(raw: string): LayoutLine[] {
  const lines: LayoutLine[] = [];
  for (const line of raw.split(LINE_BREAK)) {
    const text = line.trim();
    if (text === '') continue;
    const leading = line.slice(0, line.length - line.trimStart().length);
    lines.push({ text, indent: indentWidth(leading) });
  }
  return lines;
}

/** The width of a line's leading whitespace, so a Markdown import measures indents as a .txt one does. */
export function indentWidth(leading: string): number {
  let width = 0;
  for (const ch of leading) {
    if (ch === '\u3000') width += 2;
    else if (ch === '\t') width += 4;
    else if (ch !== '\ufeff') width += 1;
  }
  return width;
}
