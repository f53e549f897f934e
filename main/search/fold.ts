import { SIMPLIFIED, TRADITIONAL } from './tables/tradToSimp';

const FULLWIDTH_FIRST = 0xff01; // ！
const FULLWIDTH_LAST = 0xff5e; // ～
const FULLWIDTH_TO_ASCII = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;

/** What each UTF-16 unit folds to: lower case, ASCII for full-width forms, simplified for traditional. */
const UNIT_FOLD = buildUnitFold();

function buildUnitFold(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) {
      table[code] = code;
      continue;
    }
    const lower = String.fromCharCode(code).toLowerCase();
    table[code] = lower.length === 1 ? lower.charCodeAt(0) : code;
  }
  for (let code = FULLWIDTH_FIRST; code <= FULLWIDTH_LAST; code++) {
    table[code] = table[code - FULLWIDTH_TO_ASCII]!;
  }
  table[IDEOGRAPHIC_SPACE] = 0x20;
  for (let i = 0; i < TRADITIONAL.length; i++) {
    table[TRADITIONAL.charCodeAt(i)] = SIMPLIFIED.charCodeAt(i);
  }
  // A simplified form that is itself listed as traditional (a chain) folds all the way.
  for (let i = 0; i < TRADITIONAL.length; i++) {
    const code = TRADITIONAL.charCodeAt(i);
    table[code] = table[table[code]!]!;
  }
  return table;
}

/** Dots and hyphens that join the parts of a name (马可·波罗, 让-保罗). */
const JOINER = /[-\u00b7\u2010\u2011\u2022\u2027\u2219\u22c5\u30fb\ufe63\uff65]+/g;

/** Whether a UTF-16 unit is a BMP Han character (CJK Extension A, Unified Ideographs, Compatibility). */
function isHanUnit(code: number): boolean {
  return (
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

/** High surrogates of planes 2–3 (U+20000–U+3FFFF), where CJK Extensions B–H live. */
function isHanHigh(code: number): boolean {
  return code >= 0xd840 && code <= 0xd8bf;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Whether the character ending just before `i` is Han. */
function hanEndsAt(s: string, i: number): boolean {
  const code = s.charCodeAt(i - 1);
  return isHanUnit(code) || (i >= 2 && isLow(code) && isHanHigh(s.charCodeAt(i - 2)));
}

/** Whether the character starting at `i` is Han. */
function hanStartsAt(s: string, i: number): boolean {
  const code = s.charCodeAt(i);
  return isHanUnit(code) || (isHanHigh(code) && isLow(s.charCodeAt(i + 1)));
}

/**
 * Folds text unit by unit: lower case, full-width ASCII forms (ＡＰＥＣ, ４, ！) to ASCII, the
 * ideographic space to a space, traditional characters to simplified (粵劇 → 粤剧). Length-preserving
 * per UTF-16 unit (a character whose lower case has another length is kept), so an offset into the
 * folded text is the same offset into the original.
 */
export function foldText(s: string): string {
  const units = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) units[i] = UNIT_FOLD[s.charCodeAt(i)]!;
  return Buffer.from(units.buffer).toString('utf16le');
}

/**
 * Text folded for matching, plus where the dropped units were: `shifts` holds pairs
 * (folded offset, units dropped before it in total), in order; null when nothing was dropped.
 */
export interface FoldedText {
  text: string;
  shifts: Int32Array | null;
}

/**
 * `foldText`, then drops name joiners (·, ・, -, …) that stand between two Han characters, so
 * 马可·波罗 and 马可波罗 fold alike. Matches found in `text` map back with `originalRange`.
 */
export function foldForMatch(s: string): FoldedText {
  const text = foldText(s);
  const parts: string[] = [];
  const shifts: number[] = [];
  let from = 0;
  let dropped = 0;
  for (const m of text.matchAll(JOINER)) {
    const end = m.index + m[0].length;
    if (m.index === 0 || !hanEndsAt(text, m.index) || end >= text.length || !hanStartsAt(text, end))
      continue;
    parts.push(text.slice(from, m.index));
    dropped += m[0].length;
    shifts.push(end - dropped, dropped);
    from = end;
  }
  if (from === 0) return { text, shifts: null };
  parts.push(text.slice(from));
  return { text: parts.join(''), shifts: Int32Array.from(shifts) };
}

/** The original offset of folded unit `i`. */
export function originalOffset(folded: FoldedText, i: number): number {
  const shifts = folded.shifts;
  if (shifts === null) return i;
  let lo = 0;
  let hi = shifts.length / 2 - 1;
  let dropped = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (shifts[mid * 2]! <= i) {
      dropped = shifts[mid * 2 + 1]!;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return i + dropped;
}

/** The original [start, end) of folded units [start, end) (end > start). */
export function originalRange(folded: FoldedText, start: number, end: number): [number, number] {
  return [originalOffset(folded, start), originalOffset(folded, end - 1) + 1];
}
