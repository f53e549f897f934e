import { describe, expect, it } from 'vitest';
import {
  CONTEXT_LENGTH,
  createTarget,
  findQuote,
  fromCodePointOffset,
  locateTarget,
  toCodePointOffset,
} from '../../../main/annotations/anchor';
import { AppFailure } from '../../../main/api/failure';

const ARTICLE =
  '在广州市人民政府新闻办公室主办的“我在湾区看世界——广州中外友好交流故事会”上，一批来自文化、科技、商贸、医疗等领域的外国朋友分享了他们在大湾区生活和工作的所见、所闻、所感。\n' +
  '“作为在粤港澳大湾区生活了近20年的‘老外’，我觉得开放、包容、创新已经成为大湾区发展的代名词。”\n' +
  '彼得·赫利斯来自德国，中文名字是贺励平。1999年满怀着对中国的兴趣，他前往北京留学，从此便扎根中国。';

function rangeOf(text: string, quote: string, occurrence = 0): { start: number; end: number } {
  const range = findQuote(text, quote, occurrence);
  if (!range) throw new Error(`test setup: "${quote}" #${occurrence} not in text`);
  return range;
}

function expectInvalidRange(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppFailure);
    expect((error as AppFailure).code).toBe('invalid-range');
    expect((error as AppFailure).message.length).toBeGreaterThan(10);
    return;
  }
  throw new Error('expected an invalid-range failure');
}

describe('createTarget', () => {
  it('stores the UTF-16 position, the exact quote and up to 32 units of context either side', () => {
    const { start, end } = rangeOf(ARTICLE, '开放、包容、创新');
    const target = createTarget(ARTICLE, start, end);
    expect(target.position).toEqual({ start, end, unit: 'utf16' });
    expect(target.quote.exact).toBe('开放、包容、创新');
    expect(target.quote.prefix).toBe(ARTICLE.slice(start - CONTEXT_LENGTH, start));
    expect(target.quote.prefix).toHaveLength(32);
    expect(target.quote.prefix.endsWith('我觉得')).toBe(true);
    expect(target.quote.suffix).toBe(ARTICLE.slice(end, end + CONTEXT_LENGTH));
    expect(target.quote.suffix.startsWith('已经成为大湾区')).toBe(true);
  });

  it('keeps shorter context at the very start and end of the text', () => {
    const target = createTarget(ARTICLE, 0, 2);
    expect(target.quote).toMatchObject({ exact: '在广', prefix: '' });
    const tail = createTarget(ARTICLE, ARTICLE.length - 4, ARTICLE.length);
    expect(tail.quote).toMatchObject({ exact: '根中国。', suffix: '' });
    expect(tail.quote.prefix).toHaveLength(32);
  });

  it('shortens the context rather than cut an astral character in half', () => {
    const before = '😀' + 'a'.repeat(31);
    const after = 'b'.repeat(31) + '𠮷';
    const text = `${before}X${after}`;
    const target = createTarget(text, before.length, before.length + 1);
    expect(target.quote.prefix).toBe('a'.repeat(31));
    expect(target.quote.suffix).toBe('b'.repeat(31));
  });

  it.each([
    ['negative start', -1, 2],
    ['reversed range', 5, 3],
    ['empty range', 4, 4],
    ['end beyond the text', 0, ARTICLE.length + 1],
    ['non-integer start', 1.5, 4],
    ['NaN end', 0, Number.NaN],
  ])('rejects a %s with code invalid-range', (_name, start, end) => {
    expectInvalidRange(() => createTarget(ARTICLE, start, end));
  });

  it('rejects ranges that split a surrogate pair at either end', () => {
    const text = '汉字𠮷汉字😀';
    expectInvalidRange(() => createTarget(text, 0, 3));
    expectInvalidRange(() => createTarget(text, 3, 5));
    expect(createTarget(text, 2, 4).quote.exact).toBe('𠮷');
  });

  it('rejects a range holding only whitespace, including the ideographic space', () => {
    const text = '第一段。\n\u3000\u3000第二段。';
    expectInvalidRange(() => createTarget(text, 4, 7));
  });
});

describe('findQuote', () => {
  it('returns the requested occurrence of the quote, counting from zero', () => {
    const first = findQuote(ARTICLE, '大湾区');
    const third = findQuote(ARTICLE, '大湾区', 2);
    expect(first).toEqual({ start: ARTICLE.indexOf('大湾区'), end: ARTICLE.indexOf('大湾区') + 3 });
    expect(third?.start).toBe(ARTICLE.lastIndexOf('大湾区'));
  });

  it('returns null when the quote or the occurrence does not exist', () => {
    expect(findQuote(ARTICLE, '长三角')).toBeNull();
    expect(findQuote(ARTICLE, '大湾区', 3)).toBeNull();
    expect(findQuote(ARTICLE, '')).toBeNull();
    expect(findQuote(ARTICLE, '大湾区', -1)).toBeNull();
  });
});

