import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Article } from '../../../../shared/model/article';
import type { ImportFile } from '../../../../shared/model/import';
import { AppFailure } from '../../../../main/appFailure';
import { contentId } from '../../../../main/library/articleIdentity';
import { ArticleImporter } from '../../../../main/library/import/articleImporter';
import {
  ImportCancelled,
  type PrepareFile,
} from '../../../../main/library/import/importFileReader';
import { prepareImportFile } from '../../../../main/library/import/prepareImportFile';
import { restoreImportedArticles } from '../../../../main/library/import/restoreImported';
import { ImportedArticleFiles } from '../../../../main/library/importedArticles';
import { Library } from '../../../../main/library/library';
import { parseArticles } from '../../../../main/library/parseArticles';
import { useTempDirs } from '../tempDirs';

const tempDir = useTempDirs();
const NOW = new Date('2026-05-06T07:08:09.000Z');

const file = (name: string, content: string | Uint8Array): ImportFile => ({
  name,
  base64: Buffer.from(content).toString('base64'),
});

const bundled: Article = {
  id: 'bundled-spring',
  title: '春天',
  source: '人民日报',
  ...parseArticles('北京的春天来得很快。柳树发芽了。')[0]!,
};

function setUp(dataDir = tempDir()) {
  const library = new Library([bundled]);
  const files = new ImportedArticleFiles(dataDir);
  return { dataDir, library, files, importer: new ArticleImporter(library, files, () => NOW) };
}

