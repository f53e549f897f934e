import { selectionToCanonicalRange } from '../reader/selectionToCanonicalRange';

/**
 * Puts the canonical text of the selection on the clipboard (no pinyin, no markup), so copying
 * an article with ruby on gives the characters only. Leaves the event alone outside the article.
 */
export function copyCanonical(
  event: ClipboardEvent | React.ClipboardEvent,
  root: Element,
  text: string,
): void {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
  const span = selectionToCanonicalRange(root, selection.getRangeAt(0));
  if (!span || !event.clipboardData) return;
  event.clipboardData.setData('text/plain', text.slice(span.start, span.end));
  event.preventDefault();
}
