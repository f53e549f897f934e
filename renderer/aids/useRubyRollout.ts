import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import type { Block } from '../../shared/model/article';
import type { RunAids } from './RubyText';
import { nextStep, rolloutOrder, type BlockBox } from './rubyRollout';

/** Characters of text one idle step dresses in ruby: small enough to stay a short task. */
const STEP_CHARS = 800;
/** Blocks this close to the screen (pixels) count as on it and get ruby at once. */
const SCREEN_MARGIN = 200;

interface Rollout {
  /** The aids being rolled out over these blocks, and what each block (by index) shows so far. */
  aids: RunAids | null;
  blocks: readonly Block[];
  shown: ReadonlyArray<RunAids | null>;
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

/**
 * Each block's reading aids while they change: the blocks on screen switch before the next paint,
 * the others a few at a time in idle time, nearest first, so turning ruby on in a long article
 * costs what the reader sees rather than the whole article. A block not reached yet keeps what it
 * showed (ruby off is immediate, as dropping ruby is cheap).
 */
export function useRubyRollout(
  aids: RunAids | null,
  blocks: readonly Block[],
  articleRef: RefObject<HTMLElement | null>,
): ReadonlyArray<RunAids | null> {
  const [rollout, setRollout] = useState<Rollout>(() => ({
    aids,
    blocks,
    shown: blocks.map(() => aids),
    order: [],
    done: 0,
  }));

  useLayoutEffect(() => {
    if (rollout.aids === aids && rollout.blocks === blocks) return;
    // Another article's ruby never stays on this one's blocks.
    if (aids === null || rollout.blocks !== blocks) {
      setRollout({ aids, blocks, shown: blocks.map(() => aids), order: [], done: 0 });
      return;
    }
    const byStart = new Map(blocks.map((block, index) => [block.start, index]));
    const boxes: BlockBox[] = [];
    for (const element of articleRef.current?.querySelectorAll<HTMLElement>('[data-block-start]') ??
      []) {
      const index = byStart.get(Number(element.dataset.blockStart));
      if (index === undefined) continue;
      const rect = element.getBoundingClientRect();
      boxes.push({ index, top: rect.top, bottom: rect.bottom });
    }
    const { order, inView } = rolloutOrder(boxes, window.innerHeight, SCREEN_MARGIN);
    // Blocks that are not drawn (none should be) are dressed with the rest, last.
    const ordered = new Set(order);
    const missing = blocks.map((_, index) => index).filter((index) => !ordered.has(index));
    const shown = [...rollout.shown];
    for (const index of order.slice(0, inView)) shown[index] = aids;
    setRollout({ aids, blocks, shown, order: [...order, ...missing], done: inView });
  }, [aids, blocks, articleRef, rollout]);

  useEffect(() => {
    if (rollout.aids !== aids || rollout.blocks !== blocks) return;
    if (rollout.done >= rollout.order.length) return;
    return schedule(() =>
      setRollout((current) => {
        if (current !== rollout) return current;
        const count = nextStep(current.order, current.done, blocks, STEP_CHARS);
        const shown = [...current.shown];
        for (const index of current.order.slice(current.done, current.done + count)) {
          shown[index] = current.aids;
        }
        return { ...current, shown, done: current.done + count };
      }),
    );
  }, [aids, blocks, rollout]);

  // A new article's first render, before the layout effect starts its rollout.
  return rollout.blocks === blocks ? rollout.shown : blocks.map(() => aids);
}
