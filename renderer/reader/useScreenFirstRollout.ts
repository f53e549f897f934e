import { useCallback, useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import type { Block } from '../../shared/model/article';
import { nextStep, orderFromNearScreen, rolloutOrder, type BlockBox } from './screenFirstOrder';
import { useNearScreenBlocks } from './useNearScreenBlocks';

export interface RolloutOptions<T> {
  /** What each block of a newly opened article shows in its first render, before the rollout. */
  opening: (target: readonly T[]) => readonly T[];
  /** Values cheap to draw (ruby off, no layers): a block takes them at once, wherever it is. */
  instant?: (value: T) => boolean;
  /** Characters of text one idle step redraws: small enough to stay a short task. */
  stepChars: number;
  /** Blocks this close to the screen (pixels) count as on it and change before the next paint. */
  screenMargin: number;
}

interface Rollout<T> {
  target: readonly T[];
  blocks: readonly Block[];
  shown: readonly T[];
  order: readonly number[];
  done: number;
}

const schedule =
  typeof requestIdleCallback === 'function'
    ? (step: () => void) => {
        const handle = requestIdleCallback(step, { timeout: 200 });
        return () => cancelIdleCallback(handle);
      }
    : (step: () => void) => {
        const handle = setTimeout(step, 0);
        return () => clearTimeout(handle);
      };

/** Where each block with the given indexes is drawn now, in viewport pixels. */
function measure(article: HTMLElement | null, blocks: readonly Block[], wanted: Set<number>) {
  const byStart = new Map(blocks.map((block, index) => [block.start, index]));
  const boxes: BlockBox[] = [];
  for (const element of article?.querySelectorAll<HTMLElement>('[data-block-start]') ?? []) {
    const index = byStart.get(Number(element.dataset.blockStart));
    if (index === undefined || !wanted.has(index)) continue;
    const rect = element.getBoundingClientRect();
    boxes.push({ index, top: rect.top, bottom: rect.bottom });
  }
  return boxes;
}

/**
 * What each block shows while a costly per-block change (`target`, one value per block) comes
 * in: the blocks on screen take it before the next paint, the others a few at a time in idle
 * time, nearest first, so a change to a long article costs what the reader sees rather than the
 * whole article. A block not reached yet keeps what it showed. `hurry(index)` brings one block
 * in at once, for a jump to something in it.
 */
export function useScreenFirstRollout<T>(
  target: readonly T[],
  blocks: readonly Block[],
  articleRef: RefObject<HTMLElement | null>,
  { opening, instant, stepChars, screenMargin }: RolloutOptions<T>,
): { shown: readonly T[]; hurry: (index: number) => void } {
  const [rollout, setRollout] = useState<Rollout<T>>(() => {
    // What the first render shows is where the rollout starts from.
    const shown = opening(target);
    return { target: shown, blocks, shown, order: [], done: 0 };
  });

  const nearScreen = useNearScreenBlocks(articleRef, blocks, screenMargin);

  useLayoutEffect(() => {
    if (rollout.target === target && rollout.blocks === blocks) return;
    // Another article's values never stay on this one's blocks.
    const shown = [...(rollout.blocks === blocks ? rollout.shown : opening(target))];
    const pending = new Set<number>();
    target.forEach((value, index) => {
      if (shown[index] === value) return;
      if (instant?.(value)) shown[index] = value;
      else pending.add(index);
    });
    if (pending.size === 0) {
      setRollout({ target, blocks, shown, order: [], done: 0 });
      return;
    }
    // Measuring forces a layout of the whole article; the observer's answer costs nothing, once
    // it has one (a newly opened article's first change is measured).
    const { order, inView } = nearScreen.current
      ? orderFromNearScreen([...pending], nearScreen.current)
      : rolloutOrder(
          measure(articleRef.current, blocks, pending),
          window.innerHeight,
          screenMargin,
        );
    for (const index of order.slice(0, inView)) shown[index] = target[index] as T;
    // Blocks that are not drawn (none should be) change with the rest, last.
    const ordered = new Set(order);
    const missing = [...pending].filter((index) => !ordered.has(index));
    setRollout({ target, blocks, shown, order: [...order, ...missing], done: inView });
  }, [target, blocks, articleRef, rollout, opening, instant, nearScreen, screenMargin]);

  useEffect(() => {
    if (rollout.target !== target || rollout.blocks !== blocks) return;
    if (rollout.done >= rollout.order.length) return;
    return schedule(() =>
      setRollout((current) => {
        if (current !== rollout) return current;
        const count = nextStep(current.order, current.done, blocks, stepChars);
        const shown = [...current.shown];
        for (const index of current.order.slice(current.done, current.done + count)) {
          shown[index] = current.target[index] as T;
        }
        return { ...current, shown, done: current.done + count };
      }),
    );
  }, [target, blocks, rollout, stepChars]);

  const hurry = useCallback((index: number) => {
    setRollout((current) => {
      const value = current.target[index];
      if (value === undefined || current.shown[index] === value) return current;
      const shown = [...current.shown];
      shown[index] = value;
      return { ...current, shown };
    });
  }, []);

  // A new article's first render, before the layout effect starts its rollout.
  return { shown: rollout.blocks === blocks ? rollout.shown : opening(target), hurry };
}
