import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../../shared/model/article';
import { SearchIndex } from './searchIndex';
import { SEARCH_INDEX_FILE } from './searchIndexFile';

/**
 * The index the app searches: the prebuilt file when it was built from exactly these articles,
 * otherwise built in memory, so a missing, damaged or stale file only costs time.
 */
export async function loadSearchIndex(
  generatedDir: string,
  articles: Article[],
): Promise<SearchIndex> {
  try {
    const json = await readFile(join(generatedDir, SEARCH_INDEX_FILE), 'utf8');
    return SearchIndex.load(json, articles);
  } catch {
    return SearchIndex.build(articles);
  }
}
