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
}
