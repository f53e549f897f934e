import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../main/store/store';
import { CURRENT_SCHEMA_VERSION, STORE_FILES, schemaCopyName } from '../../../main/store/storeData';
import { fixturePath, makeTempDir, removeTempDirs } from './helpers';

afterEach(removeTempDirs);

// One fixture per released schema version, each written by the Yuedu that introduced it.
const fixtureNames = (await readdir(fixturePath('.')))
  .filter((name) => /^schema-v\d+\.json$/.test(name))
  .sort();
const versionOf = (name: string) => Number(/^schema-v(\d+)\.json$/.exec(name)![1]);

async function folderWith(
  name: string,
): Promise<{ dir: string; text: string; raw: Record<string, unknown> }> {
  const dir = await makeTempDir();
  const text = await readFile(fixturePath(name), 'utf8');
  await writeFile(join(dir, STORE_FILES.data), text);
  return { dir, text, raw: JSON.parse(text) };
}

describe('data files of every released schema version', () => {
  it('has a fixture for each version up to the current one', () => {
    expect(fixtureNames.map(versionOf)).toEqual(
      Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, i) => i + 1),
    );
  });

  it.each(fixtureNames)(
    'opens %s at the current version with every annotation, setting and position',
    async (name) => {
      const { dir, raw } = await folderWith(name);

      const store = await openStore(dir);

      const data = store.read();
      expect(store.notices).toEqual([]);
      expect(data.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
      expect(data.annotations.length).toBeGreaterThanOrEqual(5);
      for (const key of ['user', 'annotations', 'reading']) {
        expect(data[key as keyof typeof data]).toEqual(raw[key]);
      }
      // Settings added after a file was written come in at their defaults.
      expect(data.settings).toEqual({ ...DEFAULT_SETTINGS, ...(raw.settings as object) });
      expect(data.annotations.some((a) => /[\u4e00-\u9fff]/.test(a.target.quote.exact))).toBe(true);
      const reopened = await openStore(dir);
      expect(reopened.read()).toEqual(data);
    },
  );

  it('migrates a v1 file to revision 0 on disk and keeps its original bytes for a downgrade', async () => {
    const { dir, text } = await folderWith('schema-v1.json');

    await openStore(dir);

    expect(await readFile(join(dir, schemaCopyName(1)), 'utf8')).toBe(text);
    const onDisk = JSON.parse(await readFile(join(dir, STORE_FILES.data), 'utf8'));
    expect(onDisk.schemaVersion).toBe(2);
    expect(onDisk.revision).toBe(0);
  });

  it('opens a current-version file without rewriting it or making a downgrade copy', async () => {
    const { dir, text } = await folderWith(`schema-v${CURRENT_SCHEMA_VERSION}.json`);

    await openStore(dir);

    expect(await readFile(join(dir, STORE_FILES.data), 'utf8')).toBe(text);
    expect((await readdir(dir)).filter((n) => n.startsWith('yuedu-data.schema-'))).toEqual([]);
  });

  it('refuses a file from a newer version and leaves it byte-identical', async () => {
    const dir = await makeTempDir();
    const newer = (
      await readFile(fixturePath(`schema-v${CURRENT_SCHEMA_VERSION}.json`), 'utf8')
    ).replace(
      `"schemaVersion": ${CURRENT_SCHEMA_VERSION}`,
      `"schemaVersion": ${CURRENT_SCHEMA_VERSION + 1}`,
    );
    await writeFile(join(dir, STORE_FILES.data), newer);

    await expect(openStore(dir)).rejects.toMatchObject({
      code: 'storage',
      message: expect.stringContaining('written by a newer version of Yuedu'),
    });
    expect(await readFile(join(dir, STORE_FILES.data), 'utf8')).toBe(newer);
    expect(await readdir(dir)).toEqual([STORE_FILES.data]);
  });
});
