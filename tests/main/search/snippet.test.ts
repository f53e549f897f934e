import { describe, expect, it } from 'vitest';
import { foldText } from '../../../main/search/fold';
import { buildSnippet, findOccurrences } from '../../../main/search/snippet';

const snippetFor = (text: string, terms: string[]) =>
  buildSnippet(text, findOccurrences(foldText(text), terms), terms.length);

const FILLER = '这是一段用来填充篇幅的文字，没有任何要找的内容。';

describe('findOccurrences', () => {
  it('finds every occurrence of every term, overlapping ones included, sorted by position', () => {
    expect(findOccurrences('哈哈哈 ab 哈', ['哈哈', 'ab'])).toEqual([
      { start: 0, end: 2, term: 0 },
      { start: 1, end: 3, term: 0 },
      { start: 4, end: 6, term: 1 },
    ]);
  });
});

describe('buildSnippet', () => {
  it('returns a short text whole, without ellipses, with the match marked', () => {
    const s = snippetFor('广州是大湾区的中心城市。', ['大湾区']);
    expect(s.text).toBe('广州是大湾区的中心城市。');
    expect(s.marks).toEqual([[3, 6]]);
  });

  it('cuts a long text to about 80–120 characters around the match, with ellipses where cut', () => {
    const text = FILLER.repeat(10) + '彼得在大湾区工作了二十年。' + FILLER.repeat(10);
    const s = snippetFor(text, ['大湾区']);
    expect(s.text.length).toBeGreaterThanOrEqual(80);
    expect(s.text.length).toBeLessThanOrEqual(122);
    expect(s.text.startsWith('…')).toBe(true);
    expect(s.text.endsWith('…')).toBe(true);
    expect(s.text).toContain('彼得在大湾区工作了二十年。');
  });

  it('starts and ends on sentence boundaries when one is near', () => {
    const text = FILLER.repeat(10) + '彼得在大湾区工作了二十年。' + FILLER.repeat(10);
    const s = snippetFor(text, ['大湾区']);
    expect(s.text.slice(1).startsWith(FILLER)).toBe(true);
    expect(s.text.at(-2)).toBe('。');
  });

  it('marks every occurrence of every term inside the window, at the right offsets', () => {
    const text =
      FILLER.repeat(3) + '广州和深圳都在大湾区，广州是省会，大湾区很大。' + FILLER.repeat(3);
    const terms = ['广州', '大湾区'];
    const s = snippetFor(text, terms);
    for (const [start, end] of s.marks) expect(terms).toContain(foldText(s.text.slice(start, end)));
    const expected = terms.reduce((n, t) => n + s.text.split(t).length - 1, 0);
    expect(s.marks).toHaveLength(expected);
    expect(s.marks).toHaveLength(4);
  });

  it('merges overlapping occurrences into one mark', () => {
    expect(snippetFor('哈哈哈', ['哈哈']).marks).toEqual([[0, 3]]);
  });

  it('prefers a window holding more of the query terms over the first match', () => {
    const text =
      '广州是一座城市。' + FILLER.repeat(8) + '广州的外国朋友谈德国与中国。' + FILLER.repeat(8);
    const s = snippetFor(text, ['广州', '德国']);
    expect(s.text).toContain('德国');
    expect(s.marks).toHaveLength(2);
  });

  it('marks full-width text found by a folded query, with original characters kept', () => {
    const s = snippetFor('出席ＡＰＥＣ会议', ['apec']);
    expect(s.text).toBe('出席ＡＰＥＣ会议');
    expect(s.marks).toEqual([[2, 6]]);
  });

  it('shows the start of the text, unmarked, when nothing matches in the text', () => {
    const s = snippetFor(FILLER.repeat(10), ['标题里的词']);
    expect(s.text.startsWith(FILLER)).toBe(true);
    expect(s.text.endsWith('…')).toBe(true);
    expect(s.marks).toEqual([]);
  });

  it('puts paragraph breaks as spaces and does not add an ellipsis at a paragraph start', () => {
    const text = FILLER.repeat(5) + '\n第二段讲大湾区。\n第三段。';
    const s = snippetFor(text, ['大湾区']);
    expect(s.text).not.toContain('\n');
    expect(s.text.startsWith('…')).toBe(true);
    const para = snippetFor('第一段。\n' + '第二段讲大湾区。', ['大湾区']);
    expect(para.text).toBe('第一段。 第二段讲大湾区。');
  });

  it('never splits a surrogate pair at the window edges', () => {
    const text = '𠀀'.repeat(200) + '大湾区' + '𠀁'.repeat(200);
    const s = snippetFor(text, ['大湾区']);
    const body = s.text.replace(/^…|…$/g, '');
    expect(body).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    expect(
      [...body].every((ch) => ch.length === 2 || ch === '大' || ch === '湾' || ch === '区'),
    ).toBe(true);
  });
});
