import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/model/article';
import { SearchIndex } from '../../../main/search/searchIndex';
import { SearchService, type SearchServiceOptions } from '../../../main/search/searchService';
import { spawnSearchWorker } from '../../../main/search/worker/spawnSearchWorker';
import { makeArticle, seedLibrary } from './seedLibrary';

const PROJECT = path.resolve(import.meta.dirname, '../../..');
const tempDir = () => mkdtempSync(path.join(os.tmpdir(), 'yuedu-search-service-'));
/** A stall the user would feel: the main-thread build must exceed it, or the control proves nothing. */
const STALL_MS = 100;
const QUERIES = ['大湾区', '发展', '粤剧 文化', '"进博会"', 'APEC', '中国 世界 合作', '', '！？。'];

const open: SearchService[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((service) => service.close()));
});

function service(options: Partial<SearchServiceOptions> = {}): SearchService {
  const made = new SearchService({ bundledIndexPath: null, persistPath: null, ...options });
  open.push(made);
  return made;
}

/** A library of bundled articles and its prebuilt index file, as `npm run build:corpus` makes it. */
function bundledLibrary(count: number): { bundled: Article[]; bundledIndexPath: string } {
  const bundled = seedLibrary(count);
  const bundledIndexPath = path.join(tempDir(), 'search-index.json');
  writeFileSync(bundledIndexPath, SearchIndex.build(bundled).toJSON());
  return { bundled, bundledIndexPath };
}

const importedArticle = (id: string, word: string) =>
  makeArticle(id, `导入的文章 ${id}`, [`这是一篇导入的文章，里面有${word}这个词。`, '第二段。']);

/** The largest delay between 5 ms ticks of the main event loop while `work` runs. */
async function maxLoopLag(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - 5);
    last = now;
  }, 5);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.max(worst, performance.now() - last - 5);
}

