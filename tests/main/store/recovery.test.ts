import { spawnSync } from 'node:child_process';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { access, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppFailure } from '../../../main/appFailure';
import { dailyBackupPath, localDay } from '../../../main/store/rollingBackups';
import { openStore } from '../../../main/store/store';
import { STORE_FILES, schemaCopyName } from '../../../main/store/storeData';
import { bundleFixture } from './bundleFixture';
import { fixturePath, makeTempDir, removeTempDirs, sampleAnnotation } from './helpers';

afterEach(removeTempDirs);

// Later than any date the tests' data carries (also what child processes write today), so nothing counts as future.
const fixedNow = () => new Date('2100-06-01T08:09:10.123Z');
const corruptName = `${STORE_FILES.corruptPrefix}2100-06-01T08-09-10-123Z.json`;

/** Today's backup in `dir`, as the store names it. */
const todaysBackup = (dir: string) => dailyBackupPath(dir, localDay(new Date()));

/** A folder whose store holds two annotations and a setting, with today's backup taken after the write. */
async function folderWithNotes(): Promise<{ dir: string; saved: unknown }> {
  const dir = await makeTempDir();
  const store = await openStore(dir);
  await store.update((data) => {
    data.annotations.push(sampleAnnotation(1), sampleAnnotation(2));
    data.settings.fontSize = 24;
  });
  return { dir, saved: store.read() };
}

const validShapeButWrong = JSON.stringify({ schemaVersion: 2, user: 'me', annotations: {} });
const truncated = (text: string) => text.slice(0, Math.floor(text.length / 2));

const damages: Array<[string, (original: string) => string | Buffer]> = [
  ['garbage bytes', () => Buffer.from([0xde, 0xad, 0xbe, 0xef, 0x7b, 0x00, 0xff])],
  ['truncated JSON', truncated],
  ['zero-filled bytes', (original) => Buffer.alloc(Buffer.byteLength(original))],
  ['an empty file', () => ''],
  ['valid JSON of the wrong shape', () => validShapeButWrong],
  [
    'a valid document with an invalid highlight colour',
    (original) => original.replace('"yellow"', '"mauve"'),
  ],
  ['a document without schemaVersion', (original) => original.replace('"schemaVersion": 2,', '')],
];

