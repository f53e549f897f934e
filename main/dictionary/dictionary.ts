import type { DictionaryEntry, DictionaryMatch } from '../../shared/model/dictionary';
import type { DictionaryFile } from './dictionaryFile';
import { pinyinWithMarks } from './toneMarks';

/** Longest text a lookup reads from its start: no CC-CEDICT headword is longer. */
export const LOOKUP_MAX_CHARS = 32;

const LINE = /^(\S+) (\S+) \[([^\]]*)\] \/(.*)\/\s*$/;

/** One CC-CEDICT line as an entry, or undefined for a line that does not have the format. */
export function parseEntryLine(line: string): DictionaryEntry | undefined {
  const match = LINE.exec(line);
  if (!match) return undefined;
  const [, traditional, simplified, pinyinNumbers, definitions] = match;
  return {
    simplified: simplified!,
    traditional: traditional!,
    pinyin: pinyinWithMarks(pinyinNumbers!),
    pinyinNumbers: pinyinNumbers!,
    definitions: definitions!.split('/').filter((d) => d.length > 0),
  };
}

type Headword = 'simplified' | 'traditional';

/** The UTF-8 bytes of `text`'s code points from `at`, until `maxUnits` UTF-16 units are used. */
function utf8Prefix(
  text: string,
  at: number,
  maxUnits: number,
): { bytes: Uint8Array; ends: number[]; units: number[] } {
  const bytes = new Uint8Array(maxUnits * 3);
  const ends: number[] = [];
  const units: number[] = [];
  let length = 0;
  for (let i = at; i < text.length && i - at < maxUnits;) {
    let code = text.charCodeAt(i);
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        width = 2;
      }
    }
    if (i - at + width > maxUnits) break;
    // A lone surrogate is U+FFFD, as Buffer.from writes it; no headword contains one.
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) bytes[length++] = code;
    else if (code < 0x800) {
      bytes[length++] = 0xc0 | (code >> 6);
      bytes[length++] = 0x80 | (code & 0x3f);
    } else if (code < 0x10000) {
      bytes[length++] = 0xe0 | (code >> 12);
      bytes[length++] = 0x80 | ((code >> 6) & 0x3f);
      bytes[length++] = 0x80 | (code & 0x3f);
    } else {
      bytes[length++] = 0xf0 | (code >> 18);
      bytes[length++] = 0x80 | ((code >> 12) & 0x3f);
      bytes[length++] = 0x80 | ((code >> 6) & 0x3f);
      bytes[length++] = 0x80 | (code & 0x3f);
    }
    i += width;
    ends.push(length);
    units.push(i - at);
  }
  return { bytes, ends, units };
}

/** A [low, high) range packed in one number: low × RANGE_SCALE + high (both below 2^21). */
const RANGE_SCALE = 2 ** 21;

/** The UTF-8 bytes of the character at `at` as one number (a lead byte says how many there are). */
function firstCharacterKey(bytes: Uint8Array, at = 0): number {
  const lead = bytes[at]!;
  const width = lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
  let key = 0;
  for (let i = 0; i < width; i++) key = key * 256 + (bytes[at + i] ?? 0);
  return key;
}

/**
 * CC-CEDICT in memory as the bytes the build wrote, searched by binary search over its sorted lines
 * through the file's two indexes: nothing is decoded until an entry is read, so it is ready as soon
 * as the file is read, and small. Each character's frequency rank is kept beside it.
 */
export class Dictionary {
  private readonly bytes: Buffer;
  private readonly starts: Uint32Array;
  private readonly byTraditional: Uint32Array;
  private readonly ranks = new Map<string, number>();
  /** Per headword order, where the headwords with each first character start and end, as met. */
  private readonly firstRanges: Record<Headword, Map<number, number>> = {
    simplified: new Map(),
    traditional: new Map(),
  };

  constructor(readonly file: DictionaryFile) {
    this.bytes = file.entries;
    this.starts = file.starts;
    this.byTraditional = file.byTraditional;
    let rank = 1;
    for (const ch of file.frequency) if (!this.ranks.has(ch)) this.ranks.set(ch, rank++);
  }

  private get lineCount(): number {
    return this.starts.length - 1;
  }

  private line(index: number): string {
    return this.bytes.toString('utf8', this.starts[index]!, this.starts[index + 1]! - 1);
  }

  /** The line at `position` in one headword order. */
  private lineAt(position: number, which: Headword): number {
    return which === 'simplified' ? position : this.byTraditional[position]!;
  }

  /**
   * The headword of line `index` against `key[0, keyLength)`: negative when it sorts before the key,
   * positive after it, 0 when it starts with the key (exactly: when `exact`, only an equal headword is 0).
   */
  private compare(
    index: number,
    which: Headword,
    key: Uint8Array,
    keyLength: number,
    exact: boolean,
  ): number {
    const bytes = this.bytes;
    let at = this.starts[index]!;
    if (which === 'simplified') while (bytes[at] !== 0x20) at++;
    if (which === 'simplified') at++;
    for (let k = 0; k < keyLength; k++, at++) {
      const byte = bytes[at]!;
      if (byte === 0x20) return -1;
      if (byte !== key[k]) return byte - key[k]!;
    }
    return exact && bytes[at] !== 0x20 ? 1 : 0;
  }

