import type { Snippet } from '../../shared/model/search';

/** One piece of a snippet: plain text, or a query match to show inside `<mark>`. */
export interface SnippetPart {
  text: string;
  marked: boolean;
}

/**
 * Cuts a snippet into plain and marked parts. Marks may arrive unsorted, overlapping or out of
 * bounds; they are clamped and merged so every character appears exactly once.
 */
export function splitSnippet(snippet: Snippet): SnippetPart[] {
  const length = snippet.text.length;
  const marks = snippet.marks
    .map(([start, end]) => [Math.max(0, start), Math.min(length, end)] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of marks) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  const parts: SnippetPart[] = [];
  let cursor = 0;
  for (const [start, end] of merged) {
    if (start > cursor) parts.push({ text: snippet.text.slice(cursor, start), marked: false });
    parts.push({ text: snippet.text.slice(start, end), marked: true });
    cursor = end;
  }
  if (cursor < length) parts.push({ text: snippet.text.slice(cursor), marked: false });
  return parts;
}
