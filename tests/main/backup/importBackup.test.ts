import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../../main/backup/exportBackup';
import { importBackup } from '../../../main/backup/importBackup';
import { openStore, type Store } from '../../../main/store/store';
import { buildFixtureData, fixtureArticleText } from './backupFixture';

const articleText = fixtureArticleText();
const tempDir = () => mkdtempSync(path.join(os.tmpdir(), 'yuedu-backup-'));

/** The user's part of the data, which a backup must carry over unchanged. */
const userData = (store: Store) => {
  const { user, settings, annotations, reading } = store.read();
  return structuredClone({ user, settings, annotations, reading });
};

async function storeWithFixture(): Promise<Store> {
  const store = await openStore(tempDir());
  const fixture = buildFixtureData(articleText);
  await store.update((data) => {
    data.user = fixture.user;
    data.settings = fixture.settings;
    data.annotations = fixture.annotations;
    data.reading = fixture.reading;
  });
  return store;
}

const backupOf = (store: Store) =>
  exportBackup({
    data: store.read(),
    appVersion: '0.1.0',
    now: new Date('2026-03-01T12:00:00.000Z'),
    articleText,
  });

describe('importBackup', () => {
  it('round-trips everything into a fresh store, then changes nothing the second time', async () => {
    const source = await storeWithFixture();
    const json = backupOf(source);
    const fresh = await openStore(tempDir());

    const first = await importBackup(fresh, json, articleText);
    expect(first).toEqual({
      annotationsAdded: 6,
      annotationsUpdated: 0,
      annotationsUnchanged: 0,
      readingPositions: 2,
      settingsRestored: true,
    });
    expect(userData(fresh)).toEqual(userData(source));

    const bytes = readFileSync(fresh.path);
    const { mtimeMs } = statSync(fresh.path);
    const second = await importBackup(fresh, json, articleText);
    expect(second).toEqual({
      annotationsAdded: 0,
      annotationsUpdated: 0,
      annotationsUnchanged: 6,
      readingPositions: 0,
      settingsRestored: false,
    });
    expect(readFileSync(fresh.path).equals(bytes)).toBe(true);
    expect(statSync(fresh.path).mtimeMs).toBe(mtimeMs);
    // And the restored store exports the same backup it was restored from.
    expect(backupOf(fresh)).toBe(json);
  });

  it('imports annotations whose article is not in the library instead of dropping them', async () => {
    const fresh = await openStore(tempDir());
    await importBackup(fresh, backupOf(await storeWithFixture()), () => undefined);
    expect(fresh.read().annotations).toHaveLength(6);
    expect(fresh.read().annotations.map((a) => a.articleId)).toContain('retired-article');
  });

  it('leaves the data file untouched when the backup is refused', async () => {
    const store = await storeWithFixture();
    const bytes = readFileSync(store.path);
    const json = JSON.parse(backupOf(store)) as { annotations: { first: { items: unknown[] } } };
    json.annotations.first.items.push({ type: 'Annotation' });
    await expect(importBackup(store, JSON.stringify(json), articleText)).rejects.toThrow(
      /^Annotation 7: /,
    );
    await expect(importBackup(store, '{"hello":"world"}', articleText)).rejects.toThrow(
      'This file is not a Yuedu backup.',
    );
    expect(readFileSync(store.path).equals(bytes)).toBe(true);
  });

  it('brings dates from the future back to now, so a later edit still wins the next merge', async () => {
    const source = await storeWithFixture();
    const id = source.read().annotations[0]!.id;
    await source.update((data) => {
      data.annotations[0]!.created = '2099-01-01T00:00:00.000Z';
      data.annotations[0]!.modified = '2099-01-02T00:00:00.000Z';
      const position = Object.values(data.reading)[0]!;
      position.updated = '2099-01-03T00:00:00.000Z';
    });
    const fresh = await openStore(tempDir());
    const june = new Date('2026-06-01T10:00:00.000Z');

    await importBackup(fresh, backupOf(source), articleText, june);

    const restored = fresh.read().annotations.find((a) => a.id === id)!;
    expect(restored.modified).toBe(june.toISOString());
    expect(restored.created).toBe(june.toISOString());
    for (const position of Object.values(fresh.read().reading))
      expect(Date.parse(position.updated)).toBeLessThanOrEqual(june.getTime());

    // A month later the same highlight is edited for real on the other machine.
    await source.update((data) => {
      data.annotations[0]!.note = '七月的修改';
      data.annotations[0]!.modified = '2026-07-01T09:00:00.000Z';
    });
    const july = await importBackup(
      fresh,
      backupOf(source),
      articleText,
      new Date('2026-07-02T10:00:00.000Z'),
    );
    expect(july.annotationsUpdated).toBe(1);
    expect(fresh.read().annotations.find((a) => a.id === id)!.note).toBe('七月的修改');
  });
});
