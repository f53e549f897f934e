import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSearchIndex } from '../../../main/search/loadSearchIndex';
import { SEARCH_INDEX_FILE, writeSearchIndex } from '../../../main/search/searchIndexFile';
import { makeArticle, seedLibrary } from './seedLibrary';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'yuedu-search-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('writeSearchIndex / loadSearchIndex', () => {
  const library = seedLibrary(20);

  it('writes search-index.json into the folder, creating it', () => {
    const dir = join(tempDir(), 'generated');
    const path = writeSearchIndex(dir, library);
    expect(path).toBe(join(dir, SEARCH_INDEX_FILE));
    expect(JSON.parse(readFileSync(path, 'utf8')).format).toBe('yuedu-search-index');
  });

  it('loads the written index and searches it', async () => {
    const dir = tempDir();
    writeSearchIndex(dir, library);
    const index = await loadSearchIndex(dir, library);
    expect(index.search('中国').length).toBeGreaterThan(0);
  });

  it('builds in memory when the file is missing', async () => {
    const index = await loadSearchIndex(tempDir(), library);
    expect(index.search('中国').length).toBeGreaterThan(0);
  });

  it('builds in memory when the file is damaged', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, SEARCH_INDEX_FILE), '{"format":"yuedu-se', 'utf8');
    const index = await loadSearchIndex(dir, library);
    expect(index.search('中国').length).toBeGreaterThan(0);
  });

  it('rebuilds when the file is for other articles, so new articles are found', async () => {
    const dir = tempDir();
    writeSearchIndex(dir, library);
    const added = [...library, makeArticle('new', '新文章', ['火星基地今天开工。'])];
    const index = await loadSearchIndex(dir, added);
    expect(index.search('火星基地').map((h) => h.articleId)).toEqual(['new']);
  });
});
