import { describe, expect, it } from 'vitest';
import { exportFilename, safeFilenamePart } from '../../../main/export/filename';

const DAY = new Date(2026, 10, 26, 23, 59);

describe('exportFilename', () => {
  it('names an article export after the article id and the local date', () => {
    expect(exportFilename('article', { id: '5ac92f22d7be5a46' }, DAY)).toBe(
      'yuedu-5ac92f22d7be5a46-2026-11-26.md',
    );
  });

  it('names a library export as notes', () => {
    expect(exportFilename('all', undefined, new Date(2026, 0, 5))).toBe(
      'yuedu-notes-2026-01-05.md',
    );
  });

  it('reduces ids to safe file name characters', () => {
    expect(exportFilename('article', { id: '../../etc/passwd' }, DAY)).toBe(
      'yuedu-etc-passwd-2026-11-26.md',
    );
    expect(safeFilenamePart('大湾区 新闻:1?*')).toBe('1');
    expect(safeFilenamePart('大湾区')).toBe('article');
    expect(safeFilenamePart('x'.repeat(200))).toHaveLength(64);
  });

  it('refuses an article export without the article', () => {
    expect(() => exportFilename('article', undefined, DAY)).toThrow();
  });
});
