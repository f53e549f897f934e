import { mkdtempSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../../../main/search/searchIndex';
import { SearchService } from '../../../../main/search/searchService';
import { InThreadSearchWorker } from '../../../../main/search/worker/inThreadSearchWorker';
import type { WorkerMessage } from '../../../../main/search/worker/protocol';
import { makeArticle, seedLibrary } from '../seedLibrary';

const config = { bundledIndexPath: null, persistPath: null, persistDelayMs: 10_000 };

describe('InThreadSearchWorker', () => {
  it('lets SearchService answer exactly as the index does, without a thread', async () => {
    const articles = seedLibrary(20);
    const search = new SearchService({
      bundledIndexPath: null,
      persistPath: null,
      launchOnFirstRequest: true,
      spawn: (_file, workerConfig) => new InThreadSearchWorker(workerConfig),
    });
    search.start(articles);
    const index = SearchIndex.build(articles);
    for (const query of ['发展', '中国 世界 合作', '"进博会"']) {
      expect(await search.search(query, 5)).toEqual(index.search(query, 5));
    }
    await search.close();
  });

  it('answers every request on a later turn, never inside postMessage', async () => {
    const thread = new InThreadSearchWorker(config);
    const replies: number[] = [];
    thread.on('message', (message: WorkerMessage) => {
      if (message.kind === 'reply') replies.push(message.id);
    });
    thread.postMessage({ id: 1, type: 'start', args: { bundled: seedLibrary(5), imported: [] } });
    thread.postMessage({ id: 2, type: 'search', args: { query: '发展' } });
    thread.postMessage({ id: 3, type: 'search', args: { query: '合作' } });
    expect(replies).toEqual([]);
    await expect.poll(() => replies.toSorted(), { timeout: 30_000 }).toEqual([1, 2, 3]);
    await thread.terminate();
  });

  it('delivers nothing and saves nothing once terminated', async () => {
    const persistPath = path.join(mkdtempSync(path.join(os.tmpdir(), 'yuedu-inthread-')), 'i.json');
    const thread = new InThreadSearchWorker({ ...config, persistPath, persistDelayMs: 1 });
    const messages: WorkerMessage[] = [];
    thread.on('message', (message: WorkerMessage) => messages.push(message));
    thread.postMessage({ id: 1, type: 'start', args: { bundled: seedLibrary(3), imported: [] } });
    await expect.poll(() => messages.length, { timeout: 30_000 }).toBeGreaterThan(0);
    const added = makeArticle('imp-1', '导入', ['一段新的文字。']);
    thread.postMessage({ id: 2, type: 'add', args: { articles: [added] } });
    await thread.terminate();
    const seen = messages.length;
    thread.postMessage({ id: 3, type: 'search', args: { query: '文字' } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(messages.length).toBe(seen);
    expect(existsSync(persistPath)).toBe(false);
  });
});
