import type { Article, ArticleSummary } from '../../shared/model/article';
import { countVisibleChars, cutText } from './text';

const FIRST_LINE_MAX_CHARS = 60;

/** The loaded articles, in corpus order, looked up by id for the library list and the reader. */
export class Library {
  private readonly byId = new Map<string, Article>();

  constructor(private readonly articles: readonly Article[]) {
    for (const article of articles) {
      if (this.byId.has(article.id)) throw new Error(`Two articles share the id "${article.id}"`);
      this.byId.set(article.id, article);
    }
  }

  list(): Article[] {
    return [...this.articles];
  }

  get(id: string): Article | undefined {
    return this.byId.get(id);
  }
}

/** What the library list shows for an article, with `progress` (0..1) from the saved reading position. */
export function summarize(article: Article, progress = 0): ArticleSummary {
  const paragraphs = article.blocks.filter((block) => block.kind === 'paragraph');
  const lead = paragraphs[0] ?? article.blocks[0];
  const leadText = lead ? article.text.slice(lead.start, lead.end) : '';
  return {
    id: article.id,
    title: article.title,
    source: article.source,
    firstLine: cutText(leadText, FIRST_LINE_MAX_CHARS),
    chars: countVisibleChars(article.text),
    paragraphs: paragraphs.length,
    progress: Number.isFinite(progress) ? Math.min(1, Math.max(0, progress)) : 0,
  };
}
