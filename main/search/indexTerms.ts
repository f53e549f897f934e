import { encodeHanCode, encodeHanPair } from './termCodec';
import { isHanChar } from './tokenize';

const OTHER = 0;
const HAN = 1;
const WORD = 2;
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;

/**
 * The kind of every BMP unit, from the same Unicode classes `tokenize` uses, so the index and
 * queries cut text alike. Surrogates are classified per pair in `indexTerms`.
 */
const UNIT_KIND = buildUnitKinds();

function buildUnitKinds(): Uint8Array {
  const kinds = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const ch = String.fromCharCode(code);
    kinds[code] = isHanChar(ch) ? HAN : WORD_CHAR.test(ch) ? WORD : OTHER;
  }
  return kinds;
}

function charKind(ch: string): number {
  return isHanChar(ch) ? HAN : WORD_CHAR.test(ch) ? WORD : OTHER;
}

/** The terms of one folded field, and the words among them (Latin words, numbers, other scripts). */
export interface FieldTerms {
  terms: string[];
  words: string[];
}

/**
 * The terms MiniSearch stores for one field of already-folded text (see foldForMatch): every Han
 * character and every pair of adjacent Han characters, encoded onto a small alphabet (termCodec),
 * and whole word runs ("5g", "g20") as they are. A one- or two-character Han term is then one exact
 * term lookup (v0 stored only run-final characters and looked a character up by prefix, which
 * walked hundreds of bigrams for a common one: 2 ms p50, 20 ms worst at 1,000 articles). Same
 * cuts as `tokenize`, in one pass.
 */
export function indexTerms(folded: string): FieldTerms {
  const terms: string[] = [];
  const words: string[] = [];
  let previousHan = -1; // Han code point just before, -1 when the run broke
  let wordStart = -1;
  const n = folded.length;
  for (let i = 0; i < n;) {
    const code = folded.charCodeAt(i);
    let width = 1;
    let kind: number;
    let point = code;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
      const low = folded.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        width = 2;
        point = folded.codePointAt(i)!;
        kind = charKind(String.fromCodePoint(point));
      } else kind = OTHER;
    } else kind = UNIT_KIND[code]!;
    if (kind !== WORD && wordStart >= 0) {
      const word = folded.slice(wordStart, i);
      terms.push(word);
      words.push(word);
      wordStart = -1;
    }
    if (kind === HAN) {
      terms.push(encodeHanCode(point));
      if (previousHan >= 0) terms.push(encodeHanPair(previousHan, point));
      previousHan = point;
    } else {
      previousHan = -1;
      if (kind === WORD && wordStart < 0) wordStart = i;
    }
    i += width;
  }
  if (wordStart >= 0) {
    const word = folded.slice(wordStart);
    terms.push(word);
    words.push(word);
  }
  return { terms, words };
}
