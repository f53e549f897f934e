/** A key press in the reader that walks the search hits, or clears them. */
export type HitKeyAction = 'next' | 'previous' | 'clear' | null;

const TEXT_FIELD = 'input, textarea, select, [contenteditable=""], [contenteditable="true"]';
// Enter on these does their own thing (press a button, follow a link, open a highlight).
const OWNS_ENTER = 'button, a[href], summary, [role="button"], mark[data-annotation-id]';

/**
 * What a key does to the search hits: Enter or F3 goes to the next, with Shift to the previous,
 * and Escape clears them. Keys typed into a text field are the field's own (Enter in the search box
 * still searches), and Enter on a button or link still presses it.
 */
export function hitKeyAction(
  event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>,
  target: Element | null,
): HitKeyAction {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  if (target?.closest(TEXT_FIELD)) return null;
  if (event.key === 'F3') return event.shiftKey ? 'previous' : 'next';
  if (event.key === 'Enter') {
    if (target?.closest(OWNS_ENTER)) return null;
    return event.shiftKey ? 'previous' : 'next';
  }
  if (event.key === 'Escape' && !event.shiftKey) return 'clear';
  return null;
}
