import { useEffect, useRef, type RefObject } from 'react';
import type { Block } from '../../shared/model/article';

/**
 * Which blocks (by index) are within `margin` pixels of the screen, as an IntersectionObserver
 * reports them after each frame: read without forcing a layout, unlike measuring each block.
 * `current` is null until the observer has first reported (or where there is none).
 */
export function useNearScreenBlocks(
  articleRef: RefObject<HTMLElement | null>,
  blocks: readonly Block[],
  margin: number,
): RefObject<ReadonlySet<number> | null> {
  const near = useRef<Set<number> | null>(null);
  useEffect(() => {
    near.current = null;
    const article = articleRef.current;
    if (!article || blocks.length === 0 || typeof IntersectionObserver !== 'function') return;
    const byStart = new Map(blocks.map((block, index) => [block.start, index]));
    const observer = new IntersectionObserver(
      (entries) => {
        const next = new Set(near.current ?? []);
        for (const entry of entries) {
          const index = byStart.get(Number((entry.target as HTMLElement).dataset.blockStart));
          if (index === undefined) continue;
          if (entry.isIntersecting) next.add(index);
          else next.delete(index);
        }
        near.current = next;
      },
      { rootMargin: `${margin}px 0px` },
    );
    for (const element of article.querySelectorAll('[data-block-start]')) observer.observe(element);
    return () => {
      observer.disconnect();
      near.current = null;
    };
  }, [articleRef, blocks, margin]);
  return near;
}
