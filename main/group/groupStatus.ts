import { join } from 'node:path';
import type { GroupFileNote, GroupStatus } from '../../shared/model/group';
import type { GroupContext } from './groupContext';
import type { Membership, Received } from './groupState';
import { memberFileName } from './memberFile';
import { ownContent } from './ownContent';
import { receivedByMember } from './receivedByMember';

/**
 * The group as it stands, for `group status` and the group panel: what this member publishes,
 * each other member with their counts, and every folder file that was skipped or needed care,
 * the last failure to publish among them.
 */
export function describeGroup(
  context: GroupContext,
  membership: Membership,
  received: Received,
  files: GroupFileNote[],
  lastPublishError: string | null,
): GroupStatus {
  const me = context.me();
  const content = ownContent(context, membership, received);
  const byMember = receivedByMember(received);
  const members = Object.entries(received.members).map(([id, { name, written }]) => {
    const theirs = byMember.get(id)?.annotations ?? [];
    const orphans = theirs.filter(
      (a) =>
        context.received.place(a, context.options.library.get(a.articleId)?.text).state ===
        'orphaned',
    ).length;
    return {
      id,
      name,
      file: memberFileName(id),
      written,
      annotations: theirs.length,
      replies: byMember.get(id)?.replies ?? 0,
      orphans,
    };
  });
  const notes = lastPublishError
    ? [
        ...files,
        {
          file: memberFileName(me.id),
          member: me.id,
          used: false,
          reason: lastPublishError,
        },
      ]
    : files;
  return {
    me,
    folder: membership.folder,
    memberFile: membership.folder === null ? null : join(membership.folder, memberFileName(me.id)),
    published: {
      annotations: content.annotations.length,
      replies: content.replies.length,
      tombstones: membership.tombstones.filter((t) => !membership.published.includes(t.id)).length,
    },
    members: members.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    files: notes,
  };
}
