/** How much text either side of a highlight is kept, so it can be re-found after the text shifts. */
export const CONTEXT_LENGTH = 32;

/** UTF-16 halves of an astral character, for counting code points. */
export const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
export const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/** True when `offset` falls between the two halves of an astral character (emoji, CJK Ext-B…). */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return (
    offset > 0 &&
    offset < text.length &&
    isHighSurrogate(text.charCodeAt(offset - 1)) &&
    isLowSurrogate(text.charCodeAt(offset))
  );
}

/**
 * The quote selector of [start, end) in `text`: the words and up to CONTEXT_LENGTH code units of
 * context either side, never cutting a character in half. Main stores it with each highlight;
 * the reader rebuilds it from the article's text instead of receiving it.
 */
export function quoteAt(
  text: string,
  start: number,
  end: number,
): { exact: string; prefix: string; suffix: string } {
  let from = Math.max(0, start - CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, from)) from += 1;
  let to = Math.min(text.length, end + CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, to)) to -= 1;
  return {
    exact: text.slice(start, end),
    prefix: text.slice(from, start),
    suffix: text.slice(end, to),
  };
}
