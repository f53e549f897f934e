import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { DictionaryMatch } from '../../shared/model/dictionary';
import { useInvoke } from '../api/ApiContext';
import type { Edges } from '../reader/placeFloating';
import { edgesWithin } from '../reader/useFloatingPlacement';
import {
  canonicalToDomRange,
  selectionToCanonicalRange,
} from '../reader/selectionToCanonicalRange';
import { hanOffsetAtPoint, isHanAt, stepHan } from './lookupAtPoint';

const HOVER_MS = 220;
/** Characters sent for one lookup: longer than any CC-CEDICT word. */
const LOOKUP_CHARS = 32;

/** What the popup shows: the words found at one offset, where, and how it was opened. */
export interface DictionaryPopupState {
  offset: number;
  matches: DictionaryMatch[];
  anchor: Edges;
  fromKeyboard: boolean;
}

/**
 * The dictionary under the pointer: resting on (or clicking) a Han character looks up the longest
 * word starting there; D looks up at the selection or the focused block, ← and → step through
 * the characters, Esc closes and gives focus back.
 */
export function useDictionaryPopup(
  articleRef: RefObject<HTMLElement | null>,
  containerRef: RefObject<HTMLElement | null>,
  text: string,
) {
  const invoke = useInvoke();
  const [popup, setPopup] = useState<DictionaryPopupState | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const request = useRef(0);
  const returnFocus = useRef<HTMLElement | null>(null);

  const close = useCallback((refocus: boolean) => {
    request.current += 1;
    setPopup(null);
    if (refocus) returnFocus.current?.focus({ preventScroll: true });
  }, []);

  const openAt = useCallback(
    async (offset: number, fromKeyboard: boolean) => {
      const article = articleRef.current;
      const container = containerRef.current;
      if (!article || !container) return;
      const asked = ++request.current;
      const result = await invoke('dictionary:lookup', {
        text: text.slice(offset, offset + LOOKUP_CHARS),
      });
      if (asked !== request.current) return;
      const matches = result.ok ? result.value : [];
      if (matches.length === 0 && !fromKeyboard) {
        setPopup(null);
        return;
      }
      const length = matches[0]?.word.length ?? 1;
      const range = canonicalToDomRange(article, offset, offset + length);
      const box = (range ?? article).getBoundingClientRect();
      setPopup({
        offset,
        matches,
        fromKeyboard,
        anchor: edgesWithin(box, container.getBoundingClientRect()),
      });
    },
    [articleRef, containerRef, invoke, text],
  );

  const lookupAtPoint = useCallback(
    (x: number, y: number) => {
      const article = articleRef.current;
      if (!article) return;
      const offset = hanOffsetAtPoint(article, text, x, y);
      if (offset === null) {
        setPopup((current) => (current && !current.fromKeyboard ? null : current));
        return;
      }
      if (popup?.offset === offset) return;
      void openAt(offset, false);
    },
    [articleRef, text, openAt, popup],
  );

  const onMouseMove = useCallback(
    (event: React.MouseEvent) => {
      window.clearTimeout(timer.current);
      if (event.buttons !== 0) return;
      const { clientX, clientY } = event;
      timer.current = window.setTimeout(() => lookupAtPoint(clientX, clientY), HOVER_MS);
    },
    [lookupAtPoint],
  );

  const onMouseLeave = useCallback(() => window.clearTimeout(timer.current), []);

  const onClick = useCallback(
    (event: React.MouseEvent) => {
      if (document.getSelection()?.isCollapsed === false) return;
      window.clearTimeout(timer.current);
      lookupAtPoint(event.clientX, event.clientY);
    },
    [lookupAtPoint],
  );

  /** D on the article: look up at the selection's start, or the first character of the focused block. */
  const onKeyDown = useCallback(
    (event: React.KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'd' || event.ctrlKey || event.metaKey || event.altKey) {
        return false;
      }
      const article = articleRef.current;
      if (!article) return false;
      const target = event.target as HTMLElement;
      const selection = document.getSelection();
      let offset: number | null = null;
      if (selection && selection.rangeCount > 0 && !selection.isCollapsed) {
        offset = selectionToCanonicalRange(article, selection.getRangeAt(0))?.start ?? null;
      }
      if (offset === null) {
        const block = target.closest<HTMLElement>('[data-block-start]');
        if (!block) return false;
        offset = Number(block.dataset.blockStart);
      }
      const first = isHanAt(text, offset) ? offset : stepHan(text, offset, 1);
      if (first === null) return false;
      event.preventDefault();
      returnFocus.current = target;
      void openAt(first, true);
      return true;
    },
    [articleRef, openAt, text],
  );

  useEffect(() => {
    if (!popup) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        close(true);
        return;
      }
      if (!popup.fromKeyboard) return;
      if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
      const next = stepHan(text, popup.offset, event.key === 'ArrowRight' ? 1 : -1);
      if (next === null) return;
      event.preventDefault();
      void openAt(next, true);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [popup, close, openAt, text]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  return { popup, close, onMouseMove, onMouseLeave, onClick, onKeyDown };
}
