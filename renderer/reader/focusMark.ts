/**
 * Focuses a highlight mark without leaving it permanently focusable: Chromium will not start a
 * mouse text selection on an element with a tabindex, so marks only get one while focused.
 */
export function focusMark(mark: HTMLElement): void {
  mark.tabIndex = -1;
  mark.addEventListener('blur', () => mark.removeAttribute('tabindex'), { once: true });
  mark.focus({ preventScroll: true });
}
