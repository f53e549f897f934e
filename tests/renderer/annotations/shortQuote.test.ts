import { describe, expect, it } from 'vitest';
import { shortQuote } from '../../../renderer/annotations/shortQuote';

describe('shortQuote', () => {
  it('keeps a short quote whole and cuts a long one with an ellipsis', () => {
    expect(shortQuote('开放、包容、创新')).toBe('开放、包容、创新');
    expect(shortQuote('创新已经成为大湾区发展的代名词', 6)).toBe('创新已经成为…');
  });

  it('counts code points, so a character outside the BMP is never split', () => {
    expect(shortQuote('𠮷野家的牛肉饭', 2)).toBe('𠮷野…');
  });

  it('folds line breaks and runs of spaces into one space', () => {
    expect(shortQuote('第一段\n\n第二段')).toBe('第一段 第二段');
  });
});
