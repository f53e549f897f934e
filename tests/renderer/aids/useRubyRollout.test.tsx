import { act, render, screen, waitFor } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Block } from '../../../shared/model/article';
import { layOutStacked, stackedBlocks } from '../reader/stackedBlocks';
import type { RunAids } from '../../../renderer/aids/RubyText';
import { useRubyRollout } from '../../../renderer/aids/useRubyRollout';

const blocks = stackedBlocks;
const aids = (name: string): RunAids =>
  ({
    readings: new Map(),
    display: { pinyin: 'all', toneColours: 'off', level: name.length },
  }) as RunAids;

function Harness({ value, of = blocks }: { value: RunAids | null; of?: Block[] }) {
  const ref = useRef<HTMLElement>(null);
  const shown = useRubyRollout(value, of, ref);
  return (
    <article ref={ref}>
      {of.map((block, i) => (
        <p key={block.start} data-block-start={block.start} data-testid={`b${i}`}>
          {shown[i] === null ? 'plain' : `level ${shown[i]!.display.level}`}
        </p>
      ))}
    </article>
  );
}

afterEach(() => vi.restoreAllMocks());

const layOut = layOutStacked;

const texts = () => blocks.map((_, i) => screen.getByTestId(`b${i}`).textContent);

describe('turning ruby on in a long article', () => {
  it('dresses the blocks on screen before the first paint and the rest afterwards', async () => {
    // Scrolled to blocks 4–8; 200 px of margin adds blocks 2, 3 and 9.
    layOut(450);
    const { rerender } = render(<Harness value={null} />);
    const on = aids('x');
    act(() => rerender(<Harness value={on} />));
    expect(
      texts()
        .slice(2, 10)
        .every((t) => t === 'level 1'),
    ).toBe(true);
    expect(texts().slice(0, 2)).toEqual(['plain', 'plain']);
    await waitFor(() => expect(texts().every((t) => t === 'level 1')).toBe(true));
  });

  it('keeps what off-screen blocks showed until they are reached, and turns off at once', async () => {
    layOut(600);
    const { rerender } = render(<Harness value={aids('x')} />);
    act(() => rerender(<Harness value={aids('xy')} />));
    expect(texts()[0]).toBe('level 1');
    expect(texts()[7]).toBe('level 2');
    await waitFor(() => expect(texts().every((t) => t === 'level 2')).toBe(true));
    act(() => rerender(<Harness value={null} />));
    expect(texts().every((t) => t === 'plain')).toBe(true);
  });

  it("never leaves one article's ruby on another's blocks", () => {
    layOut(600);
    const on = aids('x');
    const { rerender } = render(<Harness value={on} />);
    const other = blocks.map((block) => ({ ...block }));
    act(() => rerender(<Harness value={null} of={other} />));
    expect(texts().every((t) => t === 'plain')).toBe(true);
  });
});
