import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../../shared/model/article';
import type { ImportFile } from '../../../../shared/model/import';
import { ArticleImporter } from '../../../../main/library/import/articleImporter';
import { restoreImportedArticles } from '../../../../main/library/import/restoreImported';
import { ImportedArticleFiles } from '../../../../main/library/importedArticles';
import { Library } from '../../../../main/library/library';
import { useTempDirs } from '../tempDirs';

const tempDir = useTempDirs();

const file = (name: string, content: string): ImportFile => ({
  name,
  base64: Buffer.from(content).toString('base64'),
});

/** One app session: restore what is saved, as openYuedu does, then import. */
async function importInto(dataDir: string, ...files: ImportFile[]) {
  const library = new Library([]);
  const saved = new ImportedArticleFiles(dataDir);
  await restoreImportedArticles(library, saved);
  return (await new ArticleImporter(library, saved).import(files)).added;
}

describe('restoreImportedArticles', () => {
  it('puts saved articles back into the library in import order', async () => {
    const dataDir = tempDir();
    await importInto(dataDir, file('b.txt', '第一篇。'), file('a.txt', '第二篇。'));
    await importInto(dataDir, file('c.txt', '第三篇。'));
    const library = new Library([]);
    const { restored, notices } = await restoreImportedArticles(
      library,
      new ImportedArticleFiles(dataDir),
    );
    expect(notices).toEqual([]);
    expect(restored.map((a) => a.text)).toEqual(['第一篇。', '第二篇。', '第三篇。']);
    expect(library.list().map((a) => library.origin(a.id))).toEqual([
      'imported',
      'imported',
      'imported',
    ]);
  });

  it('leaves out, with a notice, an imported article the bundled corpus now holds, and keeps its file', async () => {
    const dataDir = tempDir();
    const added = await importInto(dataDir, file('x.txt', '后来被收录的文章。'));
    const nowBundled: Article = { ...added[0]!, id: 'now-bundled', title: '收录' };
    const library = new Library([nowBundled]);
    const files = new ImportedArticleFiles(dataDir);
    const { restored, notices } = await restoreImportedArticles(library, files);
    expect(restored).toEqual([]);
    expect(notices).toEqual([
      `The imported article "后来被收录的文章" is already in the library as "收录", so it is shown once. Its file ${files.pathOf(added[0]!.id)} was kept.`,
    ]);
    expect(existsSync(files.pathOf(added[0]!.id))).toBe(true);
  });
});
