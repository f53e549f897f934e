import { PINYIN_READINGS } from './tables/pinyinReadings';

/** Most ways one pinyin term may be split into syllables (xian → xi·an) that are tried. */
const MAX_SPELLINGS = 16;
/** Longest pinyin term tried, in letters. */
const MAX_PINYIN_LETTERS = 48;
/** Fewest syllables a pinyin term must have: one syllable (shi) would match half the text. */
const MIN_SYLLABLES = 2;

/** The characters (UTF-16 units) one toneless syllable reads, as a list and as a bit set. */
export interface SyllableChars {
  syllable: string;
  chars: number[];
  bits: Uint32Array;
}

/** Toneless syllable → the characters with that reading, from pinyin-pro (see tables/). */
const CHARS_BY_SYLLABLE = new Map<string, SyllableChars>(
  PINYIN_READINGS.split(',').map((entry) => {
    const [syllable, text] = entry.split(':') as [string, string];
    const chars = [...text].map((ch) => ch.charCodeAt(0));
    const bits = new Uint32Array(0x10000 / 32);
    for (const c of chars) bits[c >>> 5]! |= 1 << (c & 31);
    return [syllable, { syllable, chars, bits }];
  }),
);
const LONGEST_SYLLABLE = Math.max(...[...CHARS_BY_SYLLABLE.keys()].map((s) => s.length));

/** One way to read a pinyin term: for each syllable, the characters that may stand there. */
export type PinyinSpelling = readonly SyllableChars[];

function reads(chars: SyllableChars, code: number): boolean {
  return ((chars.bits[code >>> 5]! >>> (code & 31)) & 1) === 1;
}

/**
 * The ways a folded term spells a sequence of at least two toneless syllables (ü as v), e.g.
 * "xian" → xi·an, "dawanqu" → da·wan·qu; empty when it is not pinyin.
 */
export function pinyinSpellings(term: string): PinyinSpelling[] {
  if (term.length > MAX_PINYIN_LETTERS || !/^[a-z]+$/.test(term)) return [];
  // completes[i]: whether term.slice(i) splits into syllables; prunes dead ends, so the walk below
  // never explores more than MAX_SPELLINGS paths whatever the letters.
  const completes = new Array<boolean>(term.length + 1).fill(false);
  completes[term.length] = true;
  for (let i = term.length - 1; i >= 0; i--) {
    for (let len = 1; len <= Math.min(LONGEST_SYLLABLE, term.length - i); len++) {
      if (completes[i + len] && CHARS_BY_SYLLABLE.has(term.slice(i, i + len))) {
        completes[i] = true;
        break;
      }
    }
  }
  if (!completes[0]) return [];
  const found: string[][] = [];
  const walk = (at: number, syllables: string[]) => {
    if (found.length >= MAX_SPELLINGS) return;
    if (at === term.length) {
      if (syllables.length >= MIN_SYLLABLES) found.push([...syllables]);
      return;
    }
    for (let len = Math.min(LONGEST_SYLLABLE, term.length - at); len >= 1; len--) {
      const syllable = term.slice(at, at + len);
      if (!completes[at + len] || !CHARS_BY_SYLLABLE.has(syllable)) continue;
      syllables.push(syllable);
      walk(at + len, syllables);
      syllables.pop();
    }
  };
  walk(0, []);
  return found.map((syllables) => syllables.map((s) => CHARS_BY_SYLLABLE.get(s)!));
}

/**
 * Every place in folded text where consecutive characters read as the spelling, as [start, end)
 * unit offsets. Characters must be adjacent, so a match never spans punctuation or other text.
 */
export function findPinyin(text: string, spelling: PinyinSpelling, max = Infinity): number[] {
  const found: number[] = [];
  const first = spelling[0]!.bits;
  const n = spelling.length;
  for (let i = 0; i + n <= text.length && found.length < max * 2; i++) {
    const c = text.charCodeAt(i);
    if (((first[c >>> 5]! >>> (c & 31)) & 1) === 0) continue;
    let k = 1;
    while (k < n && reads(spelling[k]!, text.charCodeAt(i + k))) k++;
    if (k === n) found.push(i, i + n);
  }
  return found;
}
