/** The scheme exported Markdown links use to point back into the app. */
export const DEEP_LINK_SCHEME = 'yuedu';

/** Where a `yuedu://article/<id>#<annotationId>` link asks the reader to go. */
export interface DeepLink {
  articleId: string;
  annotationId: string | null;
}

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

// Ids come from the app, but a link is typed or pasted by anyone: no controls, spaces or slashes.
const isPlausibleId = (id: string): boolean => id.length <= 200 && /^[^\p{Cc}\s/\\]+$/u.test(id);

/**
 * Parses a deep link from an untrusted source (the OS hands over whatever was clicked).
 * Returns null for anything that is not exactly an article link with well-formed ids.
 */
export function parseDeepLink(url: string): DeepLink | null {
  const match = /^yuedu:\/\/article\/([^/?#]+)\/?(?:#(.*))?$/i.exec(url.trim());
  if (match === null) return null;
  const articleId = decode(match[1] ?? '');
  if (articleId === null || !isPlausibleId(articleId)) return null;
  const fragment = match[2];
  if (fragment === undefined || fragment === '') return { articleId, annotationId: null };
  const annotationId = decode(fragment);
  if (annotationId === null || !isPlausibleId(annotationId)) return null;
  return { articleId, annotationId };
}

/** Finds the deep link Windows and Linux pass on the command line of a (second) instance. */
export function findDeepLinkInArgv(argv: readonly string[]): DeepLink | null {
  for (const arg of argv) {
    if (!arg.toLowerCase().startsWith(`${DEEP_LINK_SCHEME}:`)) continue;
    const link = parseDeepLink(arg);
    if (link !== null) return link;
  }
  return null;
}

/**
 * The renderer URL that shows a deep link's article, scrolled to its highlight, in the renderer's
 * hash-route spelling (`#/article/<id>/annotation/<annotationId>`, see renderer/app/route.ts).
 */
export function rendererUrlForDeepLink(link: DeepLink, rendererUrl: string): string {
  const base = rendererUrl.split('#', 1)[0] ?? rendererUrl;
  const article = `${base}#/article/${encodeURIComponent(link.articleId)}`;
  return link.annotationId === null
    ? article
    : `${article}/annotation/${encodeURIComponent(link.annotationId)}`;
}
