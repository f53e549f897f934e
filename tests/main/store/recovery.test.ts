import { access, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppFailure } from '../../../main/api/failure';
import { openStore } from '../../../main/store/store';
import { STORE_FILES } from '../../../main/store/storeData';
import { makeTempDir, removeTempDirs, sampleAnnotation } from './helpers';

afterEach(removeTempDirs);

const fixedNow = () => new Date('2025-06-01T08:09:10.123Z');
const corruptName = `${STORE_FILES.corruptPrefix}2025-06-01T08-09-10-123Z.json`;

/** A folder whose store holds two annotations and a setting, with the backup up to date. */
async function folderWithNotes(): Promise<{ dir: string; saved: unknown }> {
  const dir = await makeTempDir();
  const store = await openStore(dir);
  await store.update((data) => {
    data.annotations.push(sampleAnnotation(1), sampleAnnotation(2));
    data.settings.fontSize = 24;
  });
  return { dir, saved: store.read() };
}

const validShapeButWrong = JSON.stringify({ schemaVersion: 1, user: 'me', annotations: {} });
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
  ['a document without schemaVersion', (original) => original.replace('"schemaVersion": 1,', '')],
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
      const reopened = await openStore(dir);
      expect(reopened.notices).toEqual([]);
      expect(reopened.read()).toEqual(saved);
    },
  );

  it('starts fresh but keeps the damaged file and says so when there is no backup', async () => {
    const { dir, saved } = await folderWithNotes();
    await rm(join(dir, STORE_FILES.backup));
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
    await writeFile(join(dir, STORE_FILES.backup), 'also not json');

    const store = await openStore(dir, { now: fixedNow });

    const backupCorrupt = `${STORE_FILES.corruptBackupPrefix}2025-06-01T08-09-10-123Z.json`;
    expect(await readFile(join(dir, backupCorrupt), 'utf8')).toBe('also not json');
    expect(await readFile(join(dir, corruptName), 'utf8')).toBe('not json');
    expect(store.read().annotations).toEqual([]);
    expect(store.notices[0]).toContain(join(dir, backupCorrupt));
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
    const names = await readdir(dir);
    return new Map(
      await Promise.all(names.map(async (n) => [n, await readFile(join(dir, n))] as const)),
    );
  }

  it('refuses to open and leaves every file byte-for-byte unchanged', async () => {
    const { dir } = await folderWithNotes();
    const dataPath = join(dir, STORE_FILES.data);
    const newer = (await readFile(dataPath, 'utf8')).replace(
      '"schemaVersion": 1',
      '"schemaVersion": 2',
    );
    await writeFile(dataPath, newer);
    await writeFile(join(dir, '.yuedu-data.json.leftover.tmp'), 'partial');
    const before = await snapshot(dir);

    const opening = openStore(dir);

    await expect(opening).rejects.toBeInstanceOf(AppFailure);
    await expect(opening).rejects.toMatchObject({
      code: 'storage',
      message:
        'This data folder was written by a newer version of Yuedu (schema 2). Update Yuedu to open it; nothing was changed.',
    });
    expect(await snapshot(dir)).toEqual(before);
  });

  it('refuses without moving anything when the data file is damaged but the backup is newer', async () => {
    const { dir } = await folderWithNotes();
    await writeFile(join(dir, STORE_FILES.data), 'damaged');
    await writeFile(join(dir, STORE_FILES.backup), JSON.stringify({ schemaVersion: 5 }));
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
    ];
    await writeFile(join(dir, leftovers[0]!), '{"schemaVersion": 1, "us');
    await writeFile(join(dir, leftovers[1]!), Buffer.alloc(64));

    const store = await openStore(dir);

    expect(store.read()).toEqual(saved);
    expect(store.notices).toEqual([]);
    const names = await readdir(dir);
    for (const leftover of leftovers) expect(names).not.toContain(leftover);
  });
});
