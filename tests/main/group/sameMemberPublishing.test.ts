import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openYuedu } from '../../../main/api/openYuedu';
import { SOURCE_LAYOUT } from '../../../main/paths/projectPaths';
import type { GroupStatus } from '../../../shared/model/group';
import { bundleFixture, runFixture } from '../store/bundleFixture';

const ARTICLE = 'greater-bay-area-friends';
const COUNT = 30;

let dir: string;
let writer: string;
let removeWriter: () => Promise<void>;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'yuedu-same-member-'));
  ({ script: writer, remove: removeWriter } = await bundleFixture(
    'sameMemberWriter.ts',
    join(import.meta.dirname, 'fixtures', 'sameMemberWriter.ts'),
  ));
});
afterAll(async () => {
  await removeWriter();
  await rm(dir, { recursive: true, force: true });
});

/** A data folder in a group, and the path of its member file there. */
async function joinedGroup(): Promise<{ dataDir: string; memberFile: string }> {
  const dataDir = await mkdtemp(join(dir, 'data-'));
  const folder = await mkdtemp(join(dir, 'folder-'));
  const yuedu = await openYuedu({
    dataDir,
    seedsDir: SOURCE_LAYOUT.seedsDir,
    generatedDir: SOURCE_LAYOUT.generatedDir,
    systemLanguage: 'en',
    version: 'test',
  });
  try {
    const joined = await yuedu.dispatch('group:use', { folder });
    if (!joined.ok) throw new Error(joined.error.message);
    return { dataDir, memberFile: (joined.value as GroupStatus).memberFile! };
  } finally {
    await yuedu.close();
  }
}

describe('one member publishing from two processes at once (the app and the CLI)', () => {
  it(
    'never lets one process’s older view of the highlights replace a newer member file',
    { timeout: 240_000 },
    async () => {
      const { dataDir, memberFile } = await joinedGroup();
      const run = (name: string, first: number) =>
        runFixture(
          writer,
          [
            JSON.stringify({
              dataDir,
              seedsDir: SOURCE_LAYOUT.seedsDir,
              generatedDir: SOURCE_LAYOUT.generatedDir,
              memberFile,
              articleId: ARTICLE,
              first,
              count: COUNT,
            }),
          ],
          name,
        );
      const outputs = await Promise.all([run('app', 0), run('cli', 40)]);
      const lines = outputs.flatMap((output) => output.trim().split('\n'));
      const acked = lines.filter((line) => line.startsWith('ack ')).map((line) => line.slice(4));
      expect(acked).toHaveLength(2 * COUNT);
      expect(lines.filter((line) => line.startsWith('missing '))).toEqual([]);
      const published = await readFile(memberFile, 'utf8');
      expect(acked.filter((id) => !published.includes(id))).toEqual([]);
    },
  );
});
