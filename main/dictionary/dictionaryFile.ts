import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppFailure } from '../appFailure';

/** The dictionary's file in generated/, written at build time by scripts/build-dictionary.ts. */
export const DICTIONARY_FILE = 'dictionary.bin';

const MAGIC = 'YUEDUDC1';
/** Magic, then three little-endian uint32: header bytes, entry count, entry bytes. */
const PREFIX_BYTES = MAGIC.length + 12;

/** The small part of the file, read as JSON: where the data comes from and the character ranks. */
export interface DictionaryHeader {
  /** CC-CEDICT's version line, for About and `--json` consumers. */
  source: string;
  /** The licence and attribution the data requires (CC BY-SA 4.0 for CC-CEDICT). */
  licence: string;
  /** Han characters, most common first (Jun Da's list): a character's index is its rank. */
  frequency: string;
}

/**
 * The file as the app reads it: CC-CEDICT's lines stay UTF-8 bytes, looked up through two
 * prebuilt indexes, so loading is one read with nothing to decode or parse up front.
 */
export interface DictionaryFile extends DictionaryHeader {
  /**
   * CC-CEDICT entry lines, "Traditional Simplified [pin1 yin1] /definition/…/", each ending in a
   * line feed, sorted by the simplified headword's UTF-8 bytes (code point order).
   */
  entries: Buffer;
  /** Where each line starts in `entries`, plus one past the end: line i is [starts[i], starts[i+1] - 1). */
  starts: Uint32Array;
  /** Line numbers sorted by the traditional headword's UTF-8 bytes, for the second binary search. */
  byTraditional: Uint32Array;
}

/**
 * Lays out the build's output: "YUEDUDC1", header length, entry count, entry bytes, the JSON header
 * padded to 4 bytes, `starts`, `byTraditional` (uint32 little-endian) and the sorted lines.
 */
export function encodeDictionaryFile(header: DictionaryHeader, lines: readonly string[]): Buffer {
  const encoded = lines.map((line) => ({
    line: Buffer.from(`${line}\n`, 'utf8'),
    simplified: Buffer.from(line.split(' ', 2)[1] ?? '', 'utf8'),
    traditional: Buffer.from(line.split(' ', 1)[0] ?? '', 'utf8'),
  }));
  encoded.sort((a, b) => Buffer.compare(a.simplified, b.simplified));
  const byTraditional = encoded
    .map((entry, index) => ({ index, traditional: entry.traditional }))
    .sort((a, b) => Buffer.compare(a.traditional, b.traditional))
    .map((entry) => entry.index);
  let json = JSON.stringify(header);
  while ((PREFIX_BYTES + Buffer.byteLength(json)) % 4 !== 0) json += ' ';
  const headerBytes = Buffer.from(json, 'utf8');
  const entries = Buffer.concat(encoded.map((entry) => entry.line));
  const count = encoded.length;
  const indexes = Buffer.alloc((count + 1 + count) * 4);
  let at = 0;
  encoded.forEach((entry, i) => {
    indexes.writeUInt32LE(at, i * 4);
    at += entry.line.length;
  });
  indexes.writeUInt32LE(at, count * 4);
  byTraditional.forEach((line, i) => indexes.writeUInt32LE(line, (count + 1 + i) * 4));
  const prefix = Buffer.alloc(PREFIX_BYTES);
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(headerBytes.length, MAGIC.length);
  prefix.writeUInt32LE(count, MAGIC.length + 4);
  prefix.writeUInt32LE(entries.length, MAGIC.length + 8);
  return Buffer.concat([prefix, headerBytes, indexes, entries]);
}

/** The file's parts, sharing its bytes; throws when the bytes are not a whole dictionary file. */
export function decodeDictionaryFile(bytes: Buffer): DictionaryFile {
  if (bytes.length < PREFIX_BYTES || bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) {
    throw new Error('not a Yuedu dictionary file');
  }
  const headerLength = bytes.readUInt32LE(MAGIC.length);
  const count = bytes.readUInt32LE(MAGIC.length + 4);
  const entryBytes = bytes.readUInt32LE(MAGIC.length + 8);
  const indexAt = PREFIX_BYTES + headerLength;
  const entriesAt = indexAt + (2 * count + 1) * 4;
  if (indexAt % 4 !== 0 || entriesAt + entryBytes !== bytes.length) {
    throw new Error('the file is cut short or has bytes it should not');
  }
  const header = JSON.parse(
    bytes.toString('utf8', PREFIX_BYTES, indexAt),
  ) as Partial<DictionaryHeader>;
  if (
    typeof header.source !== 'string' ||
    typeof header.licence !== 'string' ||
    typeof header.frequency !== 'string'
  ) {
    throw new Error('its header lacks the source, licence or frequency list');
  }
  const starts = uint32s(bytes, indexAt, count + 1);
  const byTraditional = uint32s(bytes, indexAt + (count + 1) * 4, count);
  // Checking both indexes costs about a millisecond and keeps a damaged file from reading garbage.
  let ordered = starts[0] === 0 && starts[count] === entryBytes;
  for (let i = 0; ordered && i < count; i++) {
    ordered = starts[i]! < starts[i + 1]! && byTraditional[i]! < count;
  }
  if (!ordered) throw new Error('its line index does not match its entries');
  return {
    source: header.source,
    licence: header.licence,
    frequency: header.frequency,
    entries: bytes.subarray(entriesAt),
    starts,
    byTraditional,
  };
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** `count` little-endian uint32 at `offset`: a view on the bytes when possible, else a copy. */
function uint32s(bytes: Buffer, offset: number, count: number): Uint32Array {
  if (LITTLE_ENDIAN && (bytes.byteOffset + offset) % 4 === 0) {
    return new Uint32Array(bytes.buffer, bytes.byteOffset + offset, count);
  }
  const values = new Uint32Array(count);
  for (let i = 0; i < count; i++) values[i] = bytes.readUInt32LE(offset + i * 4);
  return values;
}

/** Reads the built dictionary; a missing or malformed file is a clear failure, never a crash. */
export async function readDictionaryFile(generatedDir: string): Promise<DictionaryFile> {
  const path = join(generatedDir, DICTIONARY_FILE);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new AppFailure(
      'not-found',
      `The dictionary file ${path} is missing; run "npm run build:dictionary" to build it.`,
    );
  }
  try {
    return decodeDictionaryFile(bytes);
  } catch (error) {
    throw new AppFailure(
      'storage',
      `The dictionary file ${path} is damaged (${error instanceof Error ? error.message : String(error)}); run "npm run build:dictionary" to rebuild it.`,
    );
  }
}
