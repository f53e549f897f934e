import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GroupStateFiles } from '../../../main/group/groupState';
import { bundleFixture, runWriter } from '../store/bundleFixture';

let dir: string;
let writer: string;
let removeWriter: () => Promise<void>;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'yuedu-group-writers-'));
  ({ script: writer, remove: removeWriter } = await bundleFixture(
    'groupStateWriter.ts',
    join(import.meta.dirname, 'fixtures', 'groupStateWriter.ts'),
  ));
});
afterAll(async () => {
  await removeWriter();
  await rm(dir, { recursive: true, force: true });
});

describe('group state files shared by two processes', () => {
  it(
    'keeps every change both made to membership.json and received.json at once',
    { timeout: 120_000 },
    async () => {
      const dataDir = await mkdtemp(join(dir, 'data-'));
      const count = 40;
      const acks = await Promise.all([
        runWriter(writer, dataDir, 'app', count),
        runWriter(writer, dataDir, 'cli', count),
      ]);
      expect(acks.map((acked) => acked.length)).toEqual([count, count]);
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
