import { clampAnnotationTimes, clampReadingPositionTime } from '../annotations/clampTimes';
import type { StoreData } from './storeData';

/** Stored dates later than now, found in committed data, and how to bring them back in a draft. */
export interface FutureTimes {
  annotations: number;
  readingPositions: number;
  /** Clamps them in `draft` (a draft of the same data): only those annotations are touched, so copied. */
  repair(draft: StoreData): void;
}

const later = (stamp: string, now: number) => Date.parse(stamp) > now;

/**
 * What an older Yuedu stored with dates in the future (from a backup, or a restore before such
 * dates were clamped on the way in): such a `modified` would win every later merge. Null: none.
 */
export function findFutureTimes(data: Readonly<StoreData>, now: Date): FutureTimes | null {
  const time = now.getTime();
  const annotations: number[] = [];
  data.annotations.forEach((a, index) => {
    if (later(a.modified, time) || later(a.created, time)) annotations.push(index);
  });
  const positions = Object.keys(data.reading).filter((key) =>
    later(data.reading[key]!.updated, time),
  );
  if (annotations.length === 0 && positions.length === 0) return null;
  return {
    annotations: annotations.length,
    readingPositions: positions.length,
    repair(draft) {
      for (const index of annotations)
        draft.annotations[index] = clampAnnotationTimes(data.annotations[index]!, now);
      for (const key of positions)
        draft.reading[key] = clampReadingPositionTime(data.reading[key]!, now);
    },
  };
}
