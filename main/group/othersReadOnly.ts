import { AppFailure } from '../appFailure';
import type { GroupContext } from './groupContext';
import type { Received } from './groupState';

/** True when `id` is another member's annotation or reply, received from the group. */
export function isOthers(id: string, received: Received): boolean {
  return received.annotations.some((a) => a.id === id) || received.replies.some((r) => r.id === id);
}

/** The failure for changing another member's highlight, pointing to what the member can do. */
export const readOnly = () =>
  new AppFailure(
    'forbidden',
    'That highlight belongs to another member of your study group; only they can change or delete it. Reply to it instead.',
  );

/** Fails when `id` is another member's annotation, which this member may read but not change. */
export async function refuseOthers(context: GroupContext, id: string): Promise<void> {
  if (context.options.store.read().annotations.some((a) => a.id === id)) return;
  if (isOthers(id, await context.files.readReceived())) throw readOnly();
}
