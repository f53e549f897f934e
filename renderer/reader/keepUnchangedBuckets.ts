/**
 * `next`, with every bucket that holds the same items as the one before it replaced by that
 * earlier bucket (and the earlier list itself when nothing changed), so memoised blocks whose
 * content did not change are not drawn again when a list is fetched anew.
 */
export function keepUnchangedBuckets<T>(
  previous: ReadonlyArray<readonly T[]> | null,
  next: ReadonlyArray<readonly T[]>,
  same: (a: T, b: T) => boolean,
): ReadonlyArray<readonly T[]> {
  if (!previous || previous.length !== next.length) return next;
  let changed = false;
  const kept = next.map((bucket, index) => {
    const before = previous[index] as readonly T[];
    if (before.length === bucket.length && bucket.every((item, i) => same(before[i] as T, item)))
      return before;
    changed = true;
    return bucket;
  });
  return changed ? kept : previous;
}