describe('ArticleImporter.import', () => {
  it('adds each article of a file with a content id, a title from its text and the file as source', async () => {
    const { library, importer } = setUp();
    const text = '江南春色\n\u3000\u3000三月的江南，细雨如丝。\n\u3000\u3000游客撑着油纸伞走过。';
    const { added, skipped } = await importer.import([file('folder/江南.txt', text)]);
    expect(skipped).toEqual([]);
    const canonical = '江南春色\n三月的江南，细雨如丝。\n游客撑着油纸伞走过。';
    expect(added).toEqual([
      {
        id: contentId(canonical),
        title: '江南春色',
        source: '江南.txt',
        text: canonical,
        blocks: [
          { kind: 'heading', start: 0, end: 4 },
          { kind: 'paragraph', start: 5, end: 16 },
          { kind: 'paragraph', start: 17, end: 27 },
        ],
        importedAt: NOW.toISOString(),
        sequence: 1,
      },
    ]);
    expect(library.list().map((a) => a.id)).toEqual(['bundled-spring', contentId(canonical)]);
    expect(library.origin(contentId(canonical))).toBe('imported');
  });

  it('skips an article already in the library, bundled or imported, and names it', async () => {
    const { importer } = setUp();
    const first = await importer.import([file('a.txt', '秋天到了，树叶黄了。')]);
    expect(first.added).toHaveLength(1);
    const again = await importer.import([
      file('copy.txt', '  秋天到了，树叶黄了。\n'),
      file('spring.txt', '北京的春天来得很快。柳树发芽了。'),
      file('twice.txt', '冬天来了。'),
      file('twice-again.txt', '冬天来了。'),
    ]);
    expect(again.added.map((a) => a.title)).toEqual(['冬天来了']);
    expect(again.skipped).toEqual([
      { name: 'copy.txt', reason: 'already in your library: 秋天到了，树叶黄了' },
      { name: 'spring.txt', reason: 'already in your library: 春天' },
      { name: 'twice-again.txt', reason: 'already in your library: 冬天来了' },
    ]);
  });

  it('skips files that are empty, binary or not text and goes on with the rest', async () => {
    const { importer } = setUp();
    const { added, skipped } = await importer.import([
      file('empty.txt', ''),
      file('photo.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])),
      file('gbk.txt', Uint8Array.from([0xd6, 0xd0, 0xce, 0xc4, 0xa1, 0xa3])),
      file('latin1.txt', Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xff, 0xfe, 0x21])),
    ]);
    expect(added.map((a) => a.text)).toEqual(['中文。']);
    expect(skipped).toEqual([
      { name: 'empty.txt', reason: 'the file is empty' },
      { name: 'photo.txt', reason: 'not a text file: it contains binary data (NUL bytes)' },
      {
        name: 'latin1.txt',
        reason:
          'not a text file: its encoding is not one Yuedu reads (UTF-8, UTF-16, GB18030, Big5, Shift-JIS, EUC-JP, EUC-KR); save it as UTF-8 and import it again',
      },
    ]);
  });

  it('turns a Markdown file into an article whose # heading is its title', async () => {
    const { importer } = setUp();
    const md =
      '# 夜市的**烟火气**\n\n夜幕降临，[夜市](https://example.com)热闹起来。\n\n- 六点开市\n';
    const { added } = await importer.import([file('night.md', md)]);
    expect(added).toHaveLength(1);
    const [article] = added;
    expect(article!.title).toBe('夜市的烟火气');
    expect(article!.text).toBe('夜市的烟火气\n夜幕降临，夜市热闹起来。\n六点开市');
    expect(article!.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph']);
  });

  it('names an article by its file when its text gives no title', async () => {
    const { importer } = setUp();
    const { added } = await importer.import([file('dir/标点.txt', '。。。')]);
    expect(added.map((a) => a.title)).toEqual(['标点']);
  });

  it('keeps imported articles across a reopen, in import order', async () => {
    const { dataDir, importer } = setUp();
    await importer.import([file('1.txt', '第一篇文章。'), file('2.txt', '第二篇文章。')]);
    await importer.import([file('3.txt', '第三篇文章。')]);
    const reopened = setUp(dataDir);
    const { restored, notices } = await restoreImportedArticles(reopened.library, reopened.files);
    expect(notices).toEqual([]);
    expect(restored.map((a) => a.sequence)).toEqual([1, 2, 3]);
    expect(reopened.library.list().map((a) => a.text)).toEqual([
      bundled.text,
      '第一篇文章。',
      '第二篇文章。',
      '第三篇文章。',
    ]);
    const fourth = await reopened.importer.import([file('4.txt', '第四篇文章。')]);
    expect(fourth.added[0]!.sequence).toBe(4);
  });

  it('reports an article whose file cannot be written, and adds nothing for it', async () => {
    const { dataDir, library } = setUp();
    const files = new ImportedArticleFiles(dataDir);
    files.save = async () => {
      throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
    };
    const importer = new ArticleImporter(library, files, () => NOW);
    const { added, skipped } = await importer.import([file('full.txt', '写不进去的文章。')]);
    expect(added).toEqual([]);
    expect(skipped).toEqual([
      {
        name: 'full.txt',
        reason: `"写不进去的文章" could not be saved in ${join(dataDir, 'articles')} (ENOSPC)`,
      },
    ]);
    expect(library.list()).toHaveLength(1);
  });

  it('never adds the same text twice when two imports run at once', async () => {
    const { library, importer } = setUp();
    const [a, b] = await Promise.all([
      importer.import([file('a.txt', '同时导入的文章。')]),
      importer.import([file('b.txt', '同时导入的文章。')]),
    ]);
    expect(a.added.length + b.added.length).toBe(1);
    expect(library.list()).toHaveLength(2);
  });

  it('imports 1,000 files in one request within seconds', { timeout: 30_000 }, async () => {
    const { dataDir, library, importer } = setUp();
    const many = Array.from({ length: 1_000 }, (_, i) =>
      file(`${i}.txt`, `第${i}篇\n\u3000\u3000这是第${i}篇测试文章，内容各不相同。`.repeat(20)),
    );
    const started = performance.now();
    const { added, skipped } = await importer.import(many);
    const elapsed = performance.now() - started;
    expect(skipped).toEqual([]);
    expect(added).toHaveLength(1_000);
    expect(library.list()).toHaveLength(1_001);
    expect(readdirSync(join(dataDir, 'articles'))).toHaveLength(1_000);
    // Writes are fsynced, so this bounds gross misbehaviour (quadratic work) rather than speed.
    expect(elapsed).toBeLessThan(20_000);
  });
});

