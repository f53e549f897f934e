/** The highlight colours the UI offers; stored by name so exports and themes can map them. */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/** Who made an annotation, so study-group packs can show each member's layer. */
export interface Creator {
  id: string;
  name: string;
}

/**
 * Where a highlight sits, after the W3C Web Annotation TextPositionSelector and TextQuoteSelector.
 * Positions count UTF-16 code units of the article's canonical text (`unit` says so explicitly,
 * because the W3C model counts code points and exports must convert).
 */
export interface AnnotationTarget {
  position: { start: number; end: number; unit: 'utf16' };
  quote: { exact: string; prefix: string; suffix: string };
}

export interface Annotation {
  id: string;
  articleId: string;
  creator: Creator;
  /** ISO 8601 timestamps. */
  created: string;
  modified: string;
  color: HighlightColor;
  /** Plain text written by the user; may be empty. */
  note: string;
  target: AnnotationTarget;
}

/** Whether a highlight was found in the article's current text, or lost its place and needs the user. */
export type AnchorState = 'anchored' | 'orphaned';

/**
 * An annotation as the API returns it: with its place resolved against the current text. For an
 * orphan, `target` keeps the last known selectors so the user can see what it was attached to.
 */
export interface PlacedAnnotation extends Annotation {
  state: AnchorState;
}

/** What importing another tool's W3C annotations onto an article did. */
export interface ForeignImport {
  imported: number;
  /** Already on the article (same place and note), so not added again. */
  alreadyHere: number;
  /** Read from the file but not added, each with why. */
  skipped: Array<{ quote: string; reason: string }>;
}