describe('locateTarget', () => {
  it('finds an unchanged highlight at its stored position', () => {
    const { start, end } = rangeOf(ARTICLE, '贺励平');
    expect(locateTarget(ARTICLE, createTarget(ARTICLE, start, end))).toEqual({ start, end });
  });

  it('follows the quote when text inserted before it shifts the position', () => {
    const { start, end } = rangeOf(ARTICLE, '贺励平');
    const target = createTarget(ARTICLE, start, end);
    const edited = '【编者按】本文有删改。\n' + ARTICLE;
    const shift = '【编者按】本文有删改。\n'.length;
    expect(locateTarget(edited, target)).toEqual({ start: start + shift, end: end + shift });
  });

  it('keeps a highlight on the 5th of many identical words when text is inserted earlier', () => {
    const sentences = ['广州', '深圳', '珠海', '佛山', '东莞', '中山', '惠州'].map(
      (city) => `${city}是大湾区的重要城市，大湾区建设带动了${city}的发展。`,
    );
    const text = sentences.join('\n');
    const fifth = rangeOf(text, '大湾区', 4);
    const target = createTarget(text, fifth.start, fifth.end);

    const inserted = '大湾区大湾区，新增导语。\n';
    const edited = inserted + text;
    const found = locateTarget(edited, target);
    expect(found).toEqual({
      start: fifth.start + inserted.length,
      end: fifth.end + inserted.length,
    });
    // Same occurrence as before (the 5th of the original text = the 7th now).
    expect(found).toEqual(findQuote(edited, '大湾区', 6));
  });

  it('does not stay on another occurrence that drifted onto the old offsets', () => {
    const text = '甲：大湾区很好。乙：大湾区更好。';
    const second = rangeOf(text, '大湾区', 1);
    const target = createTarget(text, second.start, second.end);
    // Inserting exactly the distance between them moves the first 大湾区 onto the old offsets.
    const inserted = '编者按：'.repeat((second.start - text.indexOf('大湾区')) / 4);
    const edited = inserted + text;
    expect(edited.slice(second.start, second.end)).toBe('大湾区');
    expect(locateTarget(edited, target)).toEqual({
      start: second.start + inserted.length,
      end: second.end + inserted.length,
    });
  });

  it('breaks a tie in context by closeness to the old position', () => {
    const text = '重复。重复。重复。重复。';
    const third = rangeOf(text, '重复', 2);
    const target = createTarget(text, third.start, third.end);
    target.quote.prefix = '';
    target.quote.suffix = '';
    const edited = '前' + text;
    // Equal (empty) context everywhere: the occurrence nearest the stored offset wins.
    expect(locateTarget(edited, target)).toEqual({ start: third.start + 1, end: third.end + 1 });
  });

  it('returns null once the quoted words are gone, instead of guessing', () => {
    const { start, end } = rangeOf(ARTICLE, '贺励平');
    const target = createTarget(ARTICLE, start, end);
    expect(locateTarget(ARTICLE.replace('贺励平', '贺先生'), target)).toBeNull();
  });
});

describe('code point conversion', () => {
  const text = 'a😀中𠮷b👩‍💻c';

  it('counts an astral character (emoji, CJK Ext-B) as one code point', () => {
    expect(toCodePointOffset(text, 0)).toBe(0);
    expect(toCodePointOffset(text, 1)).toBe(1);
    expect(toCodePointOffset(text, 3)).toBe(2);
    expect(toCodePointOffset(text, 4)).toBe(3);
    expect(toCodePointOffset(text, 6)).toBe(4);
    expect(toCodePointOffset(text, text.length)).toBe([...text].length);
  });

  it('converts code points back to UTF-16 offsets, round-tripping every boundary', () => {
    let utf16 = 0;
    [...text].forEach((char, codePoint) => {
      expect(fromCodePointOffset(text, codePoint)).toBe(utf16);
      expect(toCodePointOffset(text, utf16)).toBe(codePoint);
      utf16 += char.length;
    });
    expect(fromCodePointOffset(text, [...text].length)).toBe(text.length);
  });

  it('refuses offsets inside a surrogate pair or past the end', () => {
    expectInvalidRange(() => toCodePointOffset(text, 2));
    expectInvalidRange(() => toCodePointOffset(text, text.length + 1));
    expectInvalidRange(() => fromCodePointOffset(text, [...text].length + 1));
    expectInvalidRange(() => fromCodePointOffset(text, -1));
  });
});
