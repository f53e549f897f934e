import { randomUUID } from 'node:crypto';
import type { Reply, Tombstone } from '../../shared/model/group';
import { AppFailure } from '../appFailure';
import type { GroupContext } from './groupContext';
import { emptyReceived, type Membership } from './groupState';
import { mergeReceived } from './mergeReceived';

/** A reply by this member to any annotation they can see. */
export async function addReply(
  context: GroupContext,
  annotationId: string,
  text: string,
): Promise<Reply> {
  const received = await context.files.readReceived();
  const visible =
    context.options.store.read().annotations.some((a) => a.id === annotationId) ||
    received.annotations.some((a) => a.id === annotationId);
  if (!visible)
    throw new AppFailure('not-found', `No highlight with id "${annotationId}" to reply to.`);
  const stamp = context.options.now().toISOString();
  const reply: Reply = {
    id: randomUUID(),
    annotationId,
    creator: context.me(),
    created: stamp,
    modified: stamp,
    text,
  };
  await context.files.updateMembership((membership) => {
    membership.replies.push(reply);
  });
  context.publishSoon();
  return reply;
}

/** Changes the text of one of this member's own replies; the group sees it at the next publish. */
export async function editReply(
  context: GroupContext,
  replyId: string,
  text: string,
): Promise<Reply> {
  const membership = await context.files.readMembership();
  const own = await ownReply(context, membership, replyId);
  own.text = text;
  own.modified = context.options.now().toISOString();
  await context.files.writeMembership(membership);
  context.publishSoon();
  return { ...own, creator: context.me() };
}

/** Deletes one of this member's own replies; publishing leaves a tombstone so copies elsewhere go too. */
export async function deleteReply(context: GroupContext, replyId: string): Promise<{ id: string }> {
  const membership = await context.files.readMembership();
  await ownReply(context, membership, replyId);
  membership.replies = membership.replies.filter((r) => r.id !== replyId);
  await context.files.writeMembership(membership);
  context.publishSoon();
  return { id: replyId };
}

/** This member's replies and tombstones, for the full backup. */
export async function ownReplies(
  context: GroupContext,
): Promise<{ replies: Reply[]; tombstones: Tombstone[] }> {
  const { replies, tombstones } = await context.files.readMembership();
  return { replies, tombstones };
}

/**
 * Restores replies and tombstones from a backup: by id, the newer change winning, a tombstone
 * removing a reply it outdates. Answers how many replies were added or updated.
 */
export async function restoreReplies(
  context: GroupContext,
  replies: readonly Reply[],
  tombstones: readonly Tombstone[],
): Promise<number> {
  if (replies.length === 0 && tombstones.length === 0) return 0;
  const changed = await context.files.updateMembership((membership) => {
    const merged = {
      ...emptyReceived(),
      replies: membership.replies,
      tombstones: membership.tombstones,
    };
    const summary = mergeReceived(merged, { annotations: [], replies, tombstones });
    const count = summary.replies.new + summary.replies.updated;
    const tombstonesChanged = merged.tombstones.length !== membership.tombstones.length;
    if (count === 0 && summary.replies.deleted === 0 && !tombstonesChanged) return false;
    membership.replies = merged.replies;
    membership.tombstones = merged.tombstones;
    return count;
  });
  if (changed !== false) context.publishSoon();
  return changed === false ? 0 : changed;
}

/** One of this member's own replies, or why it cannot be changed: another member's, or none. */
async function ownReply(
  context: GroupContext,
  membership: Membership,
  replyId: string,
): Promise<Reply> {
  const own = membership.replies.find((r) => r.id === replyId);
  if (own) return own;
  const received = await context.files.readReceived();
  if (received.replies.some((r) => r.id === replyId)) {
    throw new AppFailure(
      'forbidden',
      'That reply belongs to another member of your study group; only they can change or delete it.',
    );
  }
  throw new AppFailure('not-found', `No reply with id "${replyId}".`);
}
