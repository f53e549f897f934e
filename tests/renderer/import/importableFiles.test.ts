import { describe, expect, it } from 'vitest';
import { sortImportable, type ChosenFile } from '../../../renderer/import/importableFiles';

const chosen = (path: string): ChosenFile => ({ file: new File(['x'], path), path });

describe('sortImportable', () => {
  it('imports .txt and .md (any case), reports other files and skips hidden ones silently', () => {
    const { importable, ignored } = sortImportable(
      ['文章/一.txt', 'b.MD', 'c.markdown', 'photo.png', '.DS_Store', 'dir/.git/HEAD.txt'].map(
        chosen,
      ),
    );
    expect(importable.map((file) => file.path)).toEqual(['文章/一.txt', 'b.MD', 'c.markdown']);
    expect(ignored.map((file) => file.path)).toEqual(['photo.png']);
  });

  it('puts the files of a folder in path order, numbers by value, whatever order the browser gave', () => {
    const { importable } = sortImportable(
      ['新闻/第10篇.txt', '新闻/第2篇.txt', '新闻/第1篇.txt'].map(chosen),
    );
    expect(importable.map((file) => file.path)).toEqual([
      '新闻/第1篇.txt',
      '新闻/第2篇.txt',
      '新闻/第10篇.txt',
    ]);
  });
});
