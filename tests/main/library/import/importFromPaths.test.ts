import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { ImportFile, ImportReport } from '../../../../shared/model/import';
import {
  findImportFiles,
  importFromPaths,
  isImportableName,
} from '../../../../main/library/import/importFromPaths';
import { useTempDirs } from '../tempDirs';

const FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures/import');
const tempDir = useTempDirs();

/** An importer stand-in that "adds" every file it gets, so batching and merging can be checked. */
function recordingImporter() {
  const batches: ImportFile[][] = [];
  const importBatch = vi.fn(async (files: ImportFile[]): Promise<ImportReport> => {
    batches.push(files);
    return {
      added: files.map((f) => ({
        id: f.name,
        title: f.name,
        source: f.name,
        firstLine: '',
        chars: 1,
        blocks: 1,
        paragraphs: 1,
        progress: 0,
        highlights: 0,
        origin: 'imported' as const,
      })),
      skipped: [],
    };
  });
  return { batches, importBatch };
}

describe('findImportFiles', () => {
  it('walks a folder recursively, taking .txt and .md files in name order', async () => {
    const { files, skipped } = await findImportFiles(['folder'], FIXTURES);
    expect(files.map((f) => f.name)).toEqual([
      path.join('folder', 'autumn-bom.txt'),
      path.join('folder', 'empty.txt'),
      path.join('folder', 'nested', 'market.md'),
      path.join('folder', 'picture.txt'),
      path.join('folder', 'spring-copy.txt'),
      path.join('folder', 'spring.txt'),
      path.join('folder', 'winter-gbk.txt'),
    ]);
    expect(files[0]!.path).toBe(path.join(FIXTURES, 'folder', 'autumn-bom.txt'));
    expect(skipped).toEqual([]);
  });

  it('takes a file named explicitly whatever its extension, and reports missing paths', async () => {
    const { files, skipped } = await findImportFiles(
      ['folder/readme.rst', 'nowhere.txt'],
      FIXTURES,
    );
    expect(files.map((f) => f.name)).toEqual(['folder/readme.rst']);
    expect(skipped).toEqual([{ name: 'nowhere.txt', reason: 'no such file or folder' }]);
  });

  it('reports a folder without .txt or .md files, and ignores hidden entries', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, '.git'));
    writeFileSync(path.join(dir, '.git', 'notes.txt'), '隐藏的。');
    writeFileSync(path.join(dir, '.hidden.txt'), '隐藏的。');
    writeFileSync(path.join(dir, 'photo.jpg'), 'x');
    await expect(findImportFiles([dir], '/')).resolves.toEqual({
      files: [],
      skipped: [{ name: dir, reason: 'the folder holds no .txt or .md files' }],
    });
  });

  it('does not follow a symbolic link to a folder, so a loop cannot trap it', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.txt'), '正文。');
    symlinkSync(dir, path.join(dir, 'loop'), 'dir');
    const { files } = await findImportFiles(['.'], dir);
    expect(files.map((f) => f.name)).toEqual(['a.txt']);
  });
});

describe('isImportableName', () => {
  it('accepts .txt, .md and .markdown in any case, nothing else', () => {
    expect(['a.txt', 'b.MD', 'c.Markdown', '中文.TXT'].every(isImportableName)).toBe(true);
    expect(['a.rst', 'b.docx', 'txt', 'c.txt.bak'].some(isImportableName)).toBe(false);
  });
});

describe('importFromPaths', () => {
  it('sends the files found in batches of 50 with progress, and merges the reports', async () => {
    const dir = tempDir();
    for (let i = 0; i < 120; i++) {
      writeFileSync(path.join(dir, `${String(i).padStart(3, '0')}.txt`), `第${i}篇。`);
    }
    const { batches, importBatch } = recordingImporter();
    const progress: string[] = [];
    const report = await importFromPaths([dir, 'missing'], {
      cwd: dir,
      importBatch,
      onProgress: (done, total) => progress.push(`${done}/${total}`),
    });
    expect(batches.map((b) => b.length)).toEqual([50, 50, 20]);
    expect(progress).toEqual(['0/120', '50/120', '100/120', '120/120']);
    expect(report.added).toHaveLength(120);
    expect(report.added[0]!.id).toBe(path.join(dir, '000.txt'));
    expect(report.skipped).toEqual([{ name: 'missing', reason: 'no such file or folder' }]);
    expect(Buffer.from(batches[0]![1]!.base64, 'base64').toString('utf8')).toBe('第1篇。');
  });

  it('stops between batches once aborted', async () => {
    const dir = tempDir();
    for (let i = 0; i < 120; i++) writeFileSync(path.join(dir, `${1000 + i}.txt`), `第${i}篇。`);
    const controller = new AbortController();
    const { batches, importBatch } = recordingImporter();
    await importFromPaths(['.'], {
      cwd: dir,
      importBatch,
      onProgress: (done) => {
        if (done > 0) controller.abort();
      },
      signal: controller.signal,
    });
    expect(batches).toHaveLength(1);
  });

  it('sends nothing for a folder that holds nothing to import', async () => {
    const dir = tempDir();
    cpSync(path.join(FIXTURES, 'folder', 'readme.rst'), path.join(dir, 'readme.rst'));
    const { importBatch } = recordingImporter();
    const report = await importFromPaths(['.'], { cwd: dir, importBatch });
    expect(importBatch).not.toHaveBeenCalled();
    expect(report).toEqual({
      added: [],
      skipped: [{ name: '.', reason: 'the folder holds no .txt or .md files' }],
    });
  });
});
