import { describe, expect, it } from 'vitest';
import { countVisibleChars, cutText, normalizeWhitespace } from '../../../main/library/text';

describe('countVisibleChars', () => {
  it('counts code points and skips every kind of whitespace', () => {
    expect(countVisibleChars('你好 世界\n𠀀　😀\t')).toBe(6);
  });

  it('agrees with /\\s/u on every UTF-16 code unit, lone surrogates included', () => {
    const reference = (text: string) => {
      let count = 0;
      for (const ch of text) if (!/\s/u.test(ch)) count += 1;
      return count;
    };
    for (let code = 0; code < 0x10000; code += 1) {
      const ch = String.fromCharCode(code);
      expect(countVisibleChars(`a${ch}b`), `U+${code.toString(16)}`).toBe(reference(`a${ch}b`));
    }
  });
});

describe('cutText', () => {
  it('returns text within the limit unchanged', () => {
    expect(cutText('你好世界', 4)).toBe('你好世界');
  });

  it('cuts to the limit including the ellipsis', () => {
    expect(cutText('一二三四五六', 4)).toBe('一二三…');
  });

  it('never splits a surrogate pair', () => {
    expect(cutText('𠀀𠀁𠀂𠀃', 3)).toBe('𠀀𠀁…');
  });
});

describe('normalizeWhitespace', () => {
  it('collapses runs of any whitespace to one space and trims', () => {
    expect(normalizeWhitespace('\u3000甲\n\n 乙\t丙 ')).toBe('甲 乙 丙');
  });
});
