import type { Block } from '../../shared/model/article';
import { findArticleStarts } from './articleBoundaries';
import { classifyBlock } from './classifyBlock';
import { readLayoutLines } from './layoutLines';

/** An article as parsed from text, before the library gives it an id, title and source. */
export interface ParsedArticle {
  text: string;
  blocks: Block[];
}

/**
 * Turns a plain-text file (one or several articles run together) into articles with classified
 * blocks. Only layout is removed — indentation, blank lines, BOM, line-ending style — so every
 * visible character of the input appears exactly once, in order, in the output.
 */
export function parseArticles(raw: string): ParsedArticle[] {
  const lines = readLayoutLines(raw).map((line) => ({ ...line, kind: classifyBlock(line.text) }));
  const starts = findArticleStarts(lines);
  return starts.map((start, n) => {
    const end = starts[n + 1] ?? lines.length;
    const blocks: Block[] = [];
    let offset = 0;
    for (const line of lines.slice(start, end)) {
      blocks.push({ kind: line.kind, start: offset, end: offset + line.text.length });
      offset += line.text.length + 1;
    }
    const text = lines
      .slice(start, end)
      .map((line) => line.text)
      .join('\n');
    return { text, blocks };
  });
}
