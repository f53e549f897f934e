import type { Annotation } from '../../shared/model/annotation';

/** Annotations in reading order (by start, then longer first), as the notes panel lists them. */
export function sortAnnotations<T extends Annotation>(annotations: readonly T[]): T[] {
  return [...annotations].sort(
    (a, b) =>
      a.target.position.start - b.target.position.start ||
      b.target.position.end - a.target.position.end ||
      a.created.localeCompare(b.created),
  );
}
