import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppFailure } from '../appFailure';

/** The dictionary's file in generated/, written at build time by scripts/build-dictionary.ts. */
export const DICTIONARY_FILE = 'dictionary.json';

/** What the build writes: CC-CEDICT's entry lines as published, and characters by frequency. */
export interface DictionaryFile {
  /** CC-CEDICT's version line, for About and `--json` consumers. */
  source: string;
  /** The licence and attribution the data requires (CC BY-SA 4.0 for CC-CEDICT). */
  licence: string;
  /**
   * CC-CEDICT entry lines, "Traditional Simplified [pin1 yin1] /definition/…/", one per line,
   * sorted by the simplified headword in code-unit order.
   */
  entries: string;
  /** Line numbers sorted by the traditional headword, for the second binary search. */
  byTraditional: number[];
  /** Han characters, most common first (Jun Da's list): a character's index is its rank. */
  frequency: string;
}

/** Reads the built dictionary; a missing or malformed file is a clear failure, never a crash. */
export async function readDictionaryFile(generatedDir: string): Promise<DictionaryFile> {
  const path = join(generatedDir, DICTIONARY_FILE);
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    throw new AppFailure(
      'not-found',
      `The dictionary file ${path} is missing; run "npm run build:dictionary" to build it.`,
    );
  }
  const parsed = JSON.parse(raw) as Partial<DictionaryFile>;
  if (
    typeof parsed.entries !== 'string' ||
    typeof parsed.frequency !== 'string' ||
    !Array.isArray(parsed.byTraditional) ||
    typeof parsed.source !== 'string' ||
    typeof parsed.licence !== 'string'
  ) {
    throw new AppFailure('storage', `The dictionary file ${path} is damaged; rebuild it.`);
  }
  return parsed as DictionaryFile;
}
