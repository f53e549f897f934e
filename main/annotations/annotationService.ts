import { randomUUID } from 'node:crypto';
import { NOTE_MAX_CHARS } from '../../shared/limits';
import type {
  Annotation,
  ForeignImport,
  HighlightColor,
  PlacedAnnotation,
} from '../../shared/model/annotation';
import { AppFailure } from '../appFailure';
import type { Library } from '../library/library';
import type { Store } from '../store/store';
import { createTarget } from './anchor';
import { placeForeign, type ForeignAnnotation } from './foreignAnnotations';
import { clampAnnotationTimes } from './clampTimes';
import { PlacementCache, reanchorAnnotations, sameTarget } from './placeAnnotations';
import { sortInReadingOrder } from './readingOrder';

export interface NewAnnotation {
  articleId: string;
  start: number;
  end: number;
  color: HighlightColor;
  note?: string;
}

/** What re-anchoring at open did, for logs and the benchmark. */
export interface ReanchorSummary {
  total: number;
  moved: number;
  orphaned: number;
}

/** Highlights and notes: the rules (anchoring, ownership, ordering) on top of the raw store. */
export class AnnotationService {
  private readonly placements: PlacementCache;

  constructor(
    private readonly store: Store,
    private readonly library: Library,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.placements = new PlacementCache((articleId) => this.library.get(articleId)?.text);
  }

  /**
   * Re-finds every stored highlight in the current texts and saves the ones that moved in one write
   * (`modified` untouched: the user changed nothing). Orphans stay in the store exactly as they were.
   */
  async reanchorAll(): Promise<ReanchorSummary> {
    const annotations = this.store.read().annotations;
    const { placements, moved, orphaned } = reanchorAnnotations(
      annotations,
      (articleId) => this.library.get(articleId)?.text,
    );
    for (const annotation of annotations) {
      this.placements.remember(annotation, placements.get(annotation.id)!);
    }
    if (moved.size > 0) {
      const before = new Map(annotations.map((a) => [a.id, a.target] as const));
      await this.store.update((data) => {
        for (const annotation of data.annotations) {
          const target = moved.get(annotation.id);
          const old = before.get(annotation.id);
          // Only where the stored target is still the one that was placed (no write raced this).
          if (target && old && sameTarget(annotation.target, old)) annotation.target = target;
        }
      });
    }
    return { total: annotations.length, moved: moved.size, orphaned };
  }

  list(articleId?: string): PlacedAnnotation[] {
    if (articleId !== undefined) this.requireArticle(articleId);
    const all = this.store.read().annotations;
    const chosen = articleId === undefined ? all : all.filter((a) => a.articleId === articleId);
    return sortInReadingOrder(
      chosen.map((a) => this.placed(a)),
      this.library.list().map((article) => article.id),
    );
  }

  async create(input: NewAnnotation): Promise<PlacedAnnotation> {
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
    return this.placed(annotation);
  }

  /**
   * Adds highlights read from another tool's file to an article, as this user's own: each placed
   * by its quote and context on this article's text. One already here (same place and note) is
   * not added again, so importing a file twice changes nothing.
   */
  async importForeign(
    articleId: string,
    found: readonly ForeignAnnotation[],
    color: HighlightColor,
  ): Promise<ForeignImport> {
    const article = this.requireArticle(articleId);
    const stamp = this.now().toISOString();
    const user = this.store.read().user;
    const key = (start: number, end: number, note: string) => `${start}:${end}:${note}`;
    const here = new Set(
      this.store
        .read()
        .annotations.filter((a) => a.articleId === article.id)
        .map((a) => key(a.target.position.start, a.target.position.end, a.note)),
    );
    const added: Annotation[] = [];
    const skipped: ForeignImport['skipped'] = [];
    let alreadyHere = 0;
    for (const foreign of found) {
      const note = foreign.note.trim();
      if (note.length > NOTE_MAX_CHARS) {
        skipped.push({
          quote: foreign.quote.exact,
          reason: `its note is longer than ${NOTE_MAX_CHARS.toLocaleString('en')} characters.`,
        });
        continue;
      }
      const range = placeForeign(article.text, foreign);
      const target = range && targetOrNull(article.text, range.start, range.end);
      if (!target) {
        skipped.push({
          quote: foreign.quote.exact,
          reason: `its quote is not in "${article.title}".`,
        });
        continue;
      }
      if (here.has(key(range.start, range.end, note))) {
        alreadyHere += 1;
        continue;
      }
      here.add(key(range.start, range.end, note));
      added.push({
        id: randomUUID(),
        articleId: article.id,
        creator: user,
        created: stamp,
        modified: stamp,
        color,
        note,
        target,
      });
    }
    if (added.length > 0)
      await this.store.update((data) => {
        data.annotations.push(...added);
      });
    return { imported: added.length, alreadyHere, skipped };
  }

