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
  // Each item's keys are worked out once, not in every comparison: thousands of group highlights
  // on one article are sorted on each open.
  const keyed = annotations.map((item) => {
    const orphaned = item.state === 'orphaned' ? 1 : 0;
    return {
      item,
      rank: rank.get(item.articleId) ?? Number.POSITIVE_INFINITY,
      orphaned,
      start: orphaned ? 0 : item.target.position.start,
      end: orphaned ? 0 : item.target.position.end,
      time: timeOf(item.created),
    };
  });
  keyed.sort(
    (a, b) =>
      compareNumbers(a.rank, b.rank) ||
      compareStrings(a.item.articleId, b.item.articleId) ||
      a.orphaned - b.orphaned ||
      a.start - b.start ||
      a.end - b.end ||
      compareNumbers(a.time, b.time) ||
      compareStrings(a.item.id, b.item.id),
  );
  return keyed.map((entry) => entry.item);
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
