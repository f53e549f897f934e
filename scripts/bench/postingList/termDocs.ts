import { findPinyin, type PinyinSpelling } from '../../../main/search/pinyin';
import { entryCount, entrySlot, pairKey, type PostingIndex } from './postingIndex';

/** One field (title or text) of the indexed documents: its postings and each slot's folded text. */
export interface IndexedField {
  postings: PostingIndex;
  /** Folded text of a live slot, undefined for a removed one. */
  textOf(slot: number): string | undefined;
}

/** Occurrence counts by slot for one term in one field, and the slots that have any. */
export class SlotCounts {
  readonly counts: Int32Array;
  readonly slots: number[] = [];

  constructor(capacity: number) {
    this.counts = new Int32Array(capacity);
  }

  add(slot: number, n: number): void {
    if (n <= 0) return;
    if (this.counts[slot] === 0) this.slots.push(slot);
    this.counts[slot]! += n;
  }

  has(slot: number): boolean {
    return this.counts[slot]! > 0;
  }
}

/** Pair lists intersected before a longer term's candidates are checked; more rarely pays. */
const MAX_LISTS_INTERSECTED = 4;

/** The count of the entry for `slot` in a posting list sorted by slot, 0 if it has none. */
function countFor(list: number[], slot: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const entry = list[mid]!;
    const s = entrySlot(entry);
    if (s === slot) return entryCount(entry);
    if (s < slot) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/**
 * Adds to `out` the live slots whose field may contain the folded `term`, with its number of
 * occurrences. One or two units are read off the postings exactly. A longer term's candidates
 * hold its rarest pairs, with the fewest occurrences of any of them as the count (an upper bound,
 * for ranking); they are confirmed with indexOf only if `confirm` — otherwise the caller must.
 */
export function literalCounts(
  field: IndexedField,
  term: string,
  out: SlotCounts,
  confirm = true,
): void {
  const { units, pairs } = field.postings;
  if (term.length <= 2) {
    const list =
      term.length === 1
        ? units.get(term.charCodeAt(0))
        : pairs.get(pairKey(term.charCodeAt(0), term.charCodeAt(1)));
    for (const entry of list ?? []) {
      const slot = entrySlot(entry);
      if (field.textOf(slot) !== undefined) out.add(slot, entryCount(entry));
    }
    return;
  }
  const lists: number[][] = [];
  for (let i = 0; i + 1 < term.length; i++) {
    const list = pairs.get(pairKey(term.charCodeAt(i), term.charCodeAt(i + 1)));
    if (!list) return;
    lists.push(list);
  }
  lists.sort((a, b) => a.length - b.length);
  const others = lists.slice(1, MAX_LISTS_INTERSECTED);
  for (const entry of lists[0]!) {
    const slot = entrySlot(entry);
    let count = entryCount(entry);
    for (const list of others) {
      count = Math.min(count, countFor(list, slot));
      if (count === 0) break;
    }
    if (count === 0) continue;
    const text = field.textOf(slot);
    if (text !== undefined && (!confirm || text.includes(term))) out.add(slot, count);
  }
}

/** Character sequences enumerated for one pinyin spelling before falling back to scanning texts. */
const MAX_PINYIN_SEQUENCES = 256;

/**
 * The character strings present in the field that read as the spelling: pairs of readable
 * characters that occur, chained through pairs that occur. Null when there are too many to list.
 */
export function pinyinSequences(field: IndexedField, spelling: PinyinSpelling): string[] | null {
  const { units, pairs } = field.postings;
  const present = spelling.map((s) => s.chars.filter((c) => units.has(c)));
  let sequences: number[][] = [[]];
  for (let i = 0; i < present.length; i++) {
    const next: number[][] = [];
    for (const sequence of sequences) {
      const last = sequence.at(-1);
      for (const c of present[i]!) {
        if (last !== undefined && !pairs.has(pairKey(last, c))) continue;
        next.push([...sequence, c]);
        if (next.length > MAX_PINYIN_SEQUENCES) return null;
      }
    }
    sequences = next;
  }
  return sequences.map((codes) => String.fromCharCode(...codes));
}

/** Adds the slots whose field reads as the spelling by scanning the texts that hold a first pair. */
export function scanPinyin(field: IndexedField, spelling: PinyinSpelling, out: SlotCounts): void {
  const { units, pairs } = field.postings;
  const candidates = new Set<number>();
  for (const a of spelling[0]!.chars.filter((c) => units.has(c))) {
    for (const b of spelling[1]!.chars.filter((c) => units.has(c))) {
      for (const entry of pairs.get(pairKey(a, b)) ?? []) candidates.add(entrySlot(entry));
    }
  }
  for (const slot of candidates) {
    const text = field.textOf(slot);
    if (text === undefined) continue;
    const n = findPinyin(text, spelling).length / 2;
    out.add(slot, n);
  }
}
