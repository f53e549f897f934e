/** The structural roles the parser recognises; each renders differently in the reader. */
export type BlockKind = 'paragraph' | 'heading' | 'byline' | 'caption';

/**
 * One block of an article. `start`/`end` are UTF-16 offsets into the article's canonical `text`,
 * so highlights and search hits can be mapped onto blocks without touching the DOM.
 */
export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
}

/**
 * An article as the reader shows it. `text` is the canonical text: block texts joined by "\n",
 * with layout indentation removed. Every offset in the app (highlights, search hits, reading
 * position) refers to this string.
 */
export interface Article {
  id: string;
  title: string;
  source: string;
  text: string;
  blocks: Block[];
}

/** What the library list needs, without shipping every article's text. */
export interface ArticleSummary {
  id: string;
  title: string;
  source: string;
  firstLine: string;
  chars: number;
  /** Every block: headings, bylines, captions and paragraphs. */
  blocks: number;
  /** The blocks that are paragraphs. */
  paragraphs: number;
  /** Reading progress 0..1, from the saved reading position. */
  progress: number;
  /** How many highlights the user made in it (anchored or orphaned). */
  highlights: number;
  /** Bundled articles ship with the app; imported ones live in the data folder and can be removed. */
  origin: ArticleOrigin;
}

export type ArticleOrigin = 'bundled' | 'imported';
