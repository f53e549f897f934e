import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import type { ImportFile } from '../../../shared/model/import';
import { importDialogOptions, importWithDialog } from '../../../main/electron/importDialog';
import type { LibraryChangedEvent } from '../../../shared/ipc/contract';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folderWith(count: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'yuedu-dialog-'));
  dirs.push(dir);
  mkdirSync(path.join(dir, '新闻'));
  for (let i = 0; i < count; i++) {
    writeFileSync(path.join(dir, '新闻', `${String(i).padStart(3, '0')}.txt`), `第${i}篇。`);
  }
  return path.join(dir, '新闻');
}

function setUp(filePaths: string[], answer?: (files: ImportFile[]) => Result<unknown>) {
  const events: LibraryChangedEvent[] = [];
  const showOpenDialog = vi.fn(async () => ({ canceled: filePaths.length === 0, filePaths }));
  const dispatch = vi.fn(async (_channel: unknown, payload: unknown) => {
    const { files } = payload as { files: ImportFile[] };
    return (
      answer?.(files) ??
      ok({
        added: files.map((f) => ({ id: f.name, title: f.name })),
        skipped: [],
      })
    );
  });
  const deps = {
    platform: 'linux' as const,
    showOpenDialog,
    dispatch,
    notify: (e: LibraryChangedEvent) => void events.push(e),
  };
  return { deps, events, dispatch, showOpenDialog };
}

describe('importDialogOptions', () => {
  it('picks several .txt/.md files, and folders too on macOS only', () => {
    expect(importDialogOptions('files', 'win32')).toMatchObject({
      properties: ['openFile', 'multiSelections'],
      filters: [
        { name: 'Articles (.txt, .md)', extensions: ['txt', 'md', 'markdown'] },
        { extensions: ['*'] },
      ],
    });
    expect(importDialogOptions('files', 'darwin').properties).toEqual([
      'openFile',
      'multiSelections',
      'openDirectory',
    ]);
    expect(importDialogOptions('folder', 'linux').properties).toEqual(['openDirectory']);
  });
});

describe('importWithDialog', () => {
  it('does nothing when the dialog is cancelled', async () => {
    const { deps, events, dispatch } = setUp([]);
    await expect(importWithDialog('files', deps)).resolves.toBeNull();
    expect(dispatch).not.toHaveBeenCalled();
    expect(events).toEqual([]);
  });

  it('reads a picked folder, imports it through library:import in batches and tells the window', async () => {
    const folder = folderWith(70);
    const { deps, events, dispatch, showOpenDialog } = setUp([folder]);
    const report = await importWithDialog('folder', deps);
    expect(showOpenDialog).toHaveBeenCalledWith(importDialogOptions('folder', 'linux'));
    expect(dispatch.mock.calls.map(([channel]) => channel)).toEqual([
      'library:import',
      'library:import',
    ]);
    const firstBatch = (dispatch.mock.calls[0]![1] as { files: ImportFile[] }).files;
    expect(firstBatch[0]).toEqual({
      name: path.join('新闻', '000.txt'),
      base64: Buffer.from('第0篇。').toString('base64'),
    });
    expect(report?.added).toHaveLength(70);
    expect(events).toEqual([
      { kind: 'import-progress', done: 0, total: 70, importId: expect.any(String) },
      { kind: 'import-progress', done: 50, total: 70, importId: expect.any(String) },
      { kind: 'import-progress', done: 70, total: 70, importId: expect.any(String) },
      { kind: 'imported', report },
    ]);
  });

  it('reports the files of a refused batch as skipped and goes on', async () => {
    const folder = folderWith(60);
    let calls = 0;
    const { deps } = setUp([folder], (files) =>
      ++calls === 1
        ? fail('storage', 'The data folder is read-only.')
        : ok({ added: files.map((f) => ({ id: f.name })), skipped: [] }),
    );
    const report = await importWithDialog('folder', deps);
    expect(report?.skipped).toHaveLength(50);
    expect(report?.skipped[0]).toEqual({
      name: path.join('新闻', '000.txt'),
      reason: 'The data folder is read-only.',
    });
    expect(report?.added).toHaveLength(10);
  });
});
