/** Counts what a reader perceives as characters: non-whitespace code points, so 𠀀 counts once. */
export function countVisibleChars(text: string): number {
  let count = 0;
  for (const ch of text) if (!/\s/u.test(ch)) count += 1;
  return count;
}

/** Shortens text for titles and list previews without splitting a surrogate pair; adds "…" when cut. */
export function cutText(text: string, maxChars: number): string {
  const chars = Array.from(text);
  if (chars.length <= maxChars) return text;
  return chars.slice(0, Math.max(0, maxChars - 1)).join('') + '…';
}

/** Collapses whitespace runs so texts that differ only in layout compare equal. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
