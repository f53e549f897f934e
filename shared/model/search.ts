/** A snippet of article text with the query matches marked as [start, end) offsets into `text`. */
export interface Snippet {
  text: string;
  marks: Array<[number, number]>;
}

export interface SearchHit {
  articleId: string;
  title: string;
  score: number;
  snippet: Snippet;
  /** Canonical-text offset of the first match, so the reader can scroll to it and mark it. */
  match: { start: number; end: number } | null;
  /** How many times the query's terms occur in the article (title excluded), shown beside the result. */
  hits: number;
}

import type { Creator } from './annotation';

/** A match in a highlight's quote or note, or in a study-group reply to it. */
export interface NoteHit {
  annotationId: string;
  articleId: string;
  title: string;
  score: number;
  /** Which text matched; the snippet is cut from it. A reply hit opens the highlight replied to. */
  field: 'note' | 'quote' | 'reply';
  /** Whose words matched, when they are another study-group member's. */
  creator?: Creator;
  snippet: Snippet;
}

/** Whether the index is ready; the library shows before it is, and search says "indexing…". */
export interface SearchStatus {
  ready: boolean;
  indexedArticles: number;
  totalArticles: number;
}
