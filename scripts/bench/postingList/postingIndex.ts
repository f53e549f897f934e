/**
 * Posting entries pack a document slot and a count into one number (slot * COUNT_RANGE + count),
 * so a posting list is one flat array of doubles: small on the heap and quick to scan.
 */
const COUNT_RANGE = 2 ** 21;
const MAX_COUNT = COUNT_RANGE - 1;

/** The slot of a packed posting entry. */
export function entrySlot(entry: number): number {
  return Math.floor(entry / COUNT_RANGE);
}

/** How often the key occurs in the slot's text, from a packed posting entry. */
export function entryCount(entry: number): number {
  return entry % COUNT_RANGE;
}

/** The key of two consecutive UTF-16 units, as a small integer. */
export function pairKey(first: number, second: number): number {
  return (first << 16) | second;
}

/**
 * Posting lists by key. A loaded index keeps each list encoded until it is first read, so loading
 * costs a walk over the keys rather than decoding millions of entries.
 */
export class PostingMap {
  private readonly lists = new Map<number, number[] | number>();

  constructor(private readonly bytes: Uint8Array = new Uint8Array(0)) {}

  has(key: number): boolean {
    return this.lists.has(key);
  }

  get(key: number): number[] | undefined {
    const list = this.lists.get(key);
    if (typeof list !== 'number') return list;
    const decoded = decodeList(this.bytes, list);
    this.lists.set(key, decoded);
    return decoded;
  }

  push(key: number, entry: number): void {
    const list = this.get(key);
    if (list) list.push(entry);
    else this.lists.set(key, [entry]);
  }

  /** Records where a still-encoded list starts in `bytes`. */
  setEncoded(key: number, offset: number): void {
    this.lists.set(key, offset);
  }

  keys(): IterableIterator<number> {
    return this.lists.keys();
  }
}

/** Reads one unsigned LEB128 varint at `state.at`, advancing it. */
function readUint(bytes: Uint8Array, state: { at: number }): number {
  let value = 0;
  let scale = 1;
  for (;;) {
    if (state.at >= bytes.length) throw new Error('Truncated posting data');
    const byte = bytes[state.at++]!;
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) return value;
    scale *= 128;
  }
}

/** Decodes a list written by `encode`: its length, then (slot delta, count) pairs. */
function decodeList(bytes: Uint8Array, offset: number): number[] {
  const state = { at: offset };
  const n = readUint(bytes, state);
  const list: number[] = [];
  let slot = 0;
  for (let i = 0; i < n; i++) {
    slot += readUint(bytes, state);
    list.push(slot * COUNT_RANGE + readUint(bytes, state));
  }
  return list;
}

/**
 * Which documents contain each UTF-16 unit and each pair of consecutive units of one field's
 * folded text, and how often. A term of one or two units is answered exactly from here; a longer
 * term's documents are among those holding all of its pairs, which are then checked with indexOf.
 * Slots only grow, so every posting list stays sorted by slot.
 */
export class PostingIndex {
  constructor(
    readonly units = new PostingMap(),
    readonly pairs = new PostingMap(),
  ) {}

  /** Indexes one document's folded text under a slot higher than any indexed before. */
  add(slot: number, text: string): void {
    const units = new Int32Array(text.length);
    const pairs = new Int32Array(Math.max(0, text.length - 1));
    for (let i = 0; i < text.length; i++) {
      units[i] = text.charCodeAt(i);
      if (i > 0) pairs[i - 1] = pairKey(units[i - 1]!, units[i]!);
    }
    // Sorting groups equal keys, so each is counted without a map per document.
    append(this.units, units.sort(), slot);
    append(this.pairs, pairs.sort(), slot);
  }

  /**
   * Serializes both maps as one base64 string, with slots renumbered by `renumber` (-1 drops):
   * per map its key count, then per key the key, the byte length of its list and the list.
   */
  encode(renumber: (slot: number) => number): string {
    const out = new ByteWriter();
    const body = new ByteWriter();
    for (const map of [this.units, this.pairs]) {
      const kept: Array<[number, number[]]> = [];
      for (const key of map.keys()) {
        const entries = map.get(key)!.filter((e) => renumber(entrySlot(e)) >= 0);
        if (entries.length > 0) kept.push([key, entries]);
      }
      out.uint(kept.length);
      for (const [key, entries] of kept) {
        body.reset();
        body.uint(entries.length);
        let last = 0;
        for (const e of entries) {
          const slot = renumber(entrySlot(e));
          body.uint(slot - last);
          body.uint(entryCount(e));
          last = slot;
        }
        out.uint(key >>> 0);
        out.uint(body.length);
        out.append(body);
      }
    }
    return out.base64();
  }

  /** Restores an index written by `encode`; lists are decoded when first read. */
  static decode(base64: string): PostingIndex {
    const bytes = Buffer.from(base64, 'base64');
    const maps = [new PostingMap(bytes), new PostingMap(bytes)] as const;
    const state = { at: 0 };
    for (const map of maps) {
      const keys = readUint(bytes, state);
      for (let k = 0; k < keys; k++) {
        const key = readUint(bytes, state) | 0;
        const length = readUint(bytes, state);
        if (state.at + length > bytes.length) throw new Error('Truncated posting data');
        map.setEncoded(key, state.at);
        state.at += length;
      }
    }
    return new PostingIndex(...maps);
  }
}

/** Adds one entry per distinct key of a sorted key list, with how often the key occurs. */
function append(map: PostingMap, sortedKeys: Int32Array, slot: number): void {
  const base = slot * COUNT_RANGE;
  for (let i = 0; i < sortedKeys.length;) {
    const key = sortedKeys[i]!;
    let j = i + 1;
    while (j < sortedKeys.length && sortedKeys[j] === key) j++;
    map.push(key, base + Math.min(j - i, MAX_COUNT));
    i = j;
  }
}

/** Unsigned LEB128 varints into a growing byte buffer. */
class ByteWriter {
  private bytes = new Uint8Array(1 << 12);
  length = 0;

  private reserve(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.length + n) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  uint(value: number): void {
    this.reserve(8);
    let v = value;
    while (v >= 0x80) {
      this.bytes[this.length++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.bytes[this.length++] = v;
  }

  append(other: ByteWriter): void {
    this.reserve(other.length);
    this.bytes.set(other.bytes.subarray(0, other.length), this.length);
    this.length += other.length;
  }

  reset(): void {
    this.length = 0;
  }

  base64(): string {
    return Buffer.from(this.bytes.buffer, 0, this.length).toString('base64');
  }
}
