import { readFile, rm } from 'node:fs/promises';
import type { Article } from '../../../shared/model/article';
import { writeFileDurably } from '../../store/writeFileDurably';
import { SearchIndex } from '../searchIndex';
import { articleSetFingerprint } from './articleSetFingerprint';

/** First line of the file; the version changes when this envelope does. */
const HEADER = 'yuedu-search-index-data 1';

/**
 * The index saved in the data folder, if it was built from exactly these articles; null when the
 * file is missing, damaged, from another version or for another library (the caller then rebuilds).
 * The fingerprint sits on the first line so a stale file is recognised without parsing the index.
 */
export async function readPersistedIndex(
  path: string,
  articles: Article[],
): Promise<SearchIndex | null> {
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch {
    return null;
  }
  const newline = content.indexOf('\n');
  if (newline < 0 || content.slice(0, newline) !== expectedHeader(articles)) return null;
  try {
    return SearchIndex.load(content.slice(newline + 1), articles);
  } catch {
    return null;
  }
}

/** Saves the index with the fingerprint of its articles, atomically (temp file, fsync, rename). */
export async function writePersistedIndex(
  path: string,
  index: SearchIndex,
  articles: Article[],
): Promise<void> {
  await writeFileDurably(path, `${expectedHeader(articles)}\n${index.toJSON()}`);
}

/** Drops a saved index that no longer serves a purpose (the library is back to the bundled articles). */
export async function removePersistedIndex(path: string): Promise<void> {
  await rm(path, { force: true });
}

function expectedHeader(articles: Article[]): string {
  return `${HEADER} ${articleSetFingerprint(articles)}`;
}
