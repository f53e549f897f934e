import { describe, expect, it } from 'vitest';
import { foldText } from '../../../main/search/fold';
import { seedParagraphs } from './seedLibrary';

describe('foldText', () => {
  it('lowercases Latin letters', () => {
    expect(foldText('APEC and G20')).toBe('apec and g20');
  });

  it('turns full-width letters, digits and punctuation into ASCII', () => {
    expect(foldText('ＡＰＥＣ４５Ｇ！（ｘ）')).toBe('apec45g!(x)');
  });

  it('turns the ideographic space into a plain space', () => {
    expect(foldText('　　本报记者')).toBe('  本报记者');
  });

  it('leaves Chinese characters and CJK punctuation outside the full-width block unchanged', () => {
    expect(foldText('“大湾区”、发展。')).toBe('“大湾区”、发展。');
    // The Chinese comma and colon are full-width forms (U+FF0C, U+FF1A), so they fold.
    expect(foldText('开放，包容：创新')).toBe('开放,包容:创新');
  });

  it('keeps a character whose lower case has a different length, so offsets stay aligned', () => {
    // 'İ'.toLowerCase() is two UTF-16 units.
    expect(foldText('İstanbul')).toBe('İstanbul');
    expect(foldText('İ').length).toBe(1);
  });

  it('keeps surrogate pairs, emoji and lone surrogates at their length', () => {
    const s = '𠀀字😀\uD800x\uDC00';
    expect(foldText(s)).toBe(s);
    expect(foldText('𐐀').length).toBe('𐐀'.length);
  });

  it('is length-preserving on the seed text and on mixed-script samples', () => {
    const samples = [
      ...seedParagraphs(),
      'ÀÉÎÕÜ ΣΑΣ ẞ ǅ ﬀ İI ＡＢＣ ｘｙｚ ０１２ Ω K Å',
      String.fromCharCode(...Array.from({ length: 0x800 }, (_, i) => i)),
    ];
    for (const s of samples) {
      const folded = foldText(s);
      expect(folded.length).toBe(s.length);
    }
  });

  it('maps every character to the folded character at the same offset', () => {
    const s = 'Ｇ２０峰会在ＡＰＥＣ期间召开，İ𠀀';
    const folded = foldText(s);
    for (let i = 0; i < s.length; i++) {
      const one = foldText(s.slice(i, i + 1));
      if (one.length === 1 && !/[\uD800-\uDFFF]/.test(one)) expect(folded[i]).toBe(one);
    }
  });

  it('is idempotent, so folding a folded query changes nothing', () => {
    const s = 'ＡＰＥＣ İ Straße 大湾区 ５Ｇ';
    expect(foldText(foldText(s))).toBe(foldText(s));
  });
});
