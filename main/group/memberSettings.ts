import type { Member, Sharing } from '../../shared/model/group';
import { AppFailure } from '../appFailure';
import type { GroupContext } from './groupContext';
import { setMemberName } from './memberName';
import { isOthers, readOnly } from './othersReadOnly';

/** This member as the group sees them: id, name, folder and what new highlights share by default. */
export async function whoami(context: GroupContext): Promise<Member> {
  const membership = await context.files.readMembership();
  return {
    ...context.me(),
    groupFolder: membership.folder,
    defaultSharing: membership.defaultSharing,
  };
}

/** Renames this member; the group sees the new name at the next publish. */
export async function setName(context: GroupContext, name: string): Promise<Member> {
  await setMemberName(context.options.store, name);
  context.publishSoon();
  return whoami(context);
}

/** Whether highlights without a choice of their own are shared or "only me". */
export async function setDefaultSharing(context: GroupContext, sharing: Sharing): Promise<Member> {
  await context.files.updateMembership((membership) => {
    membership.defaultSharing = sharing;
  });
  context.publishSoon();
  return whoami(context);
}

/** Marks one of the member's own annotations shared or "only me". */
export async function setSharing(
  context: GroupContext,
  annotationId: string,
  sharing: Sharing,
): Promise<{ id: string; sharing: Sharing }> {
  const own = context.options.store.read().annotations.find((a) => a.id === annotationId);
  if (!own) {
    throw isOthers(annotationId, await context.files.readReceived())
      ? readOnly()
      : new AppFailure('not-found', `No highlight with id "${annotationId}".`);
  }
  await context.files.updateMembership((membership) => {
    membership.sharing[annotationId] = sharing;
  });
  context.publishSoon();
  return { id: annotationId, sharing };
}
