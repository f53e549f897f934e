import { isDeepStrictEqual } from 'node:util';
import type { Annotation } from '../../shared/model/annotation';
import type { MergeCounts, Reply, Tombstone } from '../../shared/model/group';
import type { Received } from './groupState';

/** Items arriving from one member file or pack. */
export interface Incoming {
  annotations: readonly Annotation[];
  replies: readonly Reply[];
  tombstones: readonly Tombstone[];
}

export interface MergeSummary {
  annotations: MergeCounts;
  replies: MergeCounts;
}

const time = (iso: string) => Date.parse(iso);
const zero = (): MergeCounts => ({ new: 0, updated: 0, unchanged: 0, deleted: 0 });

/**
 * Merges items into what was received before, in place. By id: a new item is added; a differing
 * one replaces the old only when its `modified` is later; a tombstone removes any copy modified at
 * or before its deletion and keeps later-arriving older copies out. Merging the same items twice
 * changes nothing, whatever the order files were read in.
 */
export function mergeReceived(received: Received, incoming: Incoming): MergeSummary {
  const summary: MergeSummary = { annotations: zero(), replies: zero() };
  const tombstones = new Map(received.tombstones.map((t) => [t.id, t]));
  for (const tombstone of incoming.tombstones) {
    const known = tombstones.get(tombstone.id);
    if (!known || time(tombstone.deleted) > time(known.deleted)) {
      tombstones.set(tombstone.id, { ...tombstone });
    }
  }
  const deletedAfter = (id: string, modified: string) => {
    const tombstone = tombstones.get(id);
    return tombstone !== undefined && time(tombstone.deleted) >= time(modified);
  };

  const mergeKind = <T extends { id: string; modified: string }>(
    existing: T[],
    arriving: readonly T[],
    counts: MergeCounts,
  ): T[] => {
    const byId = new Map(existing.map((item) => [item.id, item]));
    for (const item of arriving) {
      const known = byId.get(item.id);
      if (deletedAfter(item.id, item.modified)) {
        counts.unchanged += 1;
      } else if (!known) {
        byId.set(item.id, structuredClone(item));
        counts.new += 1;
      } else if (!isDeepStrictEqual(known, item) && time(item.modified) > time(known.modified)) {
        byId.set(item.id, structuredClone(item));
        counts.updated += 1;
      } else {
        counts.unchanged += 1;
      }
    }
    const kept: T[] = [];
    for (const item of byId.values()) {
      if (deletedAfter(item.id, item.modified)) counts.deleted += 1;
      else kept.push(item);
    }
    return kept;
  };

  received.annotations = mergeKind(received.annotations, incoming.annotations, summary.annotations);
  received.replies = mergeKind(received.replies, incoming.replies, summary.replies);
  received.tombstones = [...tombstones.values()];
  return summary;
}

/** True when a merge added, changed or removed anything, so nothing needs writing otherwise. */
export function mergeChanged(summary: MergeSummary): boolean {
  return [summary.annotations, summary.replies].some(
    (c) => c.new > 0 || c.updated > 0 || c.deleted > 0,
  );
}
