import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../../../main/search/searchIndex';
import { openIndex } from '../../../../main/search/worker/openIndex';
import { writePersistedIndex } from '../../../../main/search/worker/persistedIndex';
import { makeArticle, seedLibrary } from '../seedLibrary';

function setup() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'yuedu-open-index-'));
  const bundled = seedLibrary(10);
  const bundledIndexPath = path.join(dir, 'bundled-index.json');
  writeFileSync(bundledIndexPath, SearchIndex.build(bundled).toJSON());
  const imported = [makeArticle('imp-1', '导入', ['关于鸭嘴兽的一篇文章。'])];
  return { bundled, imported, bundledIndexPath, persistPath: path.join(dir, 'search-index.json') };
}

describe('openIndex', () => {
  it('uses the saved index when it was built from exactly this library', async () => {
    const { bundled, imported, bundledIndexPath, persistPath } = setup();
    const all = [...bundled, ...imported];
    await writePersistedIndex(persistPath, SearchIndex.build(all), all);
    const { index, origin } = await openIndex(
      { bundled, imported },
      { bundledIndexPath, persistPath },
    );
    expect(origin).toBe('persisted');
    expect(index.search('鸭嘴兽').map((hit) => hit.articleId)).toEqual(['imp-1']);
  });

  it('starts from the bundled index and adds imported articles when the saved one is stale', async () => {
    const { bundled, imported, bundledIndexPath, persistPath } = setup();
    await writePersistedIndex(persistPath, SearchIndex.build(bundled), bundled);
    const { index, origin } = await openIndex(
      { bundled, imported },
      { bundledIndexPath, persistPath },
    );
    expect(origin).toBe('bundled');
    expect(index.search('鸭嘴兽').map((hit) => hit.articleId)).toEqual(['imp-1']);
    expect(index.search('发展', 5)).toEqual(
      SearchIndex.build([...bundled, ...imported]).search('发展', 5),
    );
  });

  it('builds the index when the bundled file is missing or for other articles', async () => {
    const { bundled, imported, bundledIndexPath, persistPath } = setup();
    const missing = await openIndex(
      { bundled, imported },
      { bundledIndexPath: `${bundledIndexPath}.missing`, persistPath },
    );
    expect(missing.origin).toBe('built');
    expect(missing.index.search('鸭嘴兽').map((hit) => hit.articleId)).toEqual(['imp-1']);

    writeFileSync(bundledIndexPath, SearchIndex.build(bundled.slice(2)).toJSON());
    const stale = await openIndex(
      { bundled, imported: [] },
      { bundledIndexPath, persistPath: null },
    );
    expect(stale.origin).toBe('built');
    expect(stale.index.search('发展', 5)).toEqual(SearchIndex.build(bundled).search('发展', 5));
  });
});
