import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ArticleSummary } from '../../../shared/model/article';
import type { PlacedAnnotation } from '../../../shared/model/annotation';
import { openYuedu } from '../../../main/api/openYuedu';
import type { Yuedu } from '../../../main/api/yuedu';
import { PROJECT_ROOT, SOURCE_LAYOUT } from '../../../main/paths/projectPaths';

const run = promisify(execFile);
const dirs: string[] = [];
const opened: Yuedu[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((yuedu) => yuedu.close()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'yuedu-sync-'));
  dirs.push(dir);
  return dir;
};

/** The real `yuedu` command, as a second process on the same data folder. */
const cli = (...args: string[]) =>
  run(process.execPath, ['bin/yuedu.mjs', ...args], { cwd: PROJECT_ROOT, timeout: 120_000 });

async function call<T>(yuedu: Yuedu, channel: string, payload: unknown): Promise<T> {
  const result = await yuedu.dispatch(channel, payload);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

const TEXT = '同步测试\n\n另一个进程导入的文章，正文里有一句要标注的话。';

describe('a running Yuedu and the CLI on one data folder', () => {
  it(
    'notices what the CLI imports and removes, without a restart, and re-anchors its highlights',
    { timeout: 240_000 },
    async () => {
      const dataDir = tempDir();
      const app = await openYuedu({
        dataDir,
        seedsDir: SOURCE_LAYOUT.seedsDir,
        generatedDir: SOURCE_LAYOUT.generatedDir,
        systemLanguage: 'en',
        version: '0',
        watchLibrary: true,
      });
      opened.push(app);
      const changes: number[] = [];
      app.onLibraryChanged(({ revision }) => changes.push(revision));

      // The app imports the article, highlights it and removes it: the highlight is an orphan.
      const base64 = Buffer.from(TEXT).toString('base64');
      const { added } = await call<{ added: ArticleSummary[] }>(app, 'library:import', {
        files: [{ name: '同步.txt', base64 }],
      });
      const id = added[0]!.id;
      const start = TEXT.replace('\n\n', '\n').indexOf('要标注的话');
      await call(app, 'annotations:create', {
        articleId: id,
        start,
        end: start + 5,
        color: 'blue',
      });
      await call(app, 'library:remove', { id });
      const states = async () =>
        (await call<PlacedAnnotation[]>(app, 'annotations:list', {})).map((a) => a.state);
      expect(await states()).toEqual(['orphaned']);
      const before = changes.length;

      // The CLI, another process, imports the same text into the same folder.
      const file = path.join(tempDir(), '同步.txt');
      writeFileSync(file, TEXT);
      await cli('import', file, '--json', '--data-dir', dataDir);

      // The watch notices it by itself: no list, no restart.
      await vi.waitFor(() => expect(changes.length).toBeGreaterThan(before), {
        timeout: 30_000,
        interval: 100,
      });
      const listed = await call<ArticleSummary[]>(app, 'library:list', {});
      expect(listed.find((a) => a.id === id)).toMatchObject({
        title: '同步测试',
        origin: 'imported',
      });
      expect(await states()).toEqual(['anchored']);
      await vi.waitFor(
        async () =>
          expect(
            (
              await call<Array<{ articleId: string }>>(app, 'search:query', { query: '要标注的话' })
            ).map((hit) => hit.articleId),
          ).toEqual([id]),
        { timeout: 30_000, interval: 200 },
      );

      // And what the CLI removes goes away too; the highlight is an orphan again, not lost.
      const revision = (await call<{ revision: number }>(app, 'library:revision', {})).revision;
      await cli('remove', id, '--data-dir', dataDir);
      await vi.waitFor(
        async () =>
          expect(
            (await call<{ revision: number }>(app, 'library:revision', {})).revision,
          ).toBeGreaterThan(revision),
        { timeout: 30_000, interval: 200 },
      );
      expect((await call<ArticleSummary[]>(app, 'library:list', {})).some((a) => a.id === id)).toBe(
        false,
      );
      expect(await states()).toEqual(['orphaned']);
    },
  );

  it('finds a just-imported article by id even before the watch has seen it', async () => {
    const dataDir = tempDir();
    const app = await openYuedu({
      dataDir,
      seedsDir: SOURCE_LAYOUT.seedsDir,
      generatedDir: SOURCE_LAYOUT.generatedDir,
      systemLanguage: 'en',
      version: '0',
    });
    opened.push(app);
    const other = await openYuedu({
      dataDir,
      seedsDir: SOURCE_LAYOUT.seedsDir,
      generatedDir: SOURCE_LAYOUT.generatedDir,
      systemLanguage: 'en',
      version: '0',
    });
    opened.push(other);
    const { added } = await call<{ added: ArticleSummary[] }>(other, 'library:import', {
      files: [{ name: 'a.txt', base64: Buffer.from('链接打开的文章。').toString('base64') }],
    });
    await expect(call(app, 'library:get', { id: added[0]!.id })).resolves.toMatchObject({
      text: '链接打开的文章。',
    });
  });
});