describe('opening a damaged data file', () => {
  it.each(damages)(
    'moves %s aside with its bytes intact, restores the backup and tells the user',
    async (_, damage) => {
      const { dir, saved } = await folderWithNotes();
      const dataPath = join(dir, STORE_FILES.data);
      const damaged = damage(await readFile(dataPath, 'utf8'));
      await writeFile(dataPath, damaged);

      const store = await openStore(dir, { now: fixedNow });

      expect(store.read()).toEqual(saved);
      expect(await readFile(join(dir, corruptName))).toEqual(Buffer.from(damaged));
      expect(store.notices).toHaveLength(1);
      expect(store.notices[0]).toContain('damaged');
      expect(store.notices[0]).toContain(join(dir, corruptName));
      expect(store.notices[0]).toMatch(/restored from the backup of \d{4}-\d\d-\d\d \d\d:\d\d/);
      expect(store.notices[0]).toContain(todaysBackup(dir));
      const reopened = await openStore(dir);
      expect(reopened.notices).toEqual([]);
      expect(reopened.read()).toEqual(saved);
    },
  );

  it('starts fresh but keeps the damaged file and says so when there is no intact copy', async () => {
    const { dir, saved } = await folderWithNotes();
    await rm(join(dir, STORE_FILES.backupsDir), { recursive: true });
    await rm(join(dir, STORE_FILES.previous));
    await writeFile(join(dir, STORE_FILES.data), '{"schemaVersion": 1, "user": {');

    const store = await openStore(dir, { now: fixedNow });

    expect(store.read().annotations).toEqual([]);
    expect(store.read().user).not.toEqual((saved as { user: unknown }).user);
    expect(await readFile(join(dir, corruptName), 'utf8')).toBe('{"schemaVersion": 1, "user": {');
    expect(store.notices).toHaveLength(1);
    expect(store.notices[0]).toContain(join(dir, corruptName));
    expect(store.notices[0]).toContain('No backup was available');
  });

  it('moves a damaged backup aside too instead of overwriting it', async () => {
    const { dir } = await folderWithNotes();
    await writeFile(join(dir, STORE_FILES.data), 'not json');
    await writeFile(todaysBackup(dir), 'also not json');

    const store = await openStore(dir, { now: fixedNow });

    const backupCorrupt = todaysBackup(dir).replace(
      '.json',
      '.corrupt-2100-06-01T08-09-10-123Z.json',
    );
    expect(await readFile(backupCorrupt, 'utf8')).toBe('also not json');
    expect(await readFile(join(dir, corruptName), 'utf8')).toBe('not json');
    expect(store.read().annotations).toEqual([]);
    expect(store.notices[0]).toContain(backupCorrupt);
  });

  it('skips damaged backups and restores the newest valid one, saying which', async () => {
    const dir = await makeTempDir();
    let now = new Date(2025, 5, 1, 9, 0);
    const store = await openStore(dir, { now: () => now });
    await store.update((data) => void data.annotations.push(sampleAnnotation(1)));
    now = new Date(2025, 5, 2, 9, 0);
    await store.update((data) => void data.annotations.push(sampleAnnotation(2)));
    now = new Date(2025, 5, 3, 9, 0);
    await store.update((data) => void data.annotations.push(sampleAnnotation(3)));
    await writeFile(dailyBackupPath(dir, '2025-06-03'), Buffer.alloc(300));
    await writeFile(dailyBackupPath(dir, '2025-06-02'), '{"schemaVersion": 2, "revi');
    await writeFile(join(dir, STORE_FILES.previous), '{"schemaVersion": 2, "re');
    await writeFile(store.path, '');

    const restored = await openStore(dir, { now: fixedNow });

    expect(restored.read().annotations.map((a) => a.id)).toEqual(['ann-1']);
    expect(restored.notices).toHaveLength(1);
    expect(restored.notices[0]).toContain(dailyBackupPath(dir, '2025-06-01'));
    const aside = (await readdir(join(dir, STORE_FILES.backupsDir))).filter((n) =>
      n.includes('.corrupt-'),
    );
    expect(aside.sort()).toEqual([
      'yuedu-data-2025-06-02.corrupt-2100-06-01T08-09-10-123Z.json',
      'yuedu-data-2025-06-03.corrupt-2100-06-01T08-09-10-123Z.json',
    ]);
    for (const name of aside) expect(restored.notices[0]).toContain(name);
    expect(
      (await readdir(dir)).filter((n) => n.startsWith(STORE_FILES.corruptPreviousPrefix)),
    ).toHaveLength(1);
  });

  it('restores from the single backup Yuedu v0 kept, migrating it and keeping its v1 bytes', async () => {
    const dir = await makeTempDir();
    const v1Backup = await readFile(fixturePath('schema-v1.json'), 'utf8');
    await writeFile(join(dir, STORE_FILES.legacyBackup), v1Backup);
    await writeFile(join(dir, STORE_FILES.data), 'damaged by a crash of v0');

    const store = await openStore(dir, { now: fixedNow });

    const v1 = JSON.parse(v1Backup);
    expect(store.read()).toEqual({
      ...v1,
      schemaVersion: 2,
      revision: 0,
      settings: { ...DEFAULT_SETTINGS, ...v1.settings },
      vocabulary: [],
    });
    expect(store.notices[0]).toContain(join(dir, STORE_FILES.legacyBackup));
    expect(await readFile(join(dir, schemaCopyName(1)), 'utf8')).toBe(v1Backup);
    expect(await readFile(join(dir, STORE_FILES.legacyBackup), 'utf8')).toBe(v1Backup);
  });

  it('never overwrites an earlier damaged copy moved aside at the same moment', async () => {
    const { dir } = await folderWithNotes();
    await writeFile(join(dir, STORE_FILES.data), 'first damage');
    await openStore(dir, { now: fixedNow });
    await writeFile(join(dir, STORE_FILES.data), 'second damage');
    await openStore(dir, { now: fixedNow });

    expect(await readFile(join(dir, corruptName), 'utf8')).toBe('first damage');
    const second = corruptName.replace('.json', '-2.json');
    expect(await readFile(join(dir, second), 'utf8')).toBe('second damage');
  });

  it('restores from the backup and tells the user when the data file has disappeared', async () => {
    const { dir, saved } = await folderWithNotes();
    await rm(join(dir, STORE_FILES.data));

    const store = await openStore(dir);

    expect(store.read()).toEqual(saved);
    expect(store.notices).toHaveLength(1);
    expect(store.notices[0]).toContain('was missing');
    await access(join(dir, STORE_FILES.data));
  });

  it('accepts a file an editor saved with a byte-order mark', async () => {
    const { dir, saved } = await folderWithNotes();
    const dataPath = join(dir, STORE_FILES.data);
    await writeFile(dataPath, '\uFEFF' + (await readFile(dataPath, 'utf8')));

    const store = await openStore(dir);

    expect(store.read()).toEqual(saved);
    expect(store.notices).toEqual([]);
  });
});

