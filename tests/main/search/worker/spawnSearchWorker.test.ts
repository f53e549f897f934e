import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { defaultSearchWorkerFile } from '../../../../main/search/searchService';
import type { WorkerMessage } from '../../../../main/search/worker/protocol';
import { spawnSearchWorker } from '../../../../main/search/worker/spawnSearchWorker';
import { seedLibrary } from '../seedLibrary';

describe('spawnSearchWorker', () => {
  it('runs the TypeScript worker from source and answers over messages', async () => {
    const worker = spawnSearchWorker(defaultSearchWorkerFile(), {
      bundledIndexPath: null,
      persistPath: null,
      persistDelayMs: 1000,
    });
    try {
      const replies: WorkerMessage[] = [];
      worker.on('message', (message: WorkerMessage) => replies.push(message));
      worker.postMessage({ id: 1, type: 'start', args: { bundled: seedLibrary(5), imported: [] } });
      worker.postMessage({ id: 2, type: 'search', args: { query: '发展', limit: 2 } });
      while (!replies.some((m) => m.kind === 'reply' && m.id === 2)) await once(worker, 'message');
      expect(replies.find((m) => m.kind === 'reply' && m.id === 2)).toMatchObject({
        ok: true,
        value: [{ articleId: expect.any(String) }, { articleId: expect.any(String) }],
      });
    } finally {
      await worker.terminate();
    }
  });
});

describe('defaultSearchWorkerFile', () => {
  it('points at the .ts worker from source and at the bundled searchWorker.js from out/main', () => {
    expect(defaultSearchWorkerFile('file:///repo/main/search/searchService.ts').href).toBe(
      'file:///repo/main/search/worker/searchWorker.ts',
    );
    expect(defaultSearchWorkerFile('file:///app/out/main/index.js').href).toBe(
      'file:///app/out/main/searchWorker.js',
    );
  });
});
