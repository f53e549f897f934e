import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../main/store/store';
import { readStoreFile } from '../../../main/store/storeFile';
import { bundleFixture, runWriter } from './bundleFixture';
import { makeTempDir, removeTempDirs } from './helpers';

afterEach(removeTempDirs);

let writer: string;
let removeWriter: () => Promise<void>;
beforeAll(async () => {
  ({ script: writer, remove: removeWriter } = await bundleFixture('concurrentWriter.ts'));
});
afterAll(() => removeWriter());

describe('two processes on one data folder', () => {
  it('keeps every acknowledged write of both, and the file is valid at every moment', async () => {
    const dir = await makeTempDir();
    const app = await openStore(dir);
    const count = 120;
    let running = true;
    let checks = 0;
    const watcher = (async () => {
      while (running) {
        const state = await readStoreFile(app.path);
        expect(state.kind).toBe('valid');
        checks += 1;
      }
    })();

    const [appAcks, cliAcks] = await Promise.all([
      runWriter(writer, dir, 'app', count),
      runWriter(writer, dir, 'cli', count),
    ]);
    running = false;
    await watcher;

    expect(appAcks).toHaveLength(count);
    expect(cliAcks).toHaveLength(count);
    expect(checks).toBeGreaterThan(10);
    const data = app.read();
    const ids = new Set(data.annotations.map((a) => a.id));
    for (let i = 0; i < count; i++) {
      expect(ids.has(`app-${i}`)).toBe(true);
      expect(ids.has(`cli-${i}`)).toBe(true);
    }
    expect(data.annotations).toHaveLength(2 * count);
    expect(data.reading.app?.offset).toBe(count - 1);
    expect(data.reading.cli?.offset).toBe(count - 1);
    expect(data.revision).toBe(2 * count);
  }, 60_000);
});
