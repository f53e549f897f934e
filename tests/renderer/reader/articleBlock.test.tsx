import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/model/annotation';
import type { GroupNote } from '../../../shared/model/group';
import { ArticleBlock, type MemberLayer } from '../../../renderer/reader/ArticleBlock';
import { canonicalToDomRange } from '../../../renderer/reader/canonicalToDomRange';
import { selectionToCanonicalRange } from '../../../renderer/reader/selectionToCanonicalRange';

const TEXT = '彼得·赫利斯来自德国，中文名字是贺励平。';
const BLOCK = { kind: 'paragraph' as const, start: 0, end: TEXT.length };
const target = (start: number, end: number) => ({
  position: { start, end, unit: 'utf16' as const },
  quote: { exact: TEXT.slice(start, end), prefix: '', suffix: '' },
});
const own: Annotation = {
  id: 'mine',
  articleId: 'a',
  creator: { id: 'me', name: 'Me' },
  created: '2026-11-01T00:00:00.000Z',
  modified: '2026-11-01T00:00:00.000Z',
  color: 'yellow',
  note: '',
  target: target(6, 12),
};
const member = (id: string, start: number, end: number): MemberLayer => {
  const note: GroupNote = {
    ...own,
    id,
    creator: { id: 'anna', name: 'Anna' },
    target: target(start, end),
    state: 'anchored',
    mine: false,
    replies: [],
  };
  return { note, style: 2 };
};

function drawn() {
  const { container } = render(
    <ArticleBlock
      block={BLOCK}
      text={TEXT}
      highlights={[own]}
      others={[member('anna-1', 0, 8), member('anna-2', 10, 16)]}
      hits={[{ start: 3, end: 5 }]}
      current={null}
    />,
  );
  return container.querySelector('p')!;
}

describe('ArticleBlock', () => {
  it('gives every piece of text exactly one element that carries its canonical offset', () => {
    const block = drawn();
    const runs = [...block.querySelectorAll<HTMLElement>('[data-offset]')];
    expect(runs.map((run) => Number(run.dataset.offset))).toEqual([0, 3, 5, 6, 8, 10, 12, 16]);
    for (const run of runs) expect(run.querySelector('[data-offset]')).toBeNull();
    expect(runs.map((run) => run.textContent).join('')).toBe(TEXT);
  });

  it('puts the offset on the innermost mark of a marked piece, not on an extra span', () => {
    const block = drawn();
    const hitPiece = block.querySelector<HTMLElement>('[data-offset="3"]')!;
    expect(hitPiece.matches('mark.search-hit')).toBe(true);
    expect(hitPiece.closest('mark.member-highlight')?.getAttribute('data-annotation-ids')).toBe(
      'anna-1',
    );
    const overlap = block.querySelector<HTMLElement>('[data-offset="6"]')!;
    expect(overlap.matches('mark.member-highlight')).toBe(true);
    expect(overlap.parentElement?.matches('mark.highlight[data-annotation-id="mine"]')).toBe(true);
    expect(block.querySelector('[data-offset="16"]')!.tagName).toBe('SPAN');
  });

  it('maps canonical ranges to the drawn text and back across mark boundaries', () => {
    const block = drawn();
    for (const span of [
      { start: 1, end: 4 },
      { start: 4, end: 11 },
      { start: 7, end: 17 },
      { start: 0, end: TEXT.length },
    ]) {
      const range = canonicalToDomRange(block, span)!;
      expect(range.toString()).toBe(TEXT.slice(span.start, span.end));
      expect(selectionToCanonicalRange(block, range)).toEqual(span);
    }
  });
});