describe('opening a folder from a newer Yuedu', () => {
  async function snapshot(dir: string): Promise<Map<string, Buffer>> {
    const names = await readdir(dir, { recursive: true, withFileTypes: true });
    const files = names.filter((entry) => entry.isFile());
    return new Map(
      await Promise.all(
        files.map(async (f) => {
          const path = join(f.parentPath, f.name);
          return [path, await readFile(path)] as const;
        }),
      ),
    );
  }

  it('refuses to open and leaves every file byte-for-byte unchanged', async () => {
    const { dir } = await folderWithNotes();
    const dataPath = join(dir, STORE_FILES.data);
    const newer = (await readFile(dataPath, 'utf8')).replace(
      '"schemaVersion": 2',
      '"schemaVersion": 3',
    );
    await writeFile(dataPath, newer);
    await writeFile(join(dir, '.yuedu-data.json.leftover.tmp'), 'partial');
    const before = await snapshot(dir);

    const opening = openStore(dir);

    await expect(opening).rejects.toBeInstanceOf(AppFailure);
    await expect(opening).rejects.toMatchObject({
      code: 'storage',
      message:
        'This data folder was written by a newer version of Yuedu (schema 3). Update Yuedu to open it; nothing was changed.',
    });
    expect(await snapshot(dir)).toEqual(before);
  });

  it('refuses without moving anything when the data file is damaged but the backup is newer', async () => {
    const { dir } = await folderWithNotes();
    await writeFile(join(dir, STORE_FILES.data), 'damaged');
    await writeFile(todaysBackup(dir), JSON.stringify({ schemaVersion: 5 }));
    const before = await snapshot(dir);

    await expect(openStore(dir)).rejects.toMatchObject({ code: 'storage' });
    expect(await snapshot(dir)).toEqual(before);
  });
});

describe('leftovers from a crash', () => {
  it('ignores and removes temp files a crashed write left behind', async () => {
    const { dir, saved } = await folderWithNotes();
    const leftovers = [
      '.yuedu-data.json.3f2a9c1e-0000-4000-8000-000000000000.tmp',
      '.yuedu-data.backup.json.3f2a9c1e-0000-4000-8000-000000000001.tmp',
      join(STORE_FILES.backupsDir, '.yuedu-data-2025-06-01.json.3f2a9c1e-0002.tmp'),
    ];
    await writeFile(join(dir, leftovers[0]!), '{"schemaVersion": 2, "us');
    await writeFile(join(dir, leftovers[1]!), Buffer.alloc(64));
    await writeFile(join(dir, leftovers[2]!), '{"sch');

    const store = await openStore(dir);

    expect(store.read()).toEqual(saved);
    expect(store.notices).toEqual([]);
    const names = await readdir(dir, { recursive: true });
    for (const leftover of leftovers) expect(names).not.toContain(leftover);
  });
});

