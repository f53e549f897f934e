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
});
