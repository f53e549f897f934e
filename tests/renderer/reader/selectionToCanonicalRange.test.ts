import { beforeEach, describe, expect, it } from 'vitest';
import {
  pointToCanonicalOffset,
  selectionToCanonicalRange,
} from '../../../renderer/reader/selectionToCanonicalRange';

// Canonical text: "大湾区发展\n彼得来自德国" — block 1 is 0..5, block 2 is 6..12.
// Block 2 is split by a highlight mark and carries ruby pinyin that is not canonical text.
const ARTICLE = `
  <h1 id="title">标题</h1>
  <h2 id="b1"><span data-offset="0">大湾区发展</span></h2>
  <p id="b2"><span data-offset="6">彼得</span><mark><span data-offset="8">来自</span></mark><span data-offset="10"><ruby>德<rt>dé</rt></ruby>国</span></p>
`;

let root: HTMLElement;
let outsideBefore: HTMLElement;
let outsideAfter: HTMLElement;

beforeEach(() => {
  document.body.innerHTML = `<p id="before">页眉</p><article id="root">${ARTICLE}</article><p id="after">页脚</p>`;
  root = document.getElementById('root') as HTMLElement;
  outsideBefore = document.getElementById('before') as HTMLElement;
  outsideAfter = document.getElementById('after') as HTMLElement;
});

const text = (offset: string) =>
  root.querySelector(`[data-offset="${offset}"]`)!.firstChild as Text;
const range = (
  startContainer: Node,
  startOffset: number,
  endContainer: Node,
  endOffset: number,
) => ({
  startContainer,
  startOffset,
  endContainer,
  endOffset,
});

describe('selectionToCanonicalRange', () => {
  it('maps a selection inside one text run to canonical offsets', () => {
    expect(selectionToCanonicalRange(root, range(text('0'), 1, text('0'), 3))).toEqual({
      start: 1,
      end: 3,
    });
  });

  it('counts from the data-offset of the run, not from DOM text, when marks split the text', () => {
    // "得来" starts in the run at 6 and ends inside the marked run at 8.
    expect(selectionToCanonicalRange(root, range(text('6'), 1, text('8'), 1))).toEqual({
      start: 7,
      end: 9,
    });
  });

  it('ignores ruby pinyin when measuring inside a run', () => {
    const guo = root.querySelector('[data-offset="10"]')!.lastChild as Text;
    expect(selectionToCanonicalRange(root, range(text('8'), 0, guo, 1))).toEqual({
      start: 8,
      end: 12,
    });
  });

  it('spans blocks, including the newline between them', () => {
    expect(selectionToCanonicalRange(root, range(text('0'), 3, text('6'), 2))).toEqual({
      start: 3,
      end: 8,
    });
  });

  it('maps element boundaries, as produced by selecting a whole block', () => {
    const block = document.getElementById('b2') as HTMLElement;
    expect(
      selectionToCanonicalRange(root, range(block, 0, block, block.childNodes.length)),
    ).toEqual({
      start: 6,
      end: 12,
    });
  });

  it('clamps a selection that starts before the article to its first character', () => {
    expect(
      selectionToCanonicalRange(root, range(outsideBefore.firstChild!, 1, text('0'), 2)),
    ).toEqual({
      start: 0,
      end: 2,
    });
  });

  it('clamps a selection that starts in the title (no run) to the first block', () => {
    const title = document.getElementById('title')!.firstChild!;
    expect(selectionToCanonicalRange(root, range(title, 0, text('0'), 2))).toEqual({
      start: 0,
      end: 2,
    });
  });

  it('clamps a selection that ends after the article to its last character', () => {
    expect(
      selectionToCanonicalRange(root, range(text('8'), 1, outsideAfter.firstChild!, 1)),
    ).toEqual({
      start: 9,
      end: 12,
    });
  });

  it('returns null for a selection entirely outside the article or collapsed', () => {
    expect(
      selectionToCanonicalRange(
        root,
        range(outsideAfter.firstChild!, 0, outsideAfter.firstChild!, 2),
      ),
    ).toBeNull();
    expect(
      selectionToCanonicalRange(
        root,
        range(outsideBefore.firstChild!, 0, outsideBefore.firstChild!, 2),
      ),
    ).toBeNull();
    expect(selectionToCanonicalRange(root, range(text('0'), 2, text('0'), 2))).toBeNull();
  });

  it('takes in the character whose pinyin a range starts or ends inside', () => {
    const pinyin = root.querySelector('rt')!.firstChild as Text;
    // From inside "dé" (德 at 10) to the end of the run: 德 is in.
    const run = root.querySelector('[data-offset="10"]')!;
    expect(selectionToCanonicalRange(root, range(pinyin, 1, run, run.childNodes.length))).toEqual({
      start: 10,
      end: 12,
    });
    // From 彼 to inside "dé": the range ends after 德.
    expect(selectionToCanonicalRange(root, range(text('6'), 0, pinyin, 1))).toEqual({
      start: 6,
      end: 11,
    });
  });

  it('maps a point to its canonical offset, a point in pinyin to before its character', () => {
    const pinyin = root.querySelector('rt')!.firstChild as Text;
    expect(pointToCanonicalOffset(root, pinyin, 1)).toBe(10);
    expect(pointToCanonicalOffset(root, text('8'), 1)).toBe(9);
    expect(pointToCanonicalOffset(root, outsideAfter.firstChild!, 0)).toBeNull();
  });
});
