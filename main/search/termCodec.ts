import { isHanChar } from './tokenize';

// Han code points (up to U+3FFFF) become 5 digits over the alphabet A–P. Folded word tokens never
// contain ASCII capitals, so encoded Han terms cannot collide with them, and every encoded
// character is 5 letters long, so a 5-letter prefix always means "starts with this character".
const DIGITS = 'ABCDEFGHIJKLMNOP';
const DIGITS_PER_CHAR = 5;
const encodedChars = new Map<string, string>();

/**
 * Encodes one Han character (memoized: a library uses a few thousand distinct characters). MiniSearch
 * walks a tree node's children linearly and raw bigrams give its root ~1,500 children; over a
 * 16-letter alphabet builds run ~2.4× and loads ~1.9× faster (docs/benchmarks/search-v0.md).
 */
export function encodeHanChar(ch: string): string {
  let encoded = encodedChars.get(ch);
  if (encoded === undefined) {
    let code = ch.codePointAt(0)!;
    encoded = '';
    for (let i = 0; i < DIGITS_PER_CHAR; i++) {
      encoded = DIGITS[code & 0xf] + encoded;
      code >>>= 4;
    }
    encodedChars.set(ch, encoded);
  }
  return encoded;
}

/** The index form of a `tokenize` token: Han tokens encoded character by character, words unchanged. */
export function encodeTerm(token: string): string {
  const first = token.codePointAt(0);
  if (first === undefined || !isHanChar(String.fromCodePoint(first))) return token;
  let out = '';
  for (const ch of token) out += encodeHanChar(ch);
  return out;
}

/** Whether an index term is an encoded Han term (as opposed to a word or number). */
export function isEncodedHan(term: string): boolean {
  const code = term.charCodeAt(0);
  return code >= 0x41 && code <= 0x50;
}