describe('ArticleImporter.cancel', () => {
  /** A reader that finishes each file only when told to, and notices a cancel like the worker does. */
  function heldReader() {
    const started: string[] = [];
    let release: () => void = () => undefined;
    const prepare: PrepareFile = (name, bytes, signal) =>
      new Promise((resolve, reject) => {
        started.push(name);
        signal?.addEventListener('abort', () => reject(new ImportCancelled()));
        release = () => resolve(prepareImportFile(name, bytes));
      });
    return { prepare, started, release: () => release() };
  }

  it('stops a batch in the middle of a file and adds nothing of it; earlier batches stay', async () => {
    const { dataDir, library, files } = setUp();
    const reader = heldReader();
    const importer = new ArticleImporter(library, files, () => NOW, reader.prepare);
    const first = importer.import([file('1.txt', '第一批的文章。')], 'import-1');
    await vi.waitFor(() => expect(reader.started).toEqual(['1.txt']), { timeout: 5_000 });
    reader.release();
    expect((await first).added).toHaveLength(1);

    const second = importer.import(
      [file('2.txt', '第二批的文章。'), file('3.txt', '第三篇。')],
      'import-1',
    );
    await vi.waitFor(() => expect(reader.started).toEqual(['1.txt', '2.txt']), { timeout: 5_000 });
    importer.cancel('import-1');
    await expect(second).resolves.toEqual({ added: [], skipped: [], cancelled: true });
    expect(reader.started).toEqual(['1.txt', '2.txt']);
    expect(library.list().map((a) => a.text)).toEqual([bundled.text, '第一批的文章。']);
    expect(readdirSync(join(dataDir, 'articles'))).toHaveLength(1);

    // A later batch of the cancelled import is refused; other imports go on.
    await expect(importer.import([file('4.txt', '第四篇。')], 'import-1')).resolves.toMatchObject({
      cancelled: true,
    });
    const other = importer.import([file('5.txt', '另一次导入。')], 'import-2');
    await vi.waitFor(() => expect(reader.started.at(-1)).toBe('5.txt'), { timeout: 5_000 });
    reader.release();
    expect((await other).added.map((a) => a.text)).toEqual(['另一次导入。']);
  });
});

describe('ArticleImporter.remove', () => {
  it('removes an imported article and its file, so its text can be imported again', async () => {
    const { dataDir, library, importer } = setUp();
    const { added } = await importer.import([file('a.txt', '要删除的文章。')]);
    const id = added[0]!.id;
    const path = join(dataDir, 'articles', `${id}.json`);
    expect(existsSync(path)).toBe(true);
    await expect(importer.remove(id)).resolves.toMatchObject({ id, title: '要删除的文章' });
    expect(existsSync(path)).toBe(false);
    expect(library.get(id)).toBeUndefined();
    const again = await importer.import([file('a.txt', '要删除的文章。')]);
    expect(again.added.map((a) => a.id)).toEqual([id]);
  });

  it('refuses to remove a bundled article and leaves it in place', async () => {
    const { library, importer } = setUp();
    const refusal = importer.remove('bundled-spring');
    await expect(refusal).rejects.toBeInstanceOf(AppFailure);
    await expect(refusal).rejects.toMatchObject({
      code: 'forbidden',
      message: '"春天" comes with Yuedu and cannot be removed; only imported articles can.',
    });
    await expect(importer.remove('a-ffffffffffff')).rejects.toMatchObject({ code: 'not-found' });
    expect(library.get('bundled-spring')).toBe(bundled);
  });

  it('keeps the article when its file cannot be deleted', async () => {
    const { dataDir, library } = setUp();
    const files = new ImportedArticleFiles(dataDir);
    const importer = new ArticleImporter(library, files, () => NOW);
    const { added } = await importer.import([file('a.txt', '删不掉的文章。')]);
    files.remove = async () => {
      throw Object.assign(new Error('read-only'), { code: 'EROFS' });
    };
    await expect(importer.remove(added[0]!.id)).rejects.toMatchObject({
      code: 'storage',
      message: '"删不掉的文章" could not be removed (EROFS). Nothing was changed.',
    });
    expect(library.get(added[0]!.id)).toBeDefined();
  });
});
