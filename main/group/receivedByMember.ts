import type { Annotation } from '../../shared/model/annotation';
import type { Received } from './groupState';

/** What one member sent that is held here: their annotations, in the order received, and how many replies. */
export interface MemberItems {
  annotations: Annotation[];
  replies: number;
}

/**
 * Received annotations and replies grouped by who wrote them, in one pass over each list, so the
 * group status counts every member without filtering all received items once per member.
 */
export function receivedByMember(received: Received): Map<string, MemberItems> {
  const byMember = new Map<string, MemberItems>();
  const itemsOf = (id: string) => {
    let items = byMember.get(id);
    if (!items) {
      items = { annotations: [], replies: 0 };
      byMember.set(id, items);
    }
    return items;
  };
  for (const annotation of received.annotations)
    itemsOf(annotation.creator.id).annotations.push(annotation);
  for (const reply of received.replies) itemsOf(reply.creator.id).replies += 1;
  return byMember;
}
