import { describe, expect, it } from 'vitest';
import { splitSnippet } from '../../../renderer/search/splitSnippet';

describe('splitSnippet', () => {
  it('marks each match and keeps the text between as plain parts', () => {
    expect(
      splitSnippet({
        text: '广州的大湾区与大湾区',
        marks: [
          [3, 6],
          [7, 10],
        ],
      }),
    ).toEqual([
      { text: '广州的', marked: false },
      { text: '大湾区', marked: true },
      { text: '与', marked: false },
      { text: '大湾区', marked: true },
    ]);
  });

  it('sorts, merges overlapping and touching marks and clamps marks beyond the text', () => {
    expect(
      splitSnippet({
        text: '一二三四五',
        marks: [
          [3, 9],
          [1, 2],
          [1, 3],
        ],
      }),
    ).toEqual([
      { text: '一', marked: false },
      { text: '二三四五', marked: true },
    ]);
  });

  it('returns the whole snippet unmarked when there are no marks', () => {
    expect(splitSnippet({ text: '春茶', marks: [] })).toEqual([{ text: '春茶', marked: false }]);
  });
});
