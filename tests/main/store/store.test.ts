import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { AppFailure } from '../../../main/appFailure';
import { STORE_FILES, type StoreData } from '../../../main/store/storeData';
import { openStore } from '../../../main/store/store';
import { makeTempDir, removeTempDirs, sampleAnnotation } from './helpers';

afterEach(removeTempDirs);

describe('openStore', () => {
  it('creates the data folder and a fresh store with default settings, a local user and no notices', async () => {
    const dir = join(await makeTempDir(), 'nested', 'data');
    const store = await openStore(dir);

    const data = store.read();
    expect(data.schemaVersion).toBe(2);
    expect(data.revision).toBe(0);
    expect(data.settings).toEqual(DEFAULT_SETTINGS);
    expect(data.annotations).toEqual([]);
    expect(data.reading).toEqual({});
    expect(data.user.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(data.user.name.length).toBeGreaterThan(0);
    expect(store.notices).toEqual([]);
    expect(store.path).toBe(join(dir, STORE_FILES.data));
  });

  it('keeps the same local user across reopenings', async () => {
    const dir = await makeTempDir();
    const first = await openStore(dir);
    const second = await openStore(dir);
    expect(second.read().user).toEqual(first.read().user);
  });

  it('writes updates to disk, so a new store on the same folder sees them even under NODE_ENV=test', async () => {
    expect(process.env.NODE_ENV).toBe('test');
    const dir = await makeTempDir();
    const store = await openStore(dir);
    await store.update((data) => {
      data.annotations.push(sampleAnnotation(1));
      data.settings.theme = 'sepia';
    });

    const onDisk = JSON.parse(await readFile(join(dir, STORE_FILES.data), 'utf8'));
    expect(onDisk.annotations[0].target.quote.exact).toBe('人民日报1');

    const reopened = await openStore(dir);
    expect(reopened.read()).toEqual(store.read());
    expect(reopened.read().settings.theme).toBe('sepia');
  });

  it('stores Chinese text as readable UTF-8, not escape sequences', async () => {
    const dir = await makeTempDir();
    const store = await openStore(dir);
    await store.update((data) => void data.annotations.push(sampleAnnotation(7)));
    expect(await readFile(store.path, 'utf8')).toContain('"note":"笔记 7"');
  });

  it('opens a file of an earlier version with pretty-printed annotations and rewrites it one annotation per line, losing nothing', async () => {
    const dir = await makeTempDir();
    const first = await openStore(dir);
    await first.update(
      (data) => void data.annotations.push(sampleAnnotation(1), sampleAnnotation(2)),
    );
    const before = JSON.parse(await readFile(first.path, 'utf8')) as StoreData;
    await writeFile(first.path, `${JSON.stringify(before, null, 2)}\n`);

    const store = await openStore(dir);
    expect(store.read()).toEqual(before);
    await store.update((data) => void data.annotations.push(sampleAnnotation(3)));
    const text = await readFile(store.path, 'utf8');
    expect(JSON.parse(text)).toEqual({
      ...before,
      revision: before.revision + 1,
      annotations: [sampleAnnotation(1), sampleAnnotation(2), sampleAnnotation(3)],
    });
    expect(text).toContain(`\n    ${JSON.stringify(sampleAnnotation(2))},\n`);
  });

  it('keeps the annotations it did not change byte for byte when a reopened store writes', async () => {
    const dir = await makeTempDir();
    const first = await openStore(dir);
    await first.update(
      (data) => void data.annotations.push(sampleAnnotation(1), sampleAnnotation(2)),
    );
    // Edited by hand, with spaces and a key order Yuedu never writes: reused as it is, not re-serialised.
    const { id, note: _, ...rest } = sampleAnnotation(1);
    const handWritten = JSON.stringify({ id, note: '手写', ...rest }).replace(
      '"note":"手写"',
      ' "note": "手写"',
    );
    const text = (await readFile(first.path, 'utf8')).replace(
      JSON.stringify(sampleAnnotation(1)),
      handWritten,
    );
    await writeFile(first.path, text);

    const store = await openStore(dir);
    expect(store.read().annotations[0]).toEqual({ ...sampleAnnotation(1), note: '手写' });
    await store.update((data) => void (data.annotations[1]!.note = '改过'));
    const written = await readFile(store.path, 'utf8');
    expect(JSON.parse(written).annotations).toEqual([
      { ...sampleAnnotation(1), note: '手写' },
      { ...sampleAnnotation(2), note: '改过' },
    ]);
    expect(written).toContain(`\n    ${handWritten},\n`);
  });
});

describe('Store.update', () => {
  it('returns the value the mutation returns', async () => {
    const store = await openStore(await makeTempDir());
    const count = await store.update((data) => {
      data.annotations.push(sampleAnnotation(1), sampleAnnotation(2));
      return data.annotations.length;
    });
    expect(count).toBe(2);
  });

  it('runs concurrent updates one at a time, in call order, and keeps every one', async () => {
    const dir = await makeTempDir();
    const store = await openStore(dir);
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        store.update((data) => {
          data.annotations.push(sampleAnnotation(i));
          return data.annotations.length;
        }),
      ),
    );
    expect(results).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    const reopened = await openStore(dir);
    expect(reopened.read().annotations.map((a) => a.id)).toEqual(
      Array.from({ length: 40 }, (_, i) => `ann-${i}`),
    );
  });

  it('rejects a change that fails validation and leaves memory and disk untouched', async () => {
    const store = await openStore(await makeTempDir());
    await store.update((data) => void data.annotations.push(sampleAnnotation(1)));
    const before = store.read();
    const bytesBefore = await readFile(store.path);

    const invalid = store.update((data) => {
      data.annotations.push({ ...sampleAnnotation(2), color: 'purple' as 'yellow' });
      data.settings.fontSize = 99;
    });

    await expect(invalid).rejects.toMatchObject({ code: 'invalid-payload' });
    await expect(invalid).rejects.toBeInstanceOf(AppFailure);
    expect(store.read()).toBe(before);
    expect(store.read().annotations).toHaveLength(1);
    expect(await readFile(store.path)).toEqual(bytesBefore);
  });

  it('changes nothing when the mutation throws, and later updates still run', async () => {
    const store = await openStore(await makeTempDir());
    const failing = store.update((data) => {
      data.settings.theme = 'dark';
      throw new Error('boom');
    });
    const next = store.update((data) => void data.annotations.push(sampleAnnotation(1)));

    await expect(failing).rejects.toThrow('boom');
    await next;
    expect(store.read().settings.theme).toBe('light');
    expect(store.read().annotations).toHaveLength(1);
  });

  it('keeps the in-memory state and reports a storage failure when the file cannot be written', async () => {
    const dir = await makeTempDir();
    const store = await openStore(dir);
    const before = store.read();
    // A non-empty directory where the data file should be makes the final rename fail.
    await rm(store.path);
    await mkdir(store.path);
    await writeFile(join(store.path, 'blocker'), '');

    const update = store.update((data) => void (data.settings.theme = 'dark'));

    await expect(update).rejects.toMatchObject({ code: 'storage' });
    expect(store.read()).toBe(before);
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('exposes the committed state frozen, so it cannot be changed behind the store', async () => {
    const store = await openStore(await makeTempDir());
    await store.update((data) => void data.annotations.push(sampleAnnotation(1)));
    const data = store.read();
    expect(() => {
      (data.settings as { fontSize: number }).fontSize = 30;
    }).toThrow(TypeError);
    expect(() => (data.annotations as unknown[]).push({})).toThrow(TypeError);
  });

  it('counts every write in the revision, on disk and in memory', async () => {
    const store = await openStore(await makeTempDir());
    await store.update((data) => void data.annotations.push(sampleAnnotation(1)));
    await store.update((data) => void (data.settings.theme = 'dark'));
    expect(store.read().revision).toBe(2);
    expect(JSON.parse(await readFile(store.path, 'utf8')).revision).toBe(2);
  });

  it('ignores a revision set by the mutation: the store owns the counter', async () => {
    const store = await openStore(await makeTempDir());
    await store.update((data) => void (data.revision = 99));
    expect(store.read().revision).toBe(1);
  });

  it('never lets the committed state alias objects the mutation still holds', async () => {
    const store = await openStore(await makeTempDir());
    const mine = sampleAnnotation(1);
    await store.update((data) => void data.annotations.push(mine));
    mine.note = 'changed afterwards';
    expect(store.read().annotations[0]!.note).toBe('笔记 1');
    expect(Object.isFrozen(mine)).toBe(false);
  });

  it('keeps untouched annotations as the same objects, so a change to one does not copy the rest', async () => {
    const store = await openStore(await makeTempDir());
    await store.update(
      (data) => void data.annotations.push(sampleAnnotation(1), sampleAnnotation(2)),
    );
    const [first, second] = store.read().annotations;
    await store.update((data) => void (data.annotations[1]!.note = '新的笔记'));
    expect(store.read().annotations[0]).toBe(first);
    expect(store.read().annotations[1]).not.toBe(second);
    expect(store.read().annotations[1]!.note).toBe('新的笔记');
  });

  it('keeps the file as it was before each write as the previous version', async () => {
    const dir = await makeTempDir();
    const store = await openStore(dir);
    await store.update((data) => void data.annotations.push(sampleAnnotation(1)));
    const afterFirst = await readFile(store.path, 'utf8');
    await store.update((data) => void data.annotations.push(sampleAnnotation(2)));
    expect(await readFile(join(dir, STORE_FILES.previous), 'utf8')).toBe(afterFirst);
  });

  it('writes no lock file or temp file that outlives an update, only the previous version', async () => {
    const dir = await makeTempDir();
    const store = await openStore(dir);
    await store.update((data) => void data.annotations.push(sampleAnnotation(1)));
    expect((await readdir(dir)).sort()).toEqual([
      STORE_FILES.backupsDir,
      STORE_FILES.data,
      STORE_FILES.previous,
    ]);
  });
});

describe('one data folder, two stores', () => {
  it('shows a write made by another store on the next read', async () => {
    const dir = await makeTempDir();
    const app = await openStore(dir);
    const cli = await openStore(dir);
    await cli.update((data) => void data.annotations.push(sampleAnnotation(1)));

    expect(app.read().annotations.map((a) => a.id)).toEqual(['ann-1']);
    expect(app.read()).toBe(app.read());
  });

  it("applies each update to the other store's latest data, so neither loses a write", async () => {
    const dir = await makeTempDir();
    const app = await openStore(dir);
    const cli = await openStore(dir);
    for (let n = 0; n < 6; n++) {
      const writer = n % 2 === 0 ? app : cli;
      await writer.update((data) => void data.annotations.push(sampleAnnotation(n)));
    }
    await app.update((data) => void (data.settings.fontSize = 26));

    const reopened = await openStore(dir);
    expect(reopened.read().annotations.map((a) => a.id)).toEqual(
      Array.from({ length: 6 }, (_, n) => `ann-${n}`),
    );
    expect(reopened.read().settings.fontSize).toBe(26);
    expect(reopened.read().revision).toBe(7);
  });

  it('interleaves concurrent updates of two stores without losing any', async () => {
    const dir = await makeTempDir();
    const [app, cli] = await Promise.all([openStore(dir), openStore(dir)]);
    await Promise.all(
      Array.from({ length: 30 }, (_, n) =>
        (n % 2 ? app : cli).update((data) => void data.annotations.push(sampleAnnotation(n))),
      ),
    );
    const ids = (await openStore(dir)).read().annotations.map((a) => a.id);
    expect(ids.sort()).toEqual(Array.from({ length: 30 }, (_, n) => `ann-${n}`).sort());
  });

  it('keeps showing the last good data when another program damages the file, and writes it back', async () => {
    const dir = await makeTempDir();
    const store = await openStore(dir, { now: () => new Date('2025-06-01T08:09:10.123Z') });
    await store.update((data) => void data.annotations.push(sampleAnnotation(1)));
    const before = store.read();
    await writeFile(store.path, '{"schemaVersion": 2, "trunc');

    expect(store.read()).toBe(before);
    await store.update((data) => void data.annotations.push(sampleAnnotation(2)));

    const corrupt = join(dir, `${STORE_FILES.corruptPrefix}2025-06-01T08-09-10-123Z.json`);
    expect(await readFile(corrupt, 'utf8')).toBe('{"schemaVersion": 2, "trunc');
    expect(store.notices).toEqual([expect.stringContaining(corrupt)]);
    const reopened = await openStore(dir);
    expect(reopened.read().annotations.map((a) => a.id)).toEqual(['ann-1', 'ann-2']);
  });

  it('refuses to write over a file another, newer Yuedu wrote meanwhile', async () => {
    const store = await openStore(await makeTempDir());
    const newer = JSON.stringify({ ...store.read(), schemaVersion: 3 });
    await writeFile(store.path, newer);

    await expect(store.update((data) => void (data.settings.theme = 'dark'))).rejects.toMatchObject(
      { code: 'storage', message: expect.stringContaining('newer version') },
    );
    expect(await readFile(store.path, 'utf8')).toBe(newer);
  });
});
