import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportedArticleFiles } from '../../../main/library/importedArticles';
import type { ImportedArticle } from '../../../main/library/library';
import { useTempDirs } from './tempDirs';

const tempDir = useTempDirs();

function article(id: string, text: string, sequence: number): ImportedArticle {
  return {
    id,
    title: text.slice(0, 4),
    source: 'notes.txt',
    text,
    blocks: [{ kind: 'paragraph', start: 0, end: text.length }],
    importedAt: '2026-03-04T05:06:07.000Z',
    sequence,
  };
}

describe('ImportedArticleFiles', () => {
  it('saves each article as <dataDir>/articles/<id>.json and reads them back in import order', async () => {
    const dataDir = tempDir();
    const files = new ImportedArticleFiles(dataDir);
    const later = article('a-00000000000b', '后来导入的文章。', 2);
    const earlier = article('a-00000000000a', '先导入的文章。', 1);
    await files.save(later);
    await files.save(earlier);
    expect(readdirSync(join(dataDir, 'articles')).sort()).toEqual([
      'a-00000000000a.json',
      'a-00000000000b.json',
    ]);
    const saved = JSON.parse(
      readFileSync(join(dataDir, 'articles', 'a-00000000000b.json'), 'utf8'),
    );
    expect(saved).toMatchObject({ format: 'yuedu-imported-article', version: 1, ...later });
    await expect(new ImportedArticleFiles(dataDir).loadAll()).resolves.toEqual({
      articles: [earlier, later],
      notices: [],
    });
  });

  it('loads nothing, without creating anything, when no article was ever imported', async () => {
    const dataDir = tempDir();
    await expect(new ImportedArticleFiles(dataDir).loadAll()).resolves.toEqual({
      articles: [],
      notices: [],
    });
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it('skips damaged files with a notice naming each, and keeps them on disk', async () => {
    const dataDir = tempDir();
    const files = new ImportedArticleFiles(dataDir);
    const good = article('a-00000000000a', '完好的文章。', 1);
    await files.save(good);
    const dir = join(dataDir, 'articles');
    const truncated = JSON.stringify(article('a-00000000000b', '被截断的文章。', 2)).slice(0, 40);
    writeFileSync(join(dir, 'a-00000000000b.json'), truncated);
    const outOfRange = { ...JSON.parse(readFileSync(join(dir, 'a-00000000000a.json'), 'utf8')) };
    outOfRange.id = 'a-00000000000c';
    outOfRange.blocks = [{ kind: 'paragraph', start: 0, end: 999 }];
    writeFileSync(join(dir, 'a-00000000000c.json'), JSON.stringify(outOfRange));
    writeFileSync(
      join(dir, 'a-00000000000d.json'),
      JSON.stringify({ ...outOfRange, id: 'a-00000000000a', blocks: [] }),
    );
    writeFileSync(join(dir, '.a-00000000000e.json.1234.tmp'), 'half a write');

    const loaded = await files.loadAll();
    expect(loaded.articles).toEqual([good]);
    expect(loaded.notices).toHaveLength(3);
    expect(loaded.notices[0]).toContain(join(dir, 'a-00000000000b.json'));
    expect(loaded.notices[0]).toContain('it is not valid JSON');
    expect(loaded.notices[1]).toContain('a block lies outside the text');
    expect(loaded.notices[2]).toContain('it is not a Yuedu article');
    for (const notice of loaded.notices) expect(notice).toContain('The file was kept as it is.');
    expect(readdirSync(dir)).toHaveLength(5);
  });

  it('reports a file that claims another article id as damaged', async () => {
    const dataDir = tempDir();
    const files = new ImportedArticleFiles(dataDir);
    await files.save(article('a-00000000000a', '文章。', 1));
    const dir = join(dataDir, 'articles');
    writeFileSync(join(dir, 'a-00000000000f.json'), readFileSync(join(dir, 'a-00000000000a.json')));
    const loaded = await files.loadAll();
    expect(loaded.articles.map((a) => a.id)).toEqual(['a-00000000000a']);
    expect(loaded.notices[0]).toContain('it names another article ("a-00000000000a")');
  });

  it('removes an article file, and removing a missing one is not an error', async () => {
    const dataDir = tempDir();
    const files = new ImportedArticleFiles(dataDir);
    await files.save(article('a-00000000000a', '文章。', 1));
    await files.remove('a-00000000000a');
    await files.remove('a-00000000000a');
    expect(readdirSync(join(dataDir, 'articles'))).toEqual([]);
  });

  it('never turns an id that is not a content hash into a path', () => {
    const files = new ImportedArticleFiles(tempDir());
    for (const id of ['../yuedu-data', 'greater-bay-area-friends', 'a-0123', '']) {
      expect(() => files.pathOf(id), id).toThrow('Not an imported article id');
    }
  });
});
