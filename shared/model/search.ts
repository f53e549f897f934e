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

/** A match in the user's own words: a highlight's quote or note. */
export interface NoteHit {
  annotationId: string;
  articleId: string;
  title: string;
  score: number;
  /** Which text matched; the snippet is cut from it. */
  field: 'note' | 'quote';
  snippet: Snippet;
}

/** Whether the index is ready; the library shows before it is, and search says "indexing…". */
export interface SearchStatus {
  ready: boolean;
  indexedArticles: number;
  totalArticles: number;
}
