import { chmod, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../main/store/store';
import { STORE_FILES, schemaCopyName } from '../../../main/store/storeData';
import { acquireWriteLock } from '../../../main/store/writeLock';
import { fixturePath, makeTempDir, removeTempDirs, sampleAnnotation } from './helpers';

const unlocks: string[] = [];
afterEach(async () => {
  for (const dir of unlocks.splice(0)) await chmod(dir, 0o755);
  await removeTempDirs();
});

/** Every file under `dir` with its bytes, to show that nothing on disk changed. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile());
  const pairs = await Promise.all(
    files.map(async (f) => {
      const path = join(f.parentPath, f.name);
      return [path, (await readFile(path)).toString('base64')] as const;
    }),
  );
  return Object.fromEntries(pairs);
}

/** A folder holding two highlights, saved in two writes (so there is a previous version). */
async function folderWithTwoNotes(): Promise<string> {
  const dir = await makeTempDir();
  const store = await openStore(dir);
  await store.update((data) => void data.annotations.push(sampleAnnotation(1)));
  await store.update((data) => void data.annotations.push(sampleAnnotation(2)));
  return dir;
}

const ids = (store: Awaited<ReturnType<typeof openStore>>) =>
  store.read().annotations.map((a) => a.id);

describe('while another Yuedu holds the lock', () => {
  it('opens and reads without waiting for it, and refuses only the write', async () => {
    const dir = await folderWithTwoNotes();
    const lock = await acquireWriteLock(join(dir, STORE_FILES.lock));
    try {
      const before = await snapshot(dir);
      const store = await openStore(dir, { lock: { timeoutMs: 200 } });
      expect(ids(store)).toEqual(['ann-1', 'ann-2']);
      expect(store.notices).toEqual([]);
      await expect(
        store.update((data) => void data.annotations.push(sampleAnnotation(3))),
      ).rejects.toMatchObject({
        code: 'storage',
        message: expect.stringContaining(`Another Yuedu (process ${process.pid}) is writing`),
      });
      expect(await snapshot(dir)).toEqual(before);
    } finally {
      await lock.release();
    }
  });

  it('shows the newest intact copy of a damaged file but leaves the repair to a writer', async () => {
    const dir = await folderWithTwoNotes();
    await writeFile(join(dir, STORE_FILES.data), 'damaged');
    const lock = await acquireWriteLock(join(dir, STORE_FILES.lock));
    const before = await snapshot(dir);
    const store = await openStore(dir, { lock: { timeoutMs: 200 } });
    expect(ids(store)).toEqual(['ann-1']);
    expect(store.notices).toHaveLength(1);
    expect(store.notices[0]).toContain('cannot repair it now');
    expect(store.notices[0]).toMatch(/Yuedu shows the (previous version|backup) of .* instead/);
    expect(await snapshot(dir)).toEqual(before);

    await lock.release();
    await store.update((data) => void data.annotations.push(sampleAnnotation(3)));
    expect(ids(await openStore(dir))).toEqual(['ann-1', 'ann-3']);
    const names = await readdir(dir);
    expect(names.filter((n) => n.startsWith(STORE_FILES.corruptPrefix))).toHaveLength(1);
  });
});

describe('a store opened without the lock', () => {
  it('does the migration it had to leave on its first write, keeping the older file', async () => {
    const dir = await makeTempDir();
    const v1 = await readFile(fixturePath('schema-v1.json'), 'utf8');
    await writeFile(join(dir, STORE_FILES.data), v1);
    const lock = await acquireWriteLock(join(dir, STORE_FILES.lock));
    const store = await openStore(dir, { lock: { timeoutMs: 200 } });
    expect(await readdir(dir)).not.toContain(schemaCopyName(1));
    await lock.release();

    await store.update((data) => void (data.settings.theme = 'dark'));

    expect(await readFile(join(dir, schemaCopyName(1)), 'utf8')).toBe(v1);
    const reopened = await openStore(dir);
    expect(reopened.read().settings.theme).toBe('dark');
    expect(reopened.read().annotations).toEqual(JSON.parse(v1).annotations);
  });
});

// Root ignores permissions, so a read-only folder can only be tested as another user.
describe.runIf(process.platform !== 'win32' && process.getuid?.() !== 0)(
  'a read-only data folder',
  () => {
    it('opens and reads, refuses the write with a clear message, and changes nothing', async () => {
      const dir = await folderWithTwoNotes();
      await chmod(dir, 0o555);
      unlocks.push(dir);
      const before = await snapshot(dir);

      const store = await openStore(dir);

      expect(ids(store)).toEqual(['ann-1', 'ann-2']);
      await expect(
        store.update((data) => void data.annotations.push(sampleAnnotation(3))),
      ).rejects.toMatchObject({
        code: 'storage',
        message: expect.stringMatching(/data folder .* is read-only \(EACCES\)/),
      });
      expect(await snapshot(dir)).toEqual(before);
    });
  },
);
