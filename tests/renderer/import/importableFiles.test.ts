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
});
