import type { Span } from './segmentRange';

/** The attribute every rendered text run carries: the canonical offset of its first character. */
export const OFFSET_ATTRIBUTE = 'data-offset';

/**
 * Elements whose text is decoration rather than article text (ruby pinyin, its fallback brackets),
 * so it never counts towards canonical offsets.
 */
const NON_CANONICAL_SELECTOR = 'rt, rp, [data-noncanonical]';

/** A DOM boundary pair, as in Range and StaticRange; plain so tests can build one by hand. */
export interface BoundaryRange {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

/**
 * Maps a DOM selection onto the article's canonical text. Each boundary is located through the
 * nearest `data-offset` run plus the canonical characters before it inside that run, so markup
 * around characters (highlight marks, ruby) never shifts offsets. Boundaries outside any run snap
 * to the next run (start) or the previous run's end (end), which clamps selections that begin or
 * end outside the article. Returns null when nothing of the article is selected.
 */
export function selectionToCanonicalRange(root: Element, range: BoundaryRange): Span | null {
  const runs = Array.from(root.querySelectorAll(`[${OFFSET_ATTRIBUTE}]`));
  if (runs.length === 0) return null;
  const start = boundaryOffset(runs, range.startContainer, range.startOffset, 'start');
  const end = boundaryOffset(runs, range.endContainer, range.endOffset, 'end');
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/**
 * The canonical offset of one DOM point (from `caretRangeFromPoint`, say): inside pinyin ruby text
 * it is the offset before that ruby's character. Null when the point is in no text run.
 */
export function pointToCanonicalOffset(root: Element, node: Node, offset: number): number | null {
  const runs = Array.from(root.querySelectorAll(`[${OFFSET_ATTRIBUTE}]`));
  if (!runs.some((run) => run === node || run.contains(node))) return null;
  return boundaryOffset(runs, node, offset, 'start');
}

/**
 * A boundary inside ruby text (the pinyin of one character) moves to before that character when
 * it starts a range and after it when it ends one, so a highlight dragged from or to pinyin takes
 * in the character the pinyin belongs to.
 */
function outOfRubyText(node: Node, offset: number, side: 'start' | 'end'): [Node, number] {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const ruby = element?.closest('rt, rp')?.closest('ruby');
  if (!ruby?.parentNode) return [node, offset];
  const index = Array.prototype.indexOf.call(ruby.parentNode.childNodes, ruby) as number;
  return [ruby.parentNode, side === 'start' ? index : index + 1];
}

function boundaryOffset(
  runs: Element[],
  pointNode: Node,
  pointOffset: number,
  side: 'start' | 'end',
): number | null {
  const [node, offset] = outOfRubyText(pointNode, pointOffset, side);
  const run = runs.find((candidate) => candidate === node || candidate.contains(node));
  if (run) return runStart(run) + canonicalLengthBefore(run, node, offset);
  if (side === 'start') {
    const next = runs.find((candidate) => isAfterPoint(candidate, node, offset));
    return next ? runStart(next) : null;
  }
  const previous = runs.findLast((candidate) => !isAfterPoint(candidate, node, offset));
  return previous ? runStart(previous) + canonicalLength(previous) : null;
}

function runStart(run: Element): number {
  return Number(run.getAttribute(OFFSET_ATTRIBUTE));
}

/** Whether `element` starts after the boundary point (node, offset) in document order. */
function isAfterPoint(element: Element, node: Node, offset: number): boolean {
  if (node.nodeType !== Node.TEXT_NODE && offset < node.childNodes.length) {
    const reference = node.childNodes[offset] as Node;
    return (
      reference === element ||
      reference.contains(element) ||
      Boolean(reference.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING)
    );
  }
  if (node.contains(element)) return false;
  return Boolean(node.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING);
}

function isCanonicalText(node: Node): node is Text {
  if (node.nodeType !== Node.TEXT_NODE) return false;
  const parent = node.parentElement;
  return !parent?.closest(NON_CANONICAL_SELECTOR);
}

/** Canonical text characters of `run` that come before the boundary point (node, offset). */
function canonicalLengthBefore(run: Element, node: Node, offset: number): number {
  if (node.nodeType === Node.TEXT_NODE) {
    let length = 0;
    for (const text of textNodes(run)) {
      if (text === node) return length + (isCanonicalText(text) ? offset : 0);
      if (isCanonicalText(text)) length += text.data.length;
    }
    return length;
  }
  const reference = node.childNodes[offset] ?? null;
  let length = 0;
  for (const text of textNodes(run)) {
    if (
      reference &&
      (reference === text || reference.contains(text) || isBefore(reference, text))
    ) {
      break;
    }
    if (!reference && !node.contains(text) && isBefore(node, text)) break;
    if (isCanonicalText(text)) length += text.data.length;
  }
  return length;
}

function isBefore(a: Node, b: Node): boolean {
  return Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
}

function canonicalLength(run: Element): number {
  let length = 0;
  for (const text of textNodes(run)) if (isCanonicalText(text)) length += text.data.length;
  return length;
}

function textNodes(root: Node): Text[] {
  const found: Text[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) found.push(node as Text);
    node.childNodes.forEach(visit);
  };
  visit(root);
  return found;
}

/**
 * The DOM range of canonical [start, end) inside one text run, for placing a popup over a
 * character; null when no run holds the start.
 */
export function canonicalToDomRange(root: Element, start: number, end: number): Range | null {
  const runs = Array.from(root.querySelectorAll(`[${OFFSET_ATTRIBUTE}]`));
  for (const run of runs) {
    const runFrom = runStart(run);
    if (start < runFrom || start >= runFrom + canonicalLength(run)) continue;
    let at = runFrom;
    for (const text of textNodes(run)) {
      if (!isCanonicalText(text)) continue;
      if (start < at + text.data.length) {
        const range = document.createRange();
        range.setStart(text, start - at);
        range.setEnd(text, Math.min(text.data.length, end - at));
        return range;
      }
      at += text.data.length;
    }
  }
  return null;
}
