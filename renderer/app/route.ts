import type { Span } from '../reader/segmentRange';

/** Where the app is: the library, or one article, optionally opened at a search match. */
export type Route = { view: 'library' } | { view: 'article'; id: string; hit: Span | null };

/** Reads a location hash such as `#/article/abc` or `#/article/abc/hit/10-14`; anything else is the library. */
export function parseRoute(hash: string): Route {
  const match = /^#\/article\/([^/]+)(?:\/hit\/(\d+)-(\d+))?\/?$/.exec(hash);
  if (!match) return { view: 'library' };
  let id: string;
  try {
    id = decodeURIComponent(match[1] as string);
  } catch {
    return { view: 'library' };
  }
  const hit =
    match[2] !== undefined && match[3] !== undefined
      ? { start: Number(match[2]), end: Number(match[3]) }
      : null;
  return { view: 'article', id, hit: hit && hit.end > hit.start ? hit : null };
}

/** The hash for a route, so links and navigation share one spelling. */
export function formatRoute(route: Route): string {
  if (route.view === 'library') return '#/';
  const base = `#/article/${encodeURIComponent(route.id)}`;
  return route.hit ? `${base}/hit/${route.hit.start}-${route.hit.end}` : base;
}