  async update(
    id: string,
    changes: { color?: HighlightColor; note?: string },
  ): Promise<PlacedAnnotation> {
    this.requireAnnotation(id);
    const modified = this.now().toISOString();
    const updated = await this.store.update((data) => {
      const annotation = data.annotations.find((a) => a.id === id);
      if (!annotation) throw notFound(id);
      if (changes.color !== undefined) annotation.color = changes.color;
      if (changes.note !== undefined) annotation.note = changes.note;
      annotation.modified = modified;
      return structuredClone(annotation);
    });
    return this.placed(updated);
  }

  async delete(id: string): Promise<{ id: string }> {
    this.requireAnnotation(id);
    await this.store.update((data) => {
      data.annotations = data.annotations.filter((a) => a.id !== id);
    });
    this.placements.forget(id);
    return { id };
  }

  /** Attaches a highlight (typically an orphan) to a new selection in its article. */
  async reattach(id: string, start: number, end: number): Promise<PlacedAnnotation> {
    const existing = this.requireAnnotation(id);
    const article = this.library.get(existing.articleId);
    if (!article) {
      throw new AppFailure(
        'not-found',
        `The article "${existing.articleId}" of this highlight is no longer in the library, so it cannot be re-attached there.`,
      );
    }
    const target = createTarget(article.text, start, end);
    const modified = this.now().toISOString();
    const updated = await this.store.update((data) => {
      const annotation = data.annotations.find((a) => a.id === id);
      if (!annotation) throw notFound(id);
      annotation.target = target;
      annotation.modified = modified;
      return structuredClone(annotation);
    });
    return this.placed(updated);
  }

  /**
   * Puts a deleted annotation back exactly as it was (id, dates, creator, note), to undo a delete;
   * only a date in the future is brought back to now (see clampAnnotationTimes).
   * If its text moved meanwhile it is stored at its new place; if the text is gone it returns as an orphan.
   */
  async restore(annotation: Annotation): Promise<PlacedAnnotation> {
    this.requireArticle(annotation.articleId);
    if (this.store.read().annotations.some((a) => a.id === annotation.id)) {
      throw alreadyExists(annotation.id);
    }
    const placement = this.placements.place(annotation);
    const restored: Annotation = {
      ...structuredClone(clampAnnotationTimes(annotation, this.now())),
      target: placement.target,
    };
    await this.store.update((data) => {
      if (data.annotations.some((a) => a.id === annotation.id)) throw alreadyExists(annotation.id);
      data.annotations.push(restored);
    });
    return this.placed(restored);
  }

  private placed(annotation: Annotation): PlacedAnnotation {
    const { state, target } = this.placements.place(annotation);
    return { ...annotation, target, state };
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

const alreadyExists = (id: string) =>
  new AppFailure(
    'invalid-payload',
    `A highlight with id "${id}" already exists; nothing was restored.`,
  );

/** The stored target for a range, or null where no highlight can sit (only whitespace). */
function targetOrNull(text: string, start: number, end: number) {
  try {
    return createTarget(text, start, end);
  } catch {
    return null;
  }
}
