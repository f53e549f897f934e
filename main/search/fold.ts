const FULLWIDTH_FIRST = 0xff01; // ！
const FULLWIDTH_LAST = 0xff5e; // ～
const FULLWIDTH_TO_ASCII = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;

/**
 * Folds text for matching: lower case, full-width ASCII forms (ＡＰＥＣ, ４, ！) to ASCII and the
 * ideographic space to a space. Index and query are both folded so "ＡＰＥＣ" finds "apec".
 * Length-preserving per UTF-16 unit — a character whose lower case has another length is kept —
 * so an offset into the folded text is the same offset into the original.
 */
export function foldText(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (code >= FULLWIDTH_FIRST && code <= FULLWIDTH_LAST) {
      out += String.fromCharCode(code - FULLWIDTH_TO_ASCII).toLowerCase();
    } else if (code === IDEOGRAPHIC_SPACE) {
      out += ' ';
    } else {
      const lower = ch.toLowerCase();
      out += lower.length === ch.length ? lower : ch;
    }
  }
  return out;
}
