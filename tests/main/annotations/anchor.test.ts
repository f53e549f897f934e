import { describe, expect, it } from 'vitest';
import {
  CONTEXT_LENGTH,
  createTarget,
  findQuote,
  fromCodePointOffset,
  toCodePointOffset,
} from '../../../main/annotations/anchor';
import { AppFailure } from '../../../main/appFailure';

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
