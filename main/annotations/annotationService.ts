import { randomUUID } from 'node:crypto';
import type { Annotation, HighlightColor } from '../../shared/model/annotation';
import { AppFailure } from '../api/failure';
import type { Library } from '../library/library';
import type { Store } from '../store/store';
import { createTarget } from './anchor';
import { sortInReadingOrder } from './readingOrder';

export interface NewAnnotation {
  articleId: string;
  start: number;
  end: number;
  color: HighlightColor;
  note?: string;
}

/** Highlights and notes: the rules (anchoring, ownership, ordering) on top of the raw store. */
export class AnnotationService {
  constructor(
    private readonly store: Store,
    private readonly library: Library,
    private readonly now: () => Date = () => new Date(),
  ) {}

  list(articleId?: string): Annotation[] {
    if (articleId !== undefined) this.requireArticle(articleId);
    const all = this.store.read().annotations;
    const chosen = articleId === undefined ? all : all.filter((a) => a.articleId === articleId);
    return sortInReadingOrder(
      chosen,
      this.library.list().map((article) => article.id),
    );
  }

  async create(input: NewAnnotation): Promise<Annotation> {
    const article = this.requireArticle(input.articleId);
    const target = createTarget(article.text, input.start, input.end);
    const stamp = this.now().toISOString();
    const annotation: Annotation = {
      id: randomUUID(),
      articleId: article.id,
      creator: this.store.read().user,
      created: stamp,
      modified: stamp,
      color: input.color,
      note: input.note ?? '',
      target,
    };
    await this.store.update((data) => {
      data.annotations.push(annotation);
    });
    return annotation;
  }

  async update(
    id: string,
    changes: { color?: HighlightColor; note?: string },
  ): Promise<Annotation> {
    this.requireAnnotation(id);
    const modified = this.now().toISOString();
    return this.store.update((data) => {
      const annotation = data.annotations.find((a) => a.id === id);
      if (!annotation) throw notFound(id);
      if (changes.color !== undefined) annotation.color = changes.color;
      if (changes.note !== undefined) annotation.note = changes.note;
      annotation.modified = modified;
      return structuredClone(annotation);
    });
  }

  async delete(id: string): Promise<{ id: string }> {
    this.requireAnnotation(id);
    await this.store.update((data) => {
      data.annotations = data.annotations.filter((a) => a.id !== id);
    });
    return { id };
  }

  private requireArticle(articleId: string) {
    const article = this.library.get(articleId);
    if (!article) throw new AppFailure('not-found', `No article with id "${articleId}".`);
    return article;
  }

  private requireAnnotation(id: string): Annotation {
    const annotation = this.store.read().annotations.find((a) => a.id === id);
    if (!annotation) throw notFound(id);
    return annotation;
  }
}

const notFound = (id: string) =>
  new AppFailure('not-found', `No highlight with id "${id}"; it may have been deleted.`);
