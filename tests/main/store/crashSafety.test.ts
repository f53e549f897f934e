import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../main/store/store';
import { STORE_FILES } from '../../../main/store/storeData';
import { bundleFixture } from './bundleFixture';
import { makeTempDir, removeTempDirs } from './helpers';

afterEach(removeTempDirs);

const KILLS = 100;
let writer: string;
let removeWriter: () => Promise<void>;

// One bundle for all rounds keeps 100 child starts fast.
beforeAll(async () => {
  ({ script: writer, remove: removeWriter } = await bundleFixture('crashWriter.ts'));
});
afterAll(() => removeWriter());

interface Acks {
  adds: number[];
  edits: Array<[number, number]>;
}

/** Runs the writer until it has acknowledged an update, SIGKILLs it after `delayMs`, returns its acks. */
function runAndKill(dataDir: string, delayMs: number): Promise<Acks> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dataDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let killScheduled = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (!killScheduled && stdout.includes('add ')) {
        killScheduled = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL') {
        reject(new Error(`writer exited on its own (${signal ?? code}): ${stderr}`));
        return;
      }
      resolve({
        adds: [...stdout.matchAll(/^add (\d+)$/gm)].map((m) => Number(m[1])),
        edits: [...stdout.matchAll(/^edit (\d+) (\d+)$/gm)].map((m) => [
          Number(m[1]),
          Number(m[2]),
        ]),
      });
    });
  });
}

describe('crash safety', () => {
  it(`opens valid after ${KILLS} SIGKILLs at random moments and keeps every acknowledged add and edit`, async () => {
    const dir = await makeTempDir();
    const added = new Set<number>();
    // The edit number each annotation had when its latest acknowledged edit resolved.
    const edited = new Map<number, number>();
    const started = performance.now();

    for (let round = 0; round < KILLS; round++) {
      const acks = await runAndKill(dir, Math.floor(Math.random() * 40));
      expect(acks.adds.length).toBeGreaterThan(0);
      for (const n of acks.adds) added.add(n);
      for (const [n, k] of acks.edits) edited.set(n, k);

      const store = await openStore(dir);
      expect(store.notices).toEqual([]);
      const byId = new Map(store.read().annotations.map((a) => [a.id, a]));
      for (const n of added) expect(byId.has(`crash-${n}`)).toBe(true);
      for (const [n, k] of edited) {
        // A later edit may have reached the disk just before the kill, unacknowledged: never an earlier one.
        const saved = Number(/^修改 (\d+)$/.exec(byId.get(`crash-${n}`)!.note)?.[1]);
        expect(saved).toBeGreaterThanOrEqual(k);
      }
      const names = await readdir(dir, { recursive: true });
      expect(names.filter((name) => name.endsWith('.tmp'))).toEqual([]);
      expect(names).not.toContain(STORE_FILES.lock);
    }
    console.info(
      `crash safety: ${KILLS} kills, ${added.size} adds and ${edited.size} edited highlights checked in ${Math.round(performance.now() - started)} ms`,
    );
  }, 300_000);
});
