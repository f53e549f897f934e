import type { Annotation, Creator } from '../../shared/model/annotation';
import type { Reply } from '../../shared/model/group';
import { placeTarget, type Placement } from '../annotations/placeAnnotations';
import type { Received } from './groupState';

interface Indexes {
  byArticle: Map<string, Annotation[]>;
  repliesTo: Map<string, Reply[]>;
}

const NONE: readonly Annotation[] = [];

/**
 * Lookups over what was received, built once per received state, and where each received
 * annotation lands on this machine's text, kept per annotation while that text is unchanged.
 * A change to received.json keeps its unchanged items (see copyReceived), so after a refresh only
 * the new highlights are placed again: opening an article with thousands of group highlights
 * costs lookups, not re-anchoring.
 */
export class ReceivedIndex {
  private readonly indexes = new WeakMap<Received, Indexes>();
  private readonly placements = new WeakMap<
    Annotation,
    { text: string | undefined; placement: Placement }
  >();

  /** Every received annotation on one article, in the order they were received. */
  annotationsOn(received: Received, articleId: string): readonly Annotation[] {
    return this.indexOf(received).byArticle.get(articleId) ?? NONE;
  }

  /** Received replies by the annotation they answer, oldest first, each with its author's current name. */
  repliesTo(received: Received): ReadonlyMap<string, readonly Reply[]> {
    return this.indexOf(received).repliesTo;
  }

  /** Where `annotation` lands on `text` (undefined when its article is not in this library). */
  place(annotation: Annotation, text: string | undefined): Placement {
    const known = this.placements.get(annotation);
    if (known && known.text === text) return known.placement;
    const placement = placeTarget(text, annotation.target);
    this.placements.set(annotation, { text, placement });
    return placement;
  }

  private indexOf(received: Received): Indexes {
    let indexes = this.indexes.get(received);
    if (!indexes) {
      indexes = { byArticle: new Map(), repliesTo: new Map() };
      for (const annotation of received.annotations) {
        const list = indexes.byArticle.get(annotation.articleId);
        if (list) list.push(annotation);
        else indexes.byArticle.set(annotation.articleId, [annotation]);
      }
      for (const reply of sortReplies(received.replies)) {
        const named = { ...reply, creator: currentName(reply.creator, received) };
        const list = indexes.repliesTo.get(reply.annotationId);
        if (list) list.push(named);
        else indexes.repliesTo.set(reply.annotationId, [named]);
      }
      this.indexes.set(received, indexes);
    }
    return indexes;
  }
}

/** A member's current name: the one in their newest file, else the one written on the item. */
export function currentName(creator: Creator, received: Received): Creator {
  return { id: creator.id, name: received.members[creator.id]?.name ?? creator.name };
}

/** Replies oldest first (ties by id), so threads read in the order they were written. */
export function sortReplies<R extends Reply>(replies: readonly R[]): R[] {
  return replies
    .map((reply) => ({ reply, time: Date.parse(reply.created) }))
    .sort((a, b) => a.time - b.time || (a.reply.id < b.reply.id ? -1 : 1))
    .map(({ reply }) => reply);
}
