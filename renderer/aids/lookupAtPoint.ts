import { pointToCanonicalOffset } from '../reader/selectionToCanonicalRange';

const HAN = /^\p{Script=Han}$/u;

/** Whether a canonical offset holds a Han character (the only ones worth a lookup). */
export function isHanAt(text: string, offset: number): boolean {
  const code = text.codePointAt(offset);
  return code !== undefined && HAN.test(String.fromCodePoint(code));
}

/**
 * The canonical offset of the Han character under a screen point, or null: the caret position
 * the browser gives is at the nearer edge of a character, so the character whose box holds the
 * point is the one after it or the one before it.
 */
export function hanOffsetAtPoint(root: Element, text: string, x: number, y: number): number | null {
  const caret = document.caretRangeFromPoint?.(x, y);
  if (!caret) return null;
  const offset = pointToCanonicalOffset(root, caret.startContainer, caret.startOffset);
  if (offset === null) return null;
  for (const candidate of [offset, offset - 1]) {
    if (candidate < 0 || !isHanAt(text, candidate)) continue;
    const node = caret.startContainer;
    if (node.nodeType !== Node.TEXT_NODE) return candidate;
    const local = caret.startOffset + (candidate - offset);
    if (local < 0 || local >= (node as Text).data.length) continue;
    const range = document.createRange();
    range.setStart(node, local);
    range.setEnd(node, local + 1);
    const box = range.getBoundingClientRect();
    if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return candidate;
  }
  return null;
}

/** The next (or previous) Han character's offset from `offset`, or null at the end of the text. */
export function stepHan(text: string, offset: number, direction: 1 | -1): number | null {
  for (let at = offset + direction; at >= 0 && at < text.length; at += direction) {
    if (isHanAt(text, at)) return at;
  }
  return null;
}
