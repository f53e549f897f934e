import { beforeEach, describe, expect, it } from 'vitest';
import { canonicalToDomRange } from '../../../renderer/reader/canonicalToDomRange';
import { selectionToCanonicalRange } from '../../../renderer/reader/selectionToCanonicalRange';

// Canonical text: "大湾区发展\n彼得来自德国" — block 1 is 0..5, block 2 is 6..12, with a mark
// splitting block 2 and ruby pinyin that is not canonical text.
const ARTICLE = `
  <h2><span data-offset="0">大湾区发展</span></h2>
  <p><span data-offset="6">彼得</span><mark><span data-offset="8">来自</span></mark><span data-offset="10"><ruby>德<rt>dé</rt></ruby>国</span></p>
`;

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = `<article id="root">${ARTICLE}</article>`;
  root = document.getElementById('root') as HTMLElement;
});

const canonicalText = (range: Range) => {
  const fragment = range.cloneContents();
  fragment.querySelectorAll('rt, rp').forEach((node) => node.remove());
  return fragment.textContent?.replace(/\s+/g, '');
};

describe('canonicalToDomRange', () => {
  it('covers exactly the canonical characters, across marks and blocks', () => {
    expect(canonicalToDomRange(root, { start: 1, end: 3 })!.toString()).toBe('湾区');
    expect(canonicalText(canonicalToDomRange(root, { start: 7, end: 9 })!)).toBe('得来');
    expect(canonicalText(canonicalToDomRange(root, { start: 3, end: 8 })!)).toBe('发展彼得');
  });

  it('skips ruby pinyin when counting', () => {
    expect(canonicalText(canonicalToDomRange(root, { start: 10, end: 12 })!)).toBe('德国');
  });

  it('maps back to the same canonical span it came from', () => {
    for (const span of [
      { start: 0, end: 5 },
      { start: 2, end: 9 },
      { start: 8, end: 10 },
      { start: 6, end: 12 },
    ]) {
      expect(selectionToCanonicalRange(root, canonicalToDomRange(root, span)!)).toEqual(span);
    }
  });

  it('returns null for an empty span or one outside the rendered text', () => {
    expect(canonicalToDomRange(root, { start: 4, end: 4 })).toBeNull();
    expect(canonicalToDomRange(root, { start: 40, end: 44 })).toBeNull();
  });
});
