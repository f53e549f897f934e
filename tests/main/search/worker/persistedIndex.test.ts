import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../../../main/search/searchIndex';
import {
  readPersistedIndex,
  removePersistedIndex,
  writePersistedIndex,
} from '../../../../main/search/worker/persistedIndex';
import { seedLibrary } from '../seedLibrary';

const fileIn = () =>
  path.join(mkdtempSync(path.join(os.tmpdir(), 'yuedu-persisted-')), 'search-index.json');

describe('persisted search index', () => {
  it('reads back an index that answers like the one written, leaving no temp files', async () => {
    const articles = seedLibrary(12);
    const index = SearchIndex.build(articles);
    const file = fileIn();
    await writePersistedIndex(file, index, articles);
    expect(readdirSync(path.dirname(file))).toEqual(['search-index.json']);
    const loaded = await readPersistedIndex(file, articles);
    expect(loaded?.search('发展', 10)).toEqual(index.search('发展', 10));
  });

  it('ignores a saved index when the articles differ from the ones it was built from', async () => {
    const articles = seedLibrary(12);
    const file = fileIn();
    await writePersistedIndex(file, SearchIndex.build(articles), articles);
    expect(await readPersistedIndex(file, articles.slice(1))).toBeNull();
    const edited = [
      { ...articles[0]!, text: articles[0]!.text + '新增一句。' },
      ...articles.slice(1),
    ];
    expect(await readPersistedIndex(file, edited)).toBeNull();
  });

  it('treats a missing, truncated or foreign file as no saved index', async () => {
    const articles = seedLibrary(4);
    const file = fileIn();
    expect(await readPersistedIndex(file, articles)).toBeNull();
    await writePersistedIndex(file, SearchIndex.build(articles), articles);
    const content = readFileSync(file, 'utf8');
    writeFileSync(file, content.slice(0, content.length / 2));
    expect(await readPersistedIndex(file, articles)).toBeNull();
    writeFileSync(file, '{"not": "an index"}');
    expect(await readPersistedIndex(file, articles)).toBeNull();
    writeFileSync(file, '');
    expect(await readPersistedIndex(file, articles)).toBeNull();
  });

  it('removes the saved file, and removing a missing one is not an error', async () => {
    const articles = seedLibrary(4);
    const file = fileIn();
    await writePersistedIndex(file, SearchIndex.build(articles), articles);
    await removePersistedIndex(file);
    await removePersistedIndex(file);
    expect(readdirSync(path.dirname(file))).toEqual([]);
  });
});
