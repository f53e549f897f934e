import type { BlockKind } from '../../shared/model/article';

/** What boundary detection needs to know about each non-blank line. */
export interface BoundaryLine {
  indent: number;
  kind: BlockKind;
}

// A change between indented and flush text starts a new article only when both sides hold at least
// this many paragraphs, so a flush title or lead above indented body text stays with its article.
const MIN_PARAGRAPHS_PER_STYLE_RUN = 5;

/**
 * Finds where articles start in text that runs several together. Returns line indexes, always
 * including 0. Two signals, both seen in newspaper dumps:
 * - a lead paragraph indented less (but not zero) than the body paragraphs that follow it;
 * - a lasting switch between indented and flush paragraphs.
 */
export function findArticleStarts(lines: readonly BoundaryLine[]): number[] {
  if (lines.length === 0) return [];
  const bodyIndent = dominantIndent(lines);
  const starts = [0];
  // An article needs a paragraph of its own first, so a title or byline above a lead stays with it.
  let hasBody = lines[0]!.kind === 'paragraph';
  for (let i = 1; i < lines.length; i += 1) {
    const articleStart = starts[starts.length - 1]!;
    if (hasBody && (isLeadLine(lines, i, bodyIndent) || isStyleSwitch(lines, i, articleStart))) {
      starts.push(i);
      hasBody = false;
    }
    if (lines[i]!.kind === 'paragraph') hasBody = true;
  }
  return starts;
}

/** The most common non-zero indentation: the body-paragraph indent of indented text. */
function dominantIndent(lines: readonly BoundaryLine[]): number {
  const counts = new Map<number, number>();
  for (const { indent } of lines) if (indent > 0) counts.set(indent, (counts.get(indent) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [indent, count] of counts) {
    if (count > bestCount || (count === bestCount && indent > best))
      [best, bestCount] = [indent, count];
  }
  return best;
}

function isLeadLine(lines: readonly BoundaryLine[], i: number, bodyIndent: number): boolean {
  const line = lines[i]!;
  const previous = lines[i - 1]!;
  const next = lines[i + 1];
  return (
    line.kind === 'paragraph' &&
    line.indent > 0 &&
    line.indent < bodyIndent &&
    previous.indent !== line.indent &&
    next !== undefined &&
    next.indent === bodyIndent
  );
}

function isStyleSwitch(lines: readonly BoundaryLine[], i: number, articleStart: number): boolean {
  const indented = lines[i]!.indent > 0;
  if (indented === lines[i - 1]!.indent > 0) return false;
  let before = 0;
  for (let j = i - 1; j >= articleStart && lines[j]!.indent > 0 !== indented; j -= 1) {
    if (lines[j]!.kind === 'paragraph') before += 1;
  }
  let after = 0;
  for (let j = i; j < lines.length && lines[j]!.indent > 0 === indented; j += 1) {
    if (lines[j]!.kind === 'paragraph') after += 1;
  }
  return before >= MIN_PARAGRAPHS_PER_STYLE_RUN && after >= MIN_PARAGRAPHS_PER_STYLE_RUN;
}
