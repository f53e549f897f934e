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

/**
 * CC-CEDICT in memory as the one text the build wrote, searched by binary search over its sorted
 * lines (no per-word index to build, so it is ready in milliseconds and small), plus each
 * character's frequency rank.
 */
export class Dictionary {
  private readonly starts: Int32Array;
  private readonly byTraditional: Int32Array;
  private readonly ranks = new Map<string, number>();

  constructor(readonly file: DictionaryFile) {
    const text = file.entries;
    let count = 1;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
    this.starts = new Int32Array(count + 1);
    let line = 0;
    for (let at = 0; line < count; line++) {
      this.starts[line] = at;
      const end = text.indexOf('\n', at);
      at = end < 0 ? text.length + 1 : end + 1;
    }
    this.starts[count] = text.length + 1;
    this.byTraditional = Int32Array.from(file.byTraditional);
    let rank = 1;
    for (const ch of file.frequency) if (!this.ranks.has(ch)) this.ranks.set(ch, rank++);
  }

  private get lineCount(): number {
    return this.starts.length - 1;
  }

  private line(index: number): string {
    return this.file.entries.slice(this.starts[index]!, this.starts[index + 1]! - 1);
  }

  private headword(index: number, which: Headword): string {
    const text = this.file.entries;
    const start = this.starts[index]!;
    const firstSpace = text.indexOf(' ', start);
    if (which === 'traditional') return text.slice(start, firstSpace);
    return text.slice(firstSpace + 1, text.indexOf(' ', firstSpace + 1));
  }

  /** Line numbers whose headword of one kind is exactly `word`, by binary search. */
  private linesFor(word: string, which: Headword): number[] {
    const at = (i: number) => (which === 'simplified' ? i : this.byTraditional[i]!);
    const found: number[] = [];
    for (
      let i = this.lowerBound(word, which);
      i < this.lineCount && this.headword(at(i), which) === word;
      i++
    ) {
      found.push(at(i));
    }
    return found;
  }

  /** The first position in one headword order whose headword is not less than `word`. */
  private lowerBound(word: string, which: Headword): number {
    let low = 0;
    let high = this.lineCount;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const index = which === 'simplified' ? mid : this.byTraditional[mid]!;
      if (this.headword(index, which) < word) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /**
   * The length (UTF-16 units, at most `max`) of the longest headword `text` has at `at`, or 0:
   * grows the prefix only while some headword still starts with it, so a miss costs one search.
   */
  longestAt(text: string, at: number, max: number = LOOKUP_MAX_CHARS): number {
    let best = 0;
    for (const which of ['simplified', 'traditional'] as const) {
      for (let length = 1; length <= max && at + length <= text.length; length++) {
        const prefix = text.slice(at, at + length);
        const position = this.lowerBound(prefix, which);
        if (position >= this.lineCount) break;
        const index = which === 'simplified' ? position : this.byTraditional[position]!;
        const headword = this.headword(index, which);
        if (!headword.startsWith(prefix)) break;
        if (headword === prefix && length > best) best = length;
      }
    }
    return best;
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
