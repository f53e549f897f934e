import type { AnchorState, Annotation, AnnotationTarget } from '../../shared/model/annotation';
import { createTarget } from './anchor';
import { findAnchor } from './locateTarget';

/** A highlight resolved against the current text: its state, and the selectors that describe it there. */
export interface Placement {
  state: AnchorState;
  /** The stored target itself when nothing moved or the highlight is orphaned, else fresh selectors. */
  target: AnnotationTarget;
}

/**
 * Resolves one stored target against its article's current text (undefined when the article is no
 * longer in the library). A moved highlight gets new selectors built from the text it now covers,
 * so the next re-anchoring compares against today's words; an orphan keeps its last known ones.
 */
export function placeTarget(text: string | undefined, target: AnnotationTarget): Placement {
  if (text === undefined) return { state: 'orphaned', target };
  const anchor = findAnchor(text, target);
  if (!anchor) return { state: 'orphaned', target };
  if (anchor.method === 'position') return { state: 'anchored', target };
  const fresh = createTarget(text, anchor.range.start, anchor.range.end);
  return { state: 'anchored', target: sameTarget(fresh, target) ? target : fresh };
}

/** True when two targets name the same place with the same selectors. */
export function sameTarget(a: AnnotationTarget, b: AnnotationTarget): boolean {
  return (
    a.position.start === b.position.start &&
    a.position.end === b.position.end &&
    a.quote.exact === b.quote.exact &&
    a.quote.prefix === b.quote.prefix &&
    a.quote.suffix === b.quote.suffix
  );
}

/** What re-anchoring found for a set of annotations, and which stored targets must change. */
export interface Reanchoring {
  placements: Map<string, Placement>;
  /** Annotation id → the target to store, for highlights that moved or whose text changed a little. */
  moved: Map<string, AnnotationTarget>;
  orphaned: number;
}

/** Places every annotation against the current texts, looking each article's text up once. */
export function reanchorAnnotations(
  annotations: readonly Annotation[],
  textOf: (articleId: string) => string | undefined,
): Reanchoring {
  const placements = new Map<string, Placement>();
  const moved = new Map<string, AnnotationTarget>();
  let orphaned = 0;
  for (const annotation of annotations) {
    const placement = placeTarget(textOf(annotation.articleId), annotation.target);
    placements.set(annotation.id, placement);
    if (placement.state === 'orphaned') orphaned += 1;
    else if (placement.target !== annotation.target) moved.set(annotation.id, placement.target);
  }
  return { placements, moved, orphaned };
}

/**
 * Remembers each annotation's placement for the target and the article text it was computed from,
 * so listing does not search again; a changed target, or an article imported, removed or replaced
 * since, is placed afresh.
 */
export class PlacementCache {
  private readonly entries = new Map<
    string,
    { from: AnnotationTarget; text: string | undefined; placement: Placement }
  >();

  constructor(private readonly textOf: (articleId: string) => string | undefined) {}

  place(annotation: Annotation): Placement {
    const text = this.textOf(annotation.articleId);
    const cached = this.entries.get(annotation.id);
    if (cached && cached.text === text && sameTarget(cached.from, annotation.target)) {
      return cached.placement;
    }
    const placement = placeTarget(text, annotation.target);
    this.entries.set(annotation.id, { from: annotation.target, text, placement });
    return placement;
  }

  /** Records a placement computed elsewhere (re-anchoring at open) for the annotation's current text. */
  remember(annotation: Annotation, placement: Placement): void {
    this.entries.set(annotation.id, {
      from: annotation.target,
      text: this.textOf(annotation.articleId),
      placement,
    });
  }

  forget(id: string): void {
    this.entries.delete(id);
  }
}