describe('SearchService', () => {
  it('answers every query exactly as the SearchIndex itself does', async () => {
    const articles = seedLibrary(60);
    const direct = SearchIndex.build(articles);
    const search = service();
    search.start(articles);
    for (const query of QUERIES) {
      expect(await search.search(query, 10), query).toEqual(direct.search(query, 10));
    }
  });

  it('with launchOnFirstRequest starts no worker until something asks, then answers', async () => {
    let spawned = 0;
    const search = service({
      launchOnFirstRequest: true,
      spawn: (file, config) => {
        spawned++;
        return spawnSearchWorker(file, config);
      },
    });
    search.start(seedLibrary(5));
    expect(spawned).toBe(0);
    expect(search.status().ready).toBe(false);
    const hits = await search.search('发展');
    expect(spawned).toBe(1);
    expect(hits.length).toBeGreaterThan(0);
    await search.search('中国');
    expect(spawned).toBe(1);
  });

  it('says "indexing" until the index is open, then ready with every article counted', async () => {
    const articles = seedLibrary(40);
    const search = service();
    search.start(articles);
    expect(search.status()).toEqual({ ready: false, indexedArticles: 0, totalArticles: 40 });
    await search.search('发展');
    expect(search.status()).toEqual({ ready: true, indexedArticles: 40, totalArticles: 40 });
  });

  it('keeps the main event loop ticking while the worker indexes 1,000 articles', async () => {
    const articles = seedLibrary(1000, 6);
    // Control: the same build on the main thread stalls the loop, so the measurement can see a stall.
    const blocking = await maxLoopLag(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      SearchIndex.build(articles);
    });
    expect(blocking).toBeGreaterThan(STALL_MS);

    const search = service();
    let hits = 0;
    const lag = await maxLoopLag(async () => {
      search.start(articles);
      hits = (await search.search('发展', 100)).length;
    });
    expect(hits).toBeGreaterThan(0);
    // A ratio within this run, not a fixed number of ms: a busy machine delays every tick a little,
    // but only building on the main thread stalls it for the whole build.
    expect(lag).toBeLessThan(blocking / 4);
  });

  it('adds and removes imported articles incrementally, and the status counts them', async () => {
    const { bundled, bundledIndexPath } = bundledLibrary(20);
    const search = service({ bundledIndexPath });
    search.start(bundled);
    expect(await search.search('鸭嘴兽')).toEqual([]);

    const added = [importedArticle('imp-1', '鸭嘴兽'), importedArticle('imp-2', '鸭嘴兽和袋鼠')];
    expect(await search.add(added)).toEqual({
      ready: true,
      indexedArticles: 22,
      totalArticles: 22,
    });
    expect((await search.search('鸭嘴兽')).map((hit) => hit.articleId).sort()).toEqual([
      'imp-1',
      'imp-2',
    ]);
    expect(await search.inArticle('imp-2', '袋鼠')).toEqual([
      { start: added[1]!.text.indexOf('袋鼠'), end: added[1]!.text.indexOf('袋鼠') + 2 },
    ]);

    await search.remove(['imp-1']);
    expect((await search.search('鸭嘴兽')).map((hit) => hit.articleId)).toEqual(['imp-2']);
    expect(search.status()).toEqual({ ready: true, indexedArticles: 21, totalArticles: 21 });
  });

  it('saves the index with imported articles and reuses it while the library is unchanged', async () => {
    const { bundled, bundledIndexPath } = bundledLibrary(20);
    const persistPath = path.join(tempDir(), 'search-index.json');
    const imported = [importedArticle('imp-1', '鸭嘴兽')];

    const first = service({ bundledIndexPath, persistPath });
    first.start(bundled, imported);
    expect((await first.search('鸭嘴兽')).map((hit) => hit.articleId)).toEqual(['imp-1']);
    await first.close();
    const saved = readFileSync(persistPath, 'utf8');
    const savedAt = statSync(persistPath).mtimeMs;
    expect(saved.split('\n', 1)[0]).toMatch(/^yuedu-search-index-data 1 [0-9a-f]{64}$/);

    const second = service({ bundledIndexPath, persistPath });
    second.start(bundled, imported);
    expect((await second.search('鸭嘴兽')).map((hit) => hit.articleId)).toEqual(['imp-1']);
    await second.close();
    // Loaded as saved, so there was nothing to write again.
    expect(statSync(persistPath).mtimeMs).toBe(savedAt);
    expect(readFileSync(persistPath, 'utf8')).toBe(saved);

    const changed = [importedArticle('imp-1', '袋鼠')];
    const third = service({ bundledIndexPath, persistPath });
    third.start(bundled, changed);
    expect(await third.search('鸭嘴兽')).toEqual([]);
    expect((await third.search('袋鼠')).map((hit) => hit.articleId)).toEqual(['imp-1']);
    await third.close();
    expect(readFileSync(persistPath, 'utf8')).not.toBe(saved);
  });

  it('restarts a worker that dies, failing the requests it held with a clear message', async () => {
    const articles = seedLibrary(1000);
    const workers: Worker[] = [];
    const search = service({
      spawn: (file, config) => {
        const worker = spawnSearchWorker(file, config);
        workers.push(worker);
        return worker;
      },
    });
    search.start(articles);
    const lost = search.search('发展');
    await workers[0]!.terminate();
    await expect(lost).rejects.toMatchObject({
      code: 'internal',
      message: expect.stringMatching(/restarting/),
    });
    expect(workers).toHaveLength(2);
    expect(await search.search('发展', 5)).toEqual(SearchIndex.build(articles).search('发展', 5));
  });

  it('fails requests after close instead of leaving them hanging', async () => {
    const search = service();
    search.start(seedLibrary(5));
    await search.close();
    await expect(search.search('发展')).rejects.toMatchObject({ code: 'internal' });
  });
});

describe('SearchService in a process of its own', () => {
  const run = promisify(execFile);
  const script = (body: string) => `
    import { SearchService } from ${JSON.stringify(path.join(PROJECT, 'main/search/searchService.ts'))};
    import { seedLibrary } from ${JSON.stringify(path.join(PROJECT, 'tests/main/search/seedLibrary.ts'))};
    const search = new SearchService({ bundledIndexPath: null, persistPath: null });
    search.start(seedLibrary(300));
    ${body}`;
  const node = (code: string) =>
    run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
      cwd: PROJECT,
      timeout: 20_000,
    });

  it('keeps the process alive for an awaited answer and lets it exit afterwards', async () => {
    const { stdout } = await node(
      script(`console.log((await search.search('发展', 3)).length); // no close()`),
    );
    expect(stdout.trim()).toBe('3');
  }, 30_000);

  it('never keeps the process alive just because the index is loading', async () => {
    // Neither awaited nor closed: the unreferenced worker must not hold the process open.
    const { stdout } = await node(script(`console.log('done');`));
    expect(stdout.trim()).toBe('done');
  }, 30_000);
});
