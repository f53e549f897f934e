import type { Annotation } from '../../shared/model/annotation';
import type { Sharing } from '../../shared/model/group';
import { articleFingerprint } from './articleFingerprint';
import type { GroupContext } from './groupContext';
import type { Membership, Received } from './groupState';
import type { MemberContent } from './memberFile';

/** Sharing of an own annotation: the member's explicit choice, else the default. */
export function sharingOf(membership: Membership, id: string): Sharing {
  return membership.sharing[id] ?? membership.defaultSharing;
}

/**
 * This member's shared annotations and the replies the group can see, with today's name: what
 * their member file holds, which status counts too.
 */
export function ownContent(
  context: GroupContext,
  membership: Membership,
  received: Received,
): Omit<MemberContent, 'tombstones'> {
  const me = context.me();
  const annotations: Annotation[] = context.options.store
    .read()
    .annotations.filter((a) => a.creator.id === me.id && sharingOf(membership, a.id) === 'shared')
    .map((a) => ({ ...a, creator: me }));
  const visible = new Set([
    ...annotations.map((a) => a.id),
    ...received.annotations.map((a) => a.id),
  ]);
  const replies = membership.replies
    .filter((r) => visible.has(r.annotationId))
    .map((r) => ({ ...r, creator: me }));
  const articles = [...new Set(annotations.map((a) => a.articleId))].flatMap((id) => {
    const text = context.options.library.get(id)?.text;
    return text === undefined ? [] : [{ id, fingerprint: articleFingerprint(text) }];
  });
  return { member: me, annotations, replies, articles };
}
