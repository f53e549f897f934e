/** The bottom edge of the sticky headers (app, reader toolbar): content above it is out of view. */
export function headerBottom(): number {
  let bottom = 0;
  for (const bar of document.querySelectorAll('.app-header, .reader-toolbar')) {
    bottom = Math.max(bottom, bar.getBoundingClientRect().bottom);
  }
  return bottom;
}

/** Scrolls the window so `element` sits just below the sticky header (or centred, for jumps to a match). */
export function scrollToElement(element: Element, placement: 'top' | 'center' = 'top'): void {
  const rect = element.getBoundingClientRect();
  const top =
    placement === 'center'
      ? rect.top + window.scrollY - window.innerHeight / 2 + rect.height / 2
      : rect.top + window.scrollY - headerBottom() - 16;
  if (typeof window.scrollTo === 'function') window.scrollTo({ top: Math.max(0, top) });
}
