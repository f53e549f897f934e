import type { Span } from './segmentRange';
import { OFFSET_ATTRIBUTE } from './selectionToCanonicalRange';

const NON_CANONICAL_SELECTOR = 'rt, rp, [data-noncanonical]';

interface DomPoint {
  node: Text;
  offset: number;
}

/**
 * The DOM range that shows canonical [start, end) in the rendered article, found through the
 * `data-offset` runs (the inverse of selectionToCanonicalRange), so a span can be marked without
 * touching the DOM the user selected in. Null when the span is not rendered.
 */
export function canonicalToDomRange(root: Element, span: Span): Range | null {
  if (span.end <= span.start) return null;
  const start = locate(root, span.start, 'start');
  const end = locate(root, span.end, 'end');
  if (!start || !end) return null;
  const range = root.ownerDocument.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  return range.collapsed ? null : range;
}

/** The text position of a canonical offset; at a boundary, the start takes the following run, the end the preceding one. */
function locate(root: Element, offset: number, side: 'start' | 'end'): DomPoint | null {
  for (const run of root.querySelectorAll(`[${OFFSET_ATTRIBUTE}]`)) {
    let position = Number(run.getAttribute(OFFSET_ATTRIBUTE));
    for (const text of canonicalTextNodes(run)) {
      const length = text.data.length;
      const inside =
        side === 'start'
          ? offset >= position && offset < position + length
          : offset > position && offset <= position + length;
      if (inside) return { node: text, offset: offset - position };
      position += length;
    }
  }
  return null;
}

function canonicalTextNodes(run: Element): Text[] {
  const found: Text[] = [];
  const walker = run.ownerDocument.createTreeWalker(run, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest(NON_CANONICAL_SELECTOR)) found.push(node as Text);
  }
  return found;
}
