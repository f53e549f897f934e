import type { GroupNote, Reply } from '../../shared/model/group';
import { sortInReadingOrder } from '../annotations/readingOrder';
import type { GroupContext } from './groupContext';
import type { Membership, Received } from './groupState';
import { sharingOf } from './ownContent';
import { currentName, sortReplies } from './receivedIndex';

/** Which members' annotations a list or pack covers: this member, everyone, or one member id. */
export type MemberFilter = 'me' | 'all' | string;

/**
 * Every annotation this member can see, placed on this machine's texts, with names and replies:
 * what the notes list, the group layer on an article and the exports are made from.
 */
export async function readGroupNotes(
  context: GroupContext,
  articleId: string | undefined,
  member: MemberFilter,
): Promise<GroupNote[]> {
  const { options } = context;
  const membership = await context.files.readMembership();
  const received = await context.files.readReceived();
  const me = context.me();
  const wantsMe = member === 'me' || member === 'all' || member === me.id;
  const wantsOthers = (id: string) => member === 'all' || member === id;
  const repliesOf = repliesByAnnotation(context, membership, received);
  const notes: GroupNote[] = [];
  if (wantsMe) {
    for (const placed of options.annotations.list(articleId)) {
      notes.push({
        ...placed,
        creator: placed.creator.id === me.id ? me : placed.creator,
        mine: true,
        sharing: sharingOf(membership, placed.id),
        replies: repliesOf(placed.id),
      });
    }
  }
  const theirs =
    articleId === undefined
      ? received.annotations
      : context.received.annotationsOn(received, articleId);
  for (const annotation of theirs) {
    if (!wantsOthers(annotation.creator.id)) continue;
    const placement = context.received.place(
      annotation,
      options.library.get(annotation.articleId)?.text,
    );
    // Spelled out rather than spread: thousands of these are built per article opened.
    notes.push({
      id: annotation.id,
      articleId: annotation.articleId,
      creator: currentName(annotation.creator, received),
      created: annotation.created,
      modified: annotation.modified,
      color: annotation.color,
      note: annotation.note,
      target: placement.target,
      state: placement.state,
      mine: false,
      replies: repliesOf(annotation.id),
    });
  }
  return sortInReadingOrder(
    notes,
    options.library.list().map((a) => a.id),
  );
}

/** Each annotation's replies: this member's own (few) merged into the indexed received ones. */
function repliesByAnnotation(
  context: GroupContext,
  membership: Membership,
  received: Received,
): (annotationId: string) => Reply[] {
  const me = context.me();
  const own = new Map<string, Reply[]>();
  for (const reply of membership.replies) {
    const list = own.get(reply.annotationId) ?? [];
    list.push({ ...reply, creator: me });
    own.set(reply.annotationId, list);
  }
  const theirs = context.received.repliesTo(received);
  return (annotationId) => {
    const mine = own.get(annotationId);
    const others = theirs.get(annotationId) ?? [];
    return mine ? sortReplies([...mine, ...others]) : [...others];
  };
}
