import type { Annotation } from '../../shared/model/annotation';
import type { ReadingPosition } from '../../shared/model/settings';

const later = (stamp: string, than: Date) => Date.parse(stamp) > than.getTime();

/**
 * An annotation as it may enter the store from outside (a backup, an undo): `modified` no later
 * than `now`, and `created` no later than `modified`. A date in the future would otherwise win
 * every later merge (the later `modified` wins) for ever. Returns the same object when nothing
 * had to change.
 */
export function clampAnnotationTimes<T extends Pick<Annotation, 'created' | 'modified'>>(
  annotation: T,
  now: Date,
): T {
  const modified = later(annotation.modified, now) ? now.toISOString() : annotation.modified;
  const created =
    Date.parse(annotation.created) > Date.parse(modified) ? modified : annotation.created;
  return modified === annotation.modified && created === annotation.created
    ? annotation
    : { ...annotation, created, modified };
}

/** A reading position from outside with its `updated` no later than `now`, for the same reason. */
export function clampReadingPositionTime(position: ReadingPosition, now: Date): ReadingPosition {
  return later(position.updated, now) ? { ...position, updated: now.toISOString() } : position;
}
