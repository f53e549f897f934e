import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GroupStateFiles } from '../../../main/group/groupState';

let dir: string;
let writer: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'yuedu-group-writers-'));
  writer = join(dir, 'groupStateWriter.mjs');
  // Bundled to plain JS so each child starts quickly.
  await build({
    entryPoints: [join(import.meta.dirname, 'fixtures', 'groupStateWriter.ts')],
    outfile: writer,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
  });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function runWriter(dataDir: string, name: string, count: number): Promise<number> {
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
      else resolve([...stdout.matchAll(/^ack \d+$/gm)].length);
    });
  });
}

describe('group state files shared by two processes', () => {
  it(
    'keeps every change both made to membership.json and received.json at once',
    { timeout: 120_000 },
    async () => {
      const dataDir = await mkdtemp(join(dir, 'data-'));
      const count = 40;
      const acks = await Promise.all([
        runWriter(dataDir, 'app', count),
        runWriter(dataDir, 'cli', count),
      ]);
      expect(acks).toEqual([count, count]);
      const files = new GroupStateFiles(dataDir);
      const expected = ['app', 'cli'].flatMap((name) =>
        Array.from({ length: count }, (_, i) => `${name}-${i}`),
      );
      const replies = (await files.readMembership()).replies.map((r) => r.id);
      const tombstones = (await files.readReceived()).tombstones.map((t) => t.id);
      expect(replies.sort()).toEqual([...expected].sort());
      expect(tombstones.sort()).toEqual([...expected].sort());
    },
  );
});
