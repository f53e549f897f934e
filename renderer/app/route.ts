import type { Span } from '../reader/segmentRange';

/**
 * Where the app is: the library, or one article, optionally opened at a search match (with the
 * query, so the reader can mark every hit) or at one of the user's highlights.
 */
export type Route = { view: 'library' } | ArticleRoute;

export interface ArticleRoute {
  view: 'article';
  id: string;
  hit: Span | null;
  /** The search the article was opened from; the reader marks and walks all its hits. */
  query?: string;
  /** The highlight to reveal: opened from a match in the user's notes, or an exported link. */
  note?: string;
}

// `note/` is the older spelling of `annotation/`; links that use it keep working.
const ARTICLE_HASH =
  /^#\/article\/([^/?]+)(?:\/hit\/(\d+)-(\d+))?(?:\/(?:annotation|note)\/([^/?]+))?\/?(?:\?(.*))?$/;

/**
 * Reads a location hash such as `#/article/abc`, `#/article/abc/hit/10-14?q=大湾区` or
 * `#/article/abc/annotation/<annotationId>`; anything else is the library.
 */
export function parseRoute(hash: string): Route {
  const match = ARTICLE_HASH.exec(hash);
  if (!match) return { view: 'library' };
  let id: string;
  let note: string | undefined;
  try {
    id = decodeURIComponent(match[1] as string);
    note = match[4] === undefined ? undefined : decodeURIComponent(match[4]);
  } catch {
    return { view: 'library' };
  }
  const hit =
    match[2] !== undefined && match[3] !== undefined
      ? { start: Number(match[2]), end: Number(match[3]) }
      : null;
  const route: ArticleRoute = { view: 'article', id, hit: hit && hit.end > hit.start ? hit : null };
  const query = new URLSearchParams(match[5] ?? '').get('q');
  if (query) route.query = query;
  if (note) route.note = note;
  return route;
}

/** The hash for a route, so links and navigation share one spelling. */
export function formatRoute(route: Route): string {
  if (route.view === 'library') return '#/';
  let hash = `#/article/${encodeURIComponent(route.id)}`;
  if (route.hit) hash += `/hit/${route.hit.start}-${route.hit.end}`;
  if (route.note) hash += `/annotation/${encodeURIComponent(route.note)}`;
  if (route.query) hash += `?${new URLSearchParams({ q: route.query }).toString()}`;
  return hash;
}
