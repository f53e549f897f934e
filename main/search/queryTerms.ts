import { foldForMatch } from './fold';
import { tokenize } from './tokenize';

/**
 * Longest query considered, in UTF-16 units; the rest is ignored. Keeps a pasted page of text
 * from turning into thousands of terms.
 */
export const MAX_QUERY_LENGTH = 256;

/** Cuts a query to MAX_QUERY_LENGTH without leaving half a surrogate pair at the end. */
export function capQuery(query: string): string {
  if (query.length <= MAX_QUERY_LENGTH) return query;
  const cut = query.slice(0, MAX_QUERY_LENGTH);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/**
 * Parses a query into the folded terms that must all occur (folded as text is, see foldForMatch): whitespace separates terms and
 * `"quoted phrase"` keeps its spaces. Terms without a searchable character (only punctuation or
 * emoji) are dropped, as are repeats.
 */
export function parseQuery(query: string): string[] {
  const folded = foldForMatch(capQuery(query)).text;
  const raw: string[] = [];
  const pattern = /"([^"]*)"?|[^\s"]+/g;
  for (const m of folded.matchAll(pattern)) {
    raw.push(m[1] !== undefined ? m[1].trim().replace(/\s+/g, ' ') : m[0]);
  }
  const terms: string[] = [];
  for (const term of raw) {
    if (term !== '' && !terms.includes(term) && tokenize(term).length > 0) terms.push(term);
  }
  return terms;
}
