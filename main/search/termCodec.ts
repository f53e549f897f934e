// Han code points (up to U+3FFFF) become 5 digits over the alphabet A–P. Folded word tokens never
// contain ASCII capitals, so encoded Han terms cannot collide with them, and every encoded
// character is 5 letters long, so a 5-letter prefix always means "starts with this character".
const DIGITS = 'ABCDEFGHIJKLMNOP';
/** Letters per encoded Han character. */
export const ENCODED_CHAR_LENGTH = 5;
const encodedBmp: Array<string | undefined> = new Array<string | undefined>(0x10000);
const encodedAstral = new Map<number, string>();

function encodeCode(code: number): string {
  let encoded = '';
  let rest = code;
  for (let i = 0; i < ENCODED_CHAR_LENGTH; i++) {
    encoded = DIGITS[rest & 0xf]! + encoded;
    rest >>>= 4;
  }
  return encoded;
}

/**
 * Encodes one Han code point (memoized). MiniSearch walks a radix-tree node's children one by one
 * and raw Han bigrams give its root ~1,500 children; over a 16-letter alphabet no node has more
 * than 16, and builds run ~2.4× and loads ~1.9× faster (docs/benchmarks/search-v0.md).
 */
export function encodeHanCode(code: number): string {
  if (code < 0x10000) return (encodedBmp[code] ??= encodeCode(code));
  let encoded = encodedAstral.get(code);
  if (encoded === undefined) encodedAstral.set(code, (encoded = encodeCode(code)));
  return encoded;
}

const encodedPairs = new Map<number, string>();

/**
 * Encodes two adjacent Han code points as one bigram term, memoized: the same flat string comes
 * back for every occurrence, so MiniSearch's and the build's maps hash it once instead of
 * flattening a fresh concatenation per token (that garbage was half the build time).
 */
export function encodeHanPair(first: number, second: number): string {
  const key = first * 0x40000 + second;
  let encoded = encodedPairs.get(key);
  if (encoded === undefined) {
    encoded = (encodeHanCode(first) + encodeHanCode(second)).split('').join('');
    encodedPairs.set(key, encoded);
  }
  return encoded;
}

/** The index form of a Han token (one or two characters): each character encoded. */
export function encodeHan(token: string): string {
  let out = '';
  for (const ch of token) out += encodeHanCode(ch.codePointAt(0)!);
  return out;
}

/** Whether an index term is an encoded Han term (as opposed to a word or number). */
export function isEncodedHan(term: string): boolean {
  const code = term.charCodeAt(0);
  return code >= 0x41 && code <= 0x50;
}

/** The character one encoded Han character (ENCODED_CHAR_LENGTH letters) stands for. */
export function decodeHanChar(encoded: string): string {
  let code = 0;
  for (let i = 0; i < encoded.length; i++) code = code * 16 + (encoded.charCodeAt(i) - 0x41);
  return String.fromCodePoint(code);
}
