import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUPS_KEPT, dailyBackupPath, localDay } from '../../../main/store/rollingBackups';
import { openStore } from '../../../main/store/store';
import { STORE_FILES } from '../../../main/store/storeData';
import { makeTempDir, removeTempDirs, sampleAnnotation } from './helpers';

afterEach(removeTempDirs);

const day = (d: number, hour = 10) => new Date(2025, 4, d, hour, 0);
const backupNames = async (dir: string) =>
  (await readdir(join(dir, STORE_FILES.backupsDir))).sort();

describe('localDay', () => {
  it('names the local calendar day, also just before midnight', () => {
    expect(localDay(new Date(2025, 0, 9, 23, 59))).toBe('2025-01-09');
    expect(localDay(new Date(2025, 11, 31, 0, 0))).toBe('2025-12-31');
  });
});

describe('daily backups', () => {
  it('takes no backup of a brand-new empty store', async () => {
    const dir = await makeTempDir();
    await openStore(dir, { now: () => day(1) });
    expect(await readdir(dir)).toEqual([STORE_FILES.data]);
  });

  it('backs up the first saved change of a day and not the later ones', async () => {
    const dir = await makeTempDir();
    const store = await openStore(dir, { now: () => day(1) });
    await store.update((data) => void data.annotations.push(sampleAnnotation(1)));
    const afterFirst = await readFile(store.path, 'utf8');
    await store.update((data) => void data.annotations.push(sampleAnnotation(2)));

    expect(await backupNames(dir)).toEqual(['yuedu-data-2025-05-01.json']);
    expect(await readFile(dailyBackupPath(dir, '2025-05-01'), 'utf8')).toBe(afterFirst);
  });

  it('backs up a valid file at open when the day has no backup yet', async () => {
    const dir = await makeTempDir();
    const store = await openStore(dir, { now: () => day(1) });
    await store.update((data) => void data.annotations.push(sampleAnnotation(1)));
    const saved = await readFile(store.path, 'utf8');

    await openStore(dir, { now: () => day(2) });

    expect(await readFile(dailyBackupPath(dir, '2025-05-02'), 'utf8')).toBe(saved);
  });

  it(`keeps the ${BACKUPS_KEPT} most recent days`, async () => {
    const dir = await makeTempDir();
    let now = day(1);
    const store = await openStore(dir, { now: () => now });
    for (let d = 1; d <= 10; d++) {
      now = day(d);
      await store.update((data) => void data.annotations.push(sampleAnnotation(d)));
    }
    expect(await backupNames(dir)).toEqual(
      Array.from(
        { length: 7 },
        (_, i) => `yuedu-data-2025-05-${String(i + 4).padStart(2, '0')}.json`,
      ),
    );
    const newest = JSON.parse(await readFile(dailyBackupPath(dir, '2025-05-10'), 'utf8'));
    expect(newest.annotations).toHaveLength(10);
  });

  it('still saves the change and tells the user once when the backup cannot be written', async () => {
    const dir = await makeTempDir();
    const store = await openStore(dir);
    await writeFile(join(dir, STORE_FILES.backupsDir), 'a file where the folder should be');

    await store.update((data) => void (data.settings.theme = 'dark'));
    await store.update((data) => void (data.settings.theme = 'sepia'));

    expect(JSON.parse(await readFile(store.path, 'utf8')).settings.theme).toBe('sepia');
    expect(store.notices).toHaveLength(1);
    expect(store.notices[0]).toContain('backup copy');
    expect(store.notices[0]).toContain(dailyBackupPath(dir, localDay(new Date())));
  });

  it('leaves damaged-backup copies alone when pruning old days', async () => {
    const dir = await makeTempDir();
    await mkdir(join(dir, STORE_FILES.backupsDir));
    const keep = 'yuedu-data-2025-04-01.corrupt-2025-04-02T00-00-00-000Z.json';
    await writeFile(join(dir, STORE_FILES.backupsDir, keep), 'damaged');
    let now = day(1);
    const store = await openStore(dir, { now: () => now });
    for (let d = 1; d <= 9; d++) {
      now = day(d);
      await store.update((data) => void (data.settings.fontSize = 14 + d));
    }
    expect(await backupNames(dir)).toContain(keep);
    expect((await backupNames(dir)).filter((n) => !n.includes('corrupt'))).toHaveLength(7);
  });
});
