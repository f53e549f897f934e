import type { AnchorState, Annotation } from '../../shared/model/annotation';

/**
 * Orders highlights the way a reader meets them — by the library's article order, then by place in
 * the text — so lists and exports read like the articles. Within an article, orphans (whose stored
 * position means nothing any more) follow the anchored highlights, oldest first. Articles missing
 * from `articleOrder` come last (by id); remaining ties fall back to creation time, then id, so the
 * order is always stable.
 */
export function sortInReadingOrder<T extends Annotation & { state?: AnchorState }>(
  annotations: readonly T[],
  articleOrder: readonly string[],
): T[] {
  const rank = new Map(articleOrder.map((id, index) => [id, index] as const));
  const rankOf = (a: T): number => rank.get(a.articleId) ?? Number.POSITIVE_INFINITY;
  const orphaned = (a: T): number => (a.state === 'orphaned' ? 1 : 0);
  const byPlace = (a: T, b: T): number =>
    orphaned(a) === 1
      ? 0
      : a.target.position.start - b.target.position.start ||
        a.target.position.end - b.target.position.end;
  return [...annotations].sort(
    (a, b) =>
      compareNumbers(rankOf(a), rankOf(b)) ||
      compareStrings(a.articleId, b.articleId) ||
      orphaned(a) - orphaned(b) ||
      byPlace(a, b) ||
      compareNumbers(timeOf(a.created), timeOf(b.created)) ||
      compareStrings(a.id, b.id),
  );
}

function timeOf(iso: string): number {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? Number.POSITIVE_INFINITY : time;
}

function compareNumbers(a: number, b: number): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
