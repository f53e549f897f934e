// What JavaScript's \s matches beyond ASCII: NBSP, Ogham space, the typographic spaces, line
// and paragraph separators, narrow NBSP, medium math space, ideographic space and the BOM.
const UNICODE_SPACES = new Set([
  0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009,
  0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
]);

/**
 * Counts what a reader perceives as characters: non-whitespace code points, so 𠀀 counts once.
 * A plain loop over code units, since the library lists this for every article and an imported
 * one may hold millions of characters.
 */
export function countVisibleChars(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code <= 0x20) {
      if (code !== 0x20 && (code < 0x09 || code > 0x0d)) count += 1;
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      // The second half of a surrogate pair was counted with the first.
      if (i === 0 || !isHighSurrogate(text.charCodeAt(i - 1))) count += 1;
    } else if (code < 0xa0 || !UNICODE_SPACES.has(code)) count += 1;
  }
  return count;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

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
