import { describe, expect, it } from 'vitest';
import { collectDroppedFiles } from '../../../renderer/import/collectDroppedFiles';

type FakeEntry = FileSystemEntry & { children?: FakeEntry[] };

const fileEntry = (name: string): FakeEntry =>
  ({
    name,
    isFile: true,
    isDirectory: false,
    file: (resolve: (file: File) => void) => resolve(new File(['内容'], name)),
  }) as unknown as FakeEntry;

// Answers in pages of two, as Chromium answers in pages of 100, to check every page is read.
const folderEntry = (name: string, children: FakeEntry[]): FakeEntry =>
  ({
    name,
    isFile: false,
    isDirectory: true,
    createReader: () => {
      let at = 0;
      return {
        readEntries: (resolve: (entries: FakeEntry[]) => void) => {
          resolve(children.slice(at, at + 2));
          at += 2;
        },
      };
    },
  }) as unknown as FakeEntry;

const transfer = (entries: Array<FakeEntry | null>, files: File[] = []) =>
  ({
    items: entries.map((entry) => ({ kind: 'file', webkitGetAsEntry: () => entry })),
    files,
  }) as unknown as DataTransfer;

describe('collectDroppedFiles', () => {
  it('walks dropped folders recursively, reading every page of entries, with folder paths', async () => {
    const dropped = transfer([
      folderEntry('文章', [
        fileEntry('一.txt'),
        fileEntry('二.txt'),
        folderEntry('旧', [fileEntry('三.md')]),
        fileEntry('四.txt'),
      ]),
      fileEntry('单独.txt'),
    ]);
    const files = await collectDroppedFiles(dropped);
    expect(files.map((file) => file.path)).toEqual([
      '文章/一.txt',
      '文章/二.txt',
      '文章/旧/三.md',
      '文章/四.txt',
      '单独.txt',
    ]);
    expect(files[2]!.file.name).toBe('三.md');
  });

  it('falls back to the plain file list when entries are unavailable', async () => {
    const file = new File(['x'], 'a.txt');
    const files = await collectDroppedFiles(transfer([null], [file]));
    expect(files).toEqual([{ file, path: 'a.txt' }]);
  });
});
