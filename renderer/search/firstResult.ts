import type { NoteHit, SearchHit } from '../../shared/model/search';
import type { Route } from '../app/route';

/** Where Enter in the search box goes: the first article result at its match, else the first note. */
export function firstResultRoute(
  hits: readonly SearchHit[],
  notes: readonly NoteHit[],
  query: string,
): Route | null {
  const [hit] = hits;
  if (hit) return { view: 'article', id: hit.articleId, hit: hit.match, query };
  const [note] = notes;
  if (note) return { view: 'article', id: note.articleId, hit: null, note: note.annotationId };
  return null;
}