  /** The first position in [low, high) of one headword order whose headword is not below the key. */
  private lowerBound(
    key: Uint8Array,
    keyLength: number,
    which: Headword,
    low = 0,
    high = this.lineCount,
  ): number {
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.compare(this.lineAt(mid, which), which, key, keyLength, true) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** The first position in [low, high) whose headword sorts after every headword starting with the key. */
  private prefixEnd(
    key: Uint8Array,
    keyLength: number,
    which: Headword,
    low: number,
    high: number,
  ): number {
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.compare(this.lineAt(mid, which), which, key, keyLength, false) <= 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Line numbers whose headword of one kind is exactly `word`, by binary search. */
  private linesFor(word: string, which: Headword): number[] {
    const key = Buffer.from(word, 'utf8');
    const found: number[] = [];
    for (
      let i = this.lowerBound(key, key.length, which);
      i < this.lineCount && this.compare(this.lineAt(i, which), which, key, key.length, true) === 0;
      i++
    ) {
      found.push(this.lineAt(i, which));
    }
    return found;
  }

  /**
   * The length (UTF-16 units, at most `max`) of the longest headword `text` has at `at`, or 0.
   * The headwords starting with its first character are found once and remembered; each
   * longer prefix is searched only among those starting with the shorter one, until none does.
   */
  longestAt(text: string, at: number, max: number = LOOKUP_MAX_CHARS): number {
    const { bytes: key, ends, units } = utf8Prefix(text, at, max);
    let best = 0;
    if (ends.length === 0) return 0;
    for (const which of ['simplified', 'traditional'] as const) {
      const range = this.firstRange(key, ends[0]!, which);
      let low = Math.floor(range / RANGE_SCALE);
      let high = range % RANGE_SCALE;
      for (let n = 1; n < ends.length; n++) {
        const keyLength = ends[n]!;
        low = this.lowerBound(key, keyLength, which, low, high);
        if (low >= high) break;
        const first = this.lineAt(low, which);
        if (this.compare(first, which, key, keyLength, false) !== 0) break;
        high = this.prefixEnd(key, keyLength, which, low, high);
        if (units[n]! > best && this.compare(first, which, key, keyLength, true) === 0) {
          best = units[n]!;
        }
      }
      // The first character alone: the range's first headword is it, when it is a word.
      if (range % RANGE_SCALE <= Math.floor(range / RANGE_SCALE)) continue;
      const first = this.lineAt(Math.floor(range / RANGE_SCALE), which);
      if (units[0]! > best && this.compare(first, which, key, ends[0]!, true) === 0)
        best = units[0]!;
    }
    return best;
  }

  /** The packed range of positions in one order whose headwords start with the key's first character. */
  private firstRange(key: Uint8Array, firstLength: number, which: Headword): number {
    const ranges = this.firstRanges[which];
    const character = firstCharacterKey(key);
    let range = ranges.get(character);
    if (range === undefined) {
      const low = this.lowerBound(key, firstLength, which);
      range = low * RANGE_SCALE + this.prefixEnd(key, firstLength, which, low, this.lineCount);
      ranges.set(character, range);
    }
    return range;
  }

  /** Whether any entry has `word` as its simplified or traditional form. */
  has(word: string): boolean {
    return (
      this.linesFor(word, 'simplified').length > 0 || this.linesFor(word, 'traditional').length > 0
    );
  }

  /** Every entry whose simplified or traditional form is exactly `word`; simplified matches first. */
  entries(word: string): DictionaryEntry[] {
    const simplified = this.linesFor(word, 'simplified');
    const traditional = this.linesFor(word, 'traditional').filter((i) => !simplified.includes(i));
    return [...simplified, ...traditional.sort((a, b) => a - b)]
      .map((index) => parseEntryLine(this.line(index)))
      .filter((entry): entry is DictionaryEntry => entry !== undefined);
  }

  /**
   * The words the text starts with, longest first: the popup's main word and its next-shorter
   * matches. Any string is safe (only its first few characters are read); no match is an empty list.
   */
  matchesAt(text: string): DictionaryMatch[] {
    const head = text.slice(0, this.longestAt(text, 0));
    const matches: DictionaryMatch[] = [];
    for (let length = head.length; length >= 1; length--) {
      const word = head.slice(0, length);
      const entries = this.entries(word);
      if (entries.length > 0) matches.push({ word, entries });
    }
    return matches;
  }

  /** The words of a run of text by longest match from left to right, each once, in order. */
  wordsIn(text: string, limit: number): DictionaryMatch[] {
    const words: DictionaryMatch[] = [];
    const seen = new Set<string>();
    for (let at = 0; at < text.length && words.length < limit;) {
      const [longest] = this.matchesAt(text.slice(at, at + LOOKUP_MAX_CHARS));
      if (!longest) {
        at += 1;
        continue;
      }
      if (!seen.has(longest.word)) {
        seen.add(longest.word);
        words.push(longest);
      }
      at += longest.word.length;
    }
    return words;
  }

  /** A character's rank among the most common (1 is the most common), or 0 when unlisted. */
  rank(char: string): number {
    return this.ranks.get(char) ?? 0;
  }
}
