import { useEffect, useRef, type RefObject } from 'react';
import type { Article } from '../../shared/model/article';
import { useInvoke } from '../api/ApiContext';
import { firstVisibleOffset, scrollProgress, type BlockBox } from './readingPosition';
import { headerBottom, scrollToElement } from './scrollToElement';

const SAVE_DELAY_MS = 500;

/**
 * Restores where the reader left the article and then saves the first visible block's canonical
 * offset, debounced, as the user scrolls. With `jumpTo` (a CSS selector: the search hit or the
 * highlight the article was opened at) it scrolls there instead of restoring.
 */
export function useReadingPosition(
  article: Article | null,
  articleRef: RefObject<HTMLElement | null>,
  jumpTo: string | null,
): void {
  const invoke = useInvoke();
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    if (!article) return;
    const root = articleRef.current;
    if (!root) return;
    let live = true;
    let restored = false;
    let pendingSave: (() => void) | null = null;

    const save = () => {
      pendingSave = null;
      const boxes: BlockBox[] = Array.from(
        root.querySelectorAll<HTMLElement>('[data-block-start]'),
      ).map((element) => {
        const rect = element.getBoundingClientRect();
        return { start: Number(element.dataset.blockStart), top: rect.top, bottom: rect.bottom };
      });
      const offset = firstVisibleOffset(boxes, headerBottom());
      if (offset === null) return;
      const { scrollHeight, clientHeight } = document.documentElement;
      const progress = scrollProgress(window.scrollY, scrollHeight, clientHeight);
      void invoke('reading:set', { articleId: article.id, offset, progress });
    };

    const onScroll = () => {
      if (!restored) return;
      pendingSave = save;
      clearTimeout(saveTimer.current);
      saveTimer.current = setTimeout(save, SAVE_DELAY_MS);
    };

    const restore = async () => {
      if (jumpTo !== null) {
        const mark = root.querySelector(jumpTo);
        if (mark) scrollToElement(mark, 'center');
      } else {
        const result = await invoke('reading:get', { articleId: article.id });
        if (!live) return;
        if (result.ok && result.value) {
          const target = blockAt(root, result.value.offset);
          if (target) scrollToElement(target);
        } else if (typeof window.scrollTo === 'function') window.scrollTo({ top: 0 });
      }
      // Let the scroll caused by restoring settle before scrolling counts as reading.
      setTimeout(() => {
        restored = true;
      }, 100);
    };

    void restore();
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      live = false;
      window.removeEventListener('scroll', onScroll);
      clearTimeout(saveTimer.current);
      (pendingSave as (() => void) | null)?.();
    };
  }, [article, articleRef, jumpTo, invoke]);
}

function blockAt(root: HTMLElement, offset: number): HTMLElement | null {
  const blocks = Array.from(root.querySelectorAll<HTMLElement>('[data-block-start]'));
  return (
    blocks.find((element) => Number(element.dataset.blockEnd) > offset) ?? blocks.at(-1) ?? null
  );
}
