import { spawn } from 'node:child_process';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../main/store/store';
import { readStoreFile } from '../../../main/store/storeFile';
import { bundleFixture } from './bundleFixture';
import { makeTempDir, removeTempDirs } from './helpers';

afterEach(removeTempDirs);

let writer: string;
let removeWriter: () => Promise<void>;
beforeAll(async () => {
  ({ script: writer, remove: removeWriter } = await bundleFixture('concurrentWriter.ts'));
});
afterAll(() => removeWriter());

/** Runs one writer to completion and returns the numbers it acknowledged. */
function runWriter(dataDir: string, name: string, count: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dataDir, name, String(count)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`${name} failed (${code}): ${stderr}`));
      else resolve([...stdout.matchAll(/^ack (\d+)$/gm)].map((m) => Number(m[1])));
    });
  });
}

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
      runWriter(dir, 'app', count),
      runWriter(dir, 'cli', count),
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
