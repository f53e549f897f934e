import { act, render, screen, waitFor } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Block } from '../../../shared/model/article';
import { layOutStacked, stackedBlocks } from './stackedBlocks';
import {
  useScreenFirstRollout,
  type RolloutOptions,
} from '../../../renderer/reader/useScreenFirstRollout';

const blocks = stackedBlocks;

const NONE: readonly string[] = [];
// Like the reader's group layers (a new article opens bare, an empty layer is cheap), with ruby's margin.
const LAYERS: RolloutOptions<readonly string[]> = {
  opening: (target) => target.map(() => NONE),
  instant: (names) => names.length === 0,
  stepChars: 900,
  screenMargin: 200,
};

let hurry: (index: number) => void = () => {};

function Harness({
  target,
  of = blocks,
  options = LAYERS,
}: {
  target: ReadonlyArray<readonly string[]>;
  of?: Block[];
  options?: RolloutOptions<readonly string[]>;
}) {
  const ref = useRef<HTMLElement>(null);
  const rollout = useScreenFirstRollout(target, of, ref, options);
  hurry = rollout.hurry;
  return (
    <article ref={ref}>
      {of.map((block, i) => (
        <p key={block.start} data-block-start={block.start} data-testid={`b${i}`}>
          {(rollout.shown[i] ?? NONE).join(',') || 'bare'}
        </p>
      ))}
    </article>
  );
}

afterEach(() => vi.restoreAllMocks());

const layOut = layOutStacked;

const texts = () => blocks.map((_, i) => screen.getByTestId(`b${i}`).textContent);
const everywhere = (names: string[]) => blocks.map(() => names);

describe('drawing a costly per-block change screen first', () => {
  it('draws the blocks on screen before the first paint, then the rest in idle time', async () => {
    // Scrolled to blocks 4–8; 200 px of margin adds blocks 2, 3 and 9.
    layOut(450);
    const { rerender } = render(<Harness target={everywhere([])} />);
    act(() => rerender(<Harness target={everywhere(['Anna'])} />));
    expect(texts().slice(2, 10)).toEqual(Array(8).fill('Anna'));
    expect(texts().slice(0, 2)).toEqual(['bare', 'bare']);
    await waitFor(() => expect(texts()).toEqual(Array(10).fill('Anna')), { timeout: 10_000 });
  });

  it('opens a new article bare and draws its screen at once', () => {
    layOut(0);
    render(<Harness target={everywhere(['Anna'])} />);
    // Blocks 0–3 are on screen and 4–6 within its 200 px margin; the rest wait for idle time.
    expect(texts().slice(0, 7)).toEqual(Array(7).fill('Anna'));
    expect(texts().slice(7)).toEqual(Array(3).fill('bare'));
  });

  it('with no margin, draws only what is on screen before the first paint', () => {
    layOut(0);
    vi.stubGlobal('requestIdleCallback', () => 0);
    vi.stubGlobal('cancelIdleCallback', () => {});
    render(<Harness target={everywhere(['Anna'])} options={{ ...LAYERS, screenMargin: 0 }} />);
    // Blocks 0–3 fill the 400-pixel window and block 4 touches its bottom edge; 5–9 wait.
    expect(texts().slice(0, 5)).toEqual(Array(5).fill('Anna'));
    expect(texts().slice(5)).toEqual(Array(5).fill('bare'));
    vi.unstubAllGlobals();
  });

  it('clears a block at once wherever it is, as an empty layer is cheap', async () => {
    layOut(0);
    const { rerender } = render(<Harness target={everywhere(['Anna'])} />);
    await waitFor(() => expect(texts()).toEqual(Array(10).fill('Anna')), { timeout: 10_000 });
    act(() => rerender(<Harness target={everywhere([])} />));
    expect(texts()).toEqual(Array(10).fill('bare'));
  });

  it('draws one block at once when asked, for a jump to something in it', () => {
    layOut(0);
    vi.stubGlobal('requestIdleCallback', () => 0);
    vi.stubGlobal('cancelIdleCallback', () => {});
    render(<Harness target={everywhere(['Anna'])} />);
    expect(texts()[9]).toBe('bare');
    act(() => hurry(9));
    expect(texts()[9]).toBe('Anna');
    vi.unstubAllGlobals();
  });

  it('takes which blocks are near the screen from an IntersectionObserver, without measuring', () => {
    let report: ((entries: IntersectionObserverEntry[]) => void) | null = null;
    const watched: Element[] = [];
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: (entries: IntersectionObserverEntry[]) => void) {
          report = callback;
        }
        observe(element: Element) {
          watched.push(element);
        }
        disconnect() {}
      },
    );
    vi.stubGlobal('requestIdleCallback', () => 0);
    vi.stubGlobal('cancelIdleCallback', () => {});
    const measured = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect');
    const { rerender } = render(<Harness target={everywhere([])} />);
    expect(watched).toHaveLength(10);
    // The reader scrolled to blocks 6 and 7.
    act(() =>
      report!(
        watched.map(
          (target, i) =>
            ({ target, isIntersecting: i === 6 || i === 7 }) as IntersectionObserverEntry,
        ),
      ),
    );
    act(() => rerender(<Harness target={everywhere(['Anna'])} />));
    expect(
      texts()
        .map((t, i) => (t === 'Anna' ? i : null))
        .filter((i) => i !== null),
    ).toEqual([6, 7]);
    expect(measured).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });
});
