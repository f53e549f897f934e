import { createHash } from 'node:crypto';
import type { Article, ArticleOrigin, ArticleSummary } from '../../shared/model/article';
import { AppFailure } from '../appFailure';
import { countVisibleChars, cutText, normalizeWhitespace } from './text';

const FIRST_LINE_MAX_CHARS = 60;

/** An article the user brought: stored in the data folder, listed after the bundled ones. */
export interface ImportedArticle extends Article {
  /** ISO 8601 time of the import, shown to the user and used to order the list. */
  importedAt: string;
  /** Increases with every imported article, so articles of one import keep their file order. */
  sequence: number;
}

/** A key for "the same text" that ignores layout, hashed so a large library keeps only 32 bytes each. */
export function textKey(text: string): string {
  return createHash('sha256').update(normalizeWhitespace(text), 'utf8').digest('base64');
}

/**
 * The articles the app shows: the bundled ones in corpus order, then the user's imported ones in
 * the order they were imported. Looks articles up by id and by text, so imports never add twice.
 */
export class Library {
  private readonly byId = new Map<string, Article>();
  private readonly idByText = new Map<string, string>();
  private readonly bundledIds = new Set<string>();
  private readonly imported = new Map<string, ImportedArticle>();
  private lastSequence = 0;

  constructor(private readonly bundled: readonly Article[]) {
    for (const article of bundled) {
      if (this.byId.has(article.id)) throw new Error(`Two articles share the id "${article.id}"`);
      this.byId.set(article.id, article);
      this.bundledIds.add(article.id);
      const key = textKey(article.text);
      if (!this.idByText.has(key)) this.idByText.set(key, article.id);
    }
  }

  list(): Article[] {
    return [...this.bundled, ...[...this.imported.keys()].map((id) => this.byId.get(id)!)];
  }

  get(id: string): Article | undefined {
    return this.byId.get(id);
  }

  origin(id: string): ArticleOrigin | undefined {
    if (this.bundledIds.has(id)) return 'bundled';
    return this.imported.has(id) ? 'imported' : undefined;
  }

  /** The article whose text equals this one apart from layout, if the library has one. */
  findByText(text: string): Article | undefined {
    const id = this.idByText.get(textKey(text));
    return id === undefined ? undefined : this.get(id);
  }

  /** The article whose `textKey` is this one (the import worker computes keys off this thread). */
  findByTextKey(key: string): Article | undefined {
    const id = this.idByText.get(key);
    return id === undefined ? undefined : this.get(id);
  }

  /** The sequence number the next imported article should carry. */
  nextSequence(): number {
    return this.lastSequence + 1;
  }

  /**
   * Adds an imported article at its place in import order. Throws if its id or its text is
   * already in the library; callers check `get` and `findByText` first to report why.
   */
  addImported(article: ImportedArticle, key: string = textKey(article.text)): void {
    if (this.byId.has(article.id)) throw new Error(`Two articles share the id "${article.id}"`);
    if (this.idByText.has(key)) {
      throw new Error(`Article "${article.id}" repeats the text of "${this.idByText.get(key)}"`);
    }
    this.byId.set(article.id, plainArticle(article));
    this.idByText.set(key, article.id);
    this.imported.set(article.id, article);
    if (article.sequence < this.lastSequence) this.reorderImported();
    this.lastSequence = Math.max(this.lastSequence, article.sequence);
  }

  /** Checks that an article may be removed: it exists and the user imported it. */
  requireImported(id: string): ImportedArticle {
    const imported = this.imported.get(id);
    if (imported) return imported;
    const bundled = this.byId.get(id);
    if (bundled) {
      throw new AppFailure(
        'forbidden',
        `"${bundled.title}" comes with Yuedu and cannot be removed; only imported articles can.`,
      );
    }
    throw new AppFailure('not-found', `No article with id "${id}".`);
  }

  /** Forgets an imported article (its file is the caller's business). */
  removeImported(id: string): ImportedArticle {
    const article = this.requireImported(id);
    this.imported.delete(id);
    this.byId.delete(id);
    this.idByText.delete(textKey(article.text));
    return article;
  }

  private reorderImported(): void {
    const ordered = [...this.imported.values()].sort((a, b) => a.sequence - b.sequence);
    this.imported.clear();
    for (const article of ordered) this.imported.set(article.id, article);
  }
}

/** The contract's Article, without the bookkeeping fields an imported article carries on disk. */
function plainArticle(article: Article): Article {
  const { id, title, source, text, blocks } = article;
  return { id, title, source, text, blocks };
}

// What a summary derives from an article's text, worked out once per article: every library list
// summarises every article, and an imported one may hold millions of characters.
const derived = new WeakMap<Article, { firstLine: string; chars: number; paragraphs: number }>();

function derive(article: Article) {
  let known = derived.get(article);
  if (known === undefined) {
    const paragraphs = article.blocks.filter((block) => block.kind === 'paragraph');
    const lead = paragraphs[0] ?? article.blocks[0];
    const leadText = lead ? article.text.slice(lead.start, lead.end) : '';
    known = {
      firstLine: cutText(leadText, FIRST_LINE_MAX_CHARS),
      chars: countVisibleChars(article.text),
      paragraphs: paragraphs.length,
    };
    derived.set(article, known);
  }
  return known;
}

/** What the library list shows for an article, with `progress` (0..1) from the saved reading position. */
export function summarize(
  article: Article,
  origin: ArticleOrigin,
  progress = 0,
  highlights = 0,
): ArticleSummary {
  const { firstLine, chars, paragraphs } = derive(article);
  return {
    id: article.id,
    title: article.title,
    source: article.source,
    firstLine,
    chars,
    blocks: article.blocks.length,
    paragraphs,
    progress: Number.isFinite(progress) ? Math.min(1, Math.max(0, progress)) : 0,
    highlights,
    origin,
  };
}