describe('a damaged data file costs at most the last write', () => {
  let writer: string;
  let removeWriter: () => Promise<void>;
  beforeAll(async () => {
    ({ script: writer, remove: removeWriter } = await bundleFixture('singleWriter.ts'));
  }, 60_000);
  afterAll(() => removeWriter());

  /** One highlight written by a process of its own, as `yuedu highlight` does. */
  function writeInChild(dir: string, id: string): string {
    const child = spawnSync(process.execPath, [writer, dir, id], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    return child.stdout;
  }

  it('keeps 2 of 3 highlights saved on one day and says which write was lost', async () => {
    const dir = await makeTempDir();
    for (const id of ['h-1', 'h-2', 'h-3']) expect(writeInChild(dir, id)).toBe('ack\n');
    const dataPath = join(dir, STORE_FILES.data);
    await writeFile(dataPath, truncated(await readFile(dataPath, 'utf8')));

    const store = await openStore(dir, { now: fixedNow });

    expect(store.read().annotations.map((a) => a.id)).toEqual(['h-1', 'h-2']);
    expect(store.notices).toHaveLength(1);
    const notice = store.notices[0]!;
    expect(notice).toContain(`restored from the previous version of`);
    expect(notice).toContain(join(dir, STORE_FILES.previous));
    expect(notice).toContain('2 highlights with their notes');
    expect(notice).toMatch(/Not recovered: the last change \(saved \d{4}-\d\d-\d\d \d\d:\d\d\)/);
    expect(notice).toContain(join(dir, corruptName));
    const reopened = await openStore(dir);
    expect(reopened.notices).toEqual([]);
    expect(reopened.read().annotations.map((a) => a.id)).toEqual(['h-1', 'h-2']);
  }, 120_000);

  it('starts a write after damage from what another process saved last, not from its own older copy', async () => {
    const dir = await makeTempDir();
    const app = await openStore(dir, { now: fixedNow });
    for (const id of ['h-1', 'h-2']) expect(writeInChild(dir, id)).toBe('ack\n');
    await writeFile(app.path, Buffer.alloc(512));

    await app.update((data) => void data.annotations.push(sampleAnnotation(1)));

    expect(app.read().annotations.map((a) => a.id)).toEqual(['h-1', 'ann-1']);
    expect(app.notices).toHaveLength(1);
    expect(app.notices[0]).toContain('Not recovered: the last change');
    expect(await readFile(join(dir, corruptName))).toEqual(Buffer.alloc(512));
  }, 120_000);

  it('prefers the day’s backup when it is newer than the previous version', async () => {
    const dir = await makeTempDir();
    let now = new Date(2025, 5, 1, 9, 0);
    const store = await openStore(dir, { now: () => now });
    await store.update((data) => void data.annotations.push(sampleAnnotation(1)));
    now = new Date(2025, 5, 2, 9, 0);
    // The first write of the day: the day's backup holds it, the previous version does not.
    await store.update((data) => void data.annotations.push(sampleAnnotation(2)));
    await writeFile(store.path, 'damaged');

    const restored = await openStore(dir, { now: fixedNow });

    expect(restored.read().annotations.map((a) => a.id)).toEqual(['ann-1', 'ann-2']);
    expect(restored.notices[0]).toContain(dailyBackupPath(dir, '2025-06-02'));
    expect(restored.notices[0]).toContain('Not recovered: changes saved after');
  });
});
