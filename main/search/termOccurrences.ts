import { originalRange, type FoldedText } from './fold';
import { findPinyin, type PinyinSpelling } from './pinyin';
import type { Occurrence } from './snippet';

/** A query term and how it matches: as typed, or as pinyin when no text contains it as typed. */
export type PlannedTerm =
  | { kind: 'literal'; text: string }
  | {
      kind: 'pinyin';
      text: string;
      spellings: PinyinSpelling[];
      /** The character strings the spellings stand for in the indexed texts, when few. */
      sequences?: string[];
    };

/** Most character strings looked up one by one with indexOf; more are found by one scan per spelling. */
export const MAX_SEQUENCES_SEARCHED = 32;

/** Every [start, end) of a planned term in folded text, at most `max`. */
export function termRanges(folded: string, term: PlannedTerm, max: number): number[] {
  if (term.kind === 'pinyin' && term.sequences) {
    const ranges: Array<[number, number]> = [];
    for (const sequence of term.sequences) {
      let n = 0;
      for (let at = folded.indexOf(sequence); at >= 0 && n < max; n++) {
        ranges.push([at, at + sequence.length]);
        at = folded.indexOf(sequence, at + 1);
      }
    }
    ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    return ranges.slice(0, max).flat();
  }
  if (term.kind === 'pinyin') {
    const found: number[] = [];
    for (const spelling of term.spellings) {
      if (found.length >= max * 2) break;
      found.push(...findPinyin(folded, spelling, max - found.length / 2));
    }
    return found;
  }
  const found: number[] = [];
  for (let at = folded.indexOf(term.text); at >= 0 && found.length < max * 2;) {
    found.push(at, at + term.text.length);
    at = folded.indexOf(term.text, at + 1);
  }
  return found;
}

/** Occurrences of the terms in a document's text, in original offsets, sorted by position. */
export function occurrencesIn(folded: FoldedText, terms: PlannedTerm[], max: number): Occurrence[] {
  return toOccurrences(
    folded,
    terms.map((term) => termRanges(folded.text, term, max)),
    max,
  );
}

/** Turns each term's folded ranges (at most `max` per term) into sorted original-offset occurrences. */
export function toOccurrences(folded: FoldedText, ranges: number[][], max: number): Occurrence[] {
  const found: Occurrence[] = [];
  ranges.forEach((termRanges, index) => {
    for (let i = 0; i < Math.min(termRanges.length, max * 2); i += 2) {
      const [start, end] = originalRange(folded, termRanges[i]!, termRanges[i + 1]!);
      found.push({ start, end, term: index });
    }
  });
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}
