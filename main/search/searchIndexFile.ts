import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../shared/model/article';
import { SearchIndex } from './searchIndex';
import { SEARCH_INDEX_FILE } from './searchIndexFileName';

export { SEARCH_INDEX_FILE };

/** Build-time step: indexes the articles and writes `<outDir>/search-index.json`, returning its path. */
export function writeSearchIndex(outDir: string, articles: Article[]): string {
  const path = join(outDir, SEARCH_INDEX_FILE);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path, SearchIndex.build(articles).toJSON(), 'utf8');
  return path;
}
