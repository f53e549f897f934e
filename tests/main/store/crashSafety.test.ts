import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../main/store/store';
import { makeTempDir, removeTempDirs } from './helpers';

afterEach(removeTempDirs);

const writerScript = fileURLToPath(new URL('./fixtures/crashWriter.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Runs the writer until it has acknowledged at least one update, SIGKILLs it after `delayMs`, returns its acks. */
function runAndKill(dataDir: string, delayMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writerScript, dataDir], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let killScheduled = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (!killScheduled && stdout.includes('ack ')) {
        killScheduled = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      if (signal !== 'SIGKILL') {
        reject(new Error(`writer exited on its own (${signal ?? _code}): ${stderr}`));
        return;
      }
      resolve([...stdout.matchAll(/^ack (\d+)$/gm)].map((m) => Number(m[1])));
    });
  });
}

describe('crash safety', () => {
  it('opens valid after SIGKILL at random moments and keeps every acknowledged update', async () => {
    const dir = await makeTempDir();
    let highestAck = 0;

    for (let round = 0; round < 10; round++) {
      const acks = await runAndKill(dir, Math.floor(Math.random() * 150));
      expect(acks.length).toBeGreaterThan(0);
      expect(acks[0]).toBeGreaterThan(highestAck);
      highestAck = acks.at(-1)!;

      const store = await openStore(dir);
      expect(store.notices).toEqual([]);
      const ids = new Set(store.read().annotations.map((a) => a.id));
      for (let n = 1; n <= highestAck; n++) expect(ids.has(`crash-${n}`)).toBe(true);
      expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    }
  }, 40_000);
});
