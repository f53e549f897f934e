import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  removeLeftoverTempFiles,
  syncDirectory,
  writeFileDurably,
} from '../../../main/store/writeFileDurably';
import { makeTempDir, removeTempDirs } from './helpers';

afterEach(removeTempDirs);

describe('writeFileDurably', () => {
  it('creates and then replaces the file, leaving no temp files', async () => {
    const dir = await makeTempDir();
    const target = join(dir, 'data.json');
    await writeFileDurably(target, '第一版');
    await writeFileDurably(target, '第二版');
    expect(await readFile(target, 'utf8')).toBe('第二版');
    expect(await readdir(dir)).toEqual(['data.json']);
  });

  it('keeps the old content and removes its temp file when the replace fails', async () => {
    const dir = await makeTempDir();
    const target = join(dir, 'data.json');
    await mkdir(target);
    await writeFile(join(target, 'inside'), 'old');

    await expect(writeFileDurably(target, 'new')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['data.json']);
    expect(await readFile(join(target, 'inside'), 'utf8')).toBe('old');
  });
});

describe('syncDirectory', () => {
  it('flushes an existing directory without error', async () => {
    await expect(syncDirectory(await makeTempDir())).resolves.toBeUndefined();
  });

  it('still reports a directory that does not exist', async () => {
    const missing = join(await makeTempDir(), 'missing');
    await expect(syncDirectory(missing)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('removeLeftoverTempFiles', () => {
  it("removes only the target's own temp files", async () => {
    const dir = await makeTempDir();
    const target = join(dir, 'data.json');
    await writeFile(join(dir, '.data.json.abc.tmp'), 'partial');
    await writeFile(join(dir, '.other.json.abc.tmp'), 'someone else');
    await writeFile(join(dir, 'data.json'), 'real');

    expect(await removeLeftoverTempFiles(target)).toEqual(['.data.json.abc.tmp']);
    expect((await readdir(dir)).sort()).toEqual(['.other.json.abc.tmp', 'data.json']);
  });
});
