import { describe, expect, it } from 'vitest';
import { foldForMatch, foldText, originalOffset, originalRange } from '../../../main/search/fold';
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

  it('turns traditional characters into simplified ones, one for one', () => {
    expect(foldText('粵劇')).toBe('粤剧');
    expect(foldText('華僑與廣東')).toBe('华侨与广东');
    expect(foldText('粤剧')).toBe('粤剧');
  });

  it('leaves simplified Chinese and CJK punctuation outside the full-width block unchanged', () => {
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

describe('foldForMatch', () => {
  it('drops interpuncts and hyphens between Han characters, so a name folds without them', () => {
    for (const name of [
      '马可·波罗',
      '马可・波罗',
      '马可‧波罗',
      '马可-波罗',
      '马可－波罗',
      '马可··波罗',
    ]) {
      expect(foldForMatch(name).text).toBe('马可波罗');
    }
  });

  it('keeps joiners that do not stand between two Han characters', () => {
    expect(foldForMatch('a-b 2023-11 中国· ·中国 G-20国').text).toBe(
      'a-b 2023-11 中国· ·中国 g-20国',
    );
  });

  it('drops joiners next to CJK Extension B characters too', () => {
    expect(foldForMatch('𠀀·𠀁').text).toBe('𠀀𠀁');
  });

  it('folds case, width and traditional characters as foldText does', () => {
    expect(foldForMatch('ＡＰＥＣ粵劇').text).toBe('apec粤剧');
  });

  it('reports no shifts when nothing was dropped, so offsets are the same', () => {
    const folded = foldForMatch('外国朋友分享在大湾区的所见');
    expect(folded.shifts).toBeNull();
    expect(originalRange(folded, 7, 10)).toEqual([7, 10]);
  });

  it('maps folded offsets back to the original text around dropped joiners', () => {
    const original = '意大利人马可·波罗和让-保罗·萨特';
    const folded = foldForMatch(original);
    expect(folded.text).toBe('意大利人马可波罗和让保罗萨特');
    const at = folded.text.indexOf('马可波罗');
    const [start, end] = originalRange(folded, at, at + 4);
    expect(original.slice(start, end)).toBe('马可·波罗');
    const sartre = folded.text.indexOf('保罗萨特');
    const [s2, e2] = originalRange(folded, sartre, sartre + 4);
    expect(original.slice(s2, e2)).toBe('保罗·萨特');
    for (let i = 0; i < folded.text.length; i++) {
      expect(foldText(original[originalOffset(folded, i)]!)).toBe(folded.text[i]);
    }
  });
});
