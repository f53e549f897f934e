import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../main/store/store';
import { STORE_FILES, type StoreData } from '../../../main/store/storeData';
import { acquireWriteLock } from '../../../main/store/writeLock';
import { makeTempDir, removeTempDirs, sampleAnnotation } from './helpers';

afterEach(removeTempDirs);

const NOW = new Date('2026-06-01T12:00:00.000Z');
const FUTURE = '2099-01-01T00:00:00.000Z';
const PAST = '2025-01-02T03:04:05.000Z';

/** A data folder whose file an older Yuedu wrote with dates in the future. */
async function folderWithFutureDates(): Promise<string> {
  const dir = await makeTempDir();
  const store = await openStore(dir, { now: () => NOW });
  await store.update((data) => {
    data.annotations.push(sampleAnnotation(1), sampleAnnotation(2), sampleAnnotation(3));
    data.reading['article-1'] = { articleId: 'article-1', offset: 3, progress: 0.1, updated: PAST };
  });
  const stored = JSON.parse(await readFile(store.path, 'utf8')) as StoreData;
  stored.annotations[0]!.modified = FUTURE;
  stored.annotations[2]!.created = FUTURE;
  stored.annotations[2]!.modified = FUTURE;
  stored.reading['article-1']!.updated = FUTURE;
  await writeFile(store.path, JSON.stringify(stored, null, 2));
  return dir;
}

describe('dates in the future already stored', () => {
  it('are set to now when the store opens, saved, and reported once', async () => {
    const dir = await folderWithFutureDates();
    const store = await openStore(dir, { now: () => NOW });

    const [first, second, third] = store.read().annotations;
    expect(first).toMatchObject({ created: PAST, modified: NOW.toISOString() });
    expect(second).toEqual(sampleAnnotation(2));
    expect(third).toMatchObject({ created: NOW.toISOString(), modified: NOW.toISOString() });
    expect(store.read().reading['article-1']!.updated).toBe(NOW.toISOString());
    expect(store.notices).toHaveLength(1);
    expect(store.notices[0]).toMatch(/^2 highlights and 1 reading position .* later than now/);

    const onDisk = JSON.parse(await readFile(store.path, 'utf8')) as StoreData;
    expect(onDisk.annotations).toEqual(store.read().annotations);
    expect(onDisk.reading).toEqual(store.read().reading);

    const reopened = await openStore(dir, { now: () => NOW });
    expect(reopened.notices).toEqual([]);
    expect(reopened.read()).toEqual(store.read());
  });

  it('are left alone while another Yuedu holds the lock, and clamped by the first write after it', async () => {
    const dir = await folderWithFutureDates();
    const holder = await openStore(dir, { now: () => NOW });
    // `holder` already clamped them; write them back and open while it is writing.
    const stored = JSON.parse(await readFile(holder.path, 'utf8')) as StoreData;
    stored.annotations[0]!.modified = FUTURE;
    await writeFile(holder.path, JSON.stringify(stored, null, 2));
    const lock = await acquireWriteLock(join(dir, STORE_FILES.lock));
    const reader = await openStore(dir, { now: () => NOW, lock: { timeoutMs: 200 } });
    expect(reader.read().annotations[0]!.modified).toBe(FUTURE);
    expect(reader.notices).toEqual([]);
    await lock.release();

    await reader.update((data) => void (data.annotations[1]!.note = '改'));
    expect(reader.read().annotations[0]!.modified).toBe(NOW.toISOString());
    expect(reader.notices).toEqual([expect.stringMatching(/^1 highlight .* later than now/)]);
  });
});
