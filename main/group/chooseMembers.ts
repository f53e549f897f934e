import type { GroupNote } from '../../shared/model/group';

/**
 * Whose highlights a group export or pack covers: this member's, everyone's, or the listed
 * members' (member ids, or `me` for this member's own).
 */
export type MemberChoice = 'me' | 'all' | readonly string[];

/** The notes by the chosen members; a highlight keeps every reply, whoever wrote it. */
export function chooseMembers(notes: readonly GroupNote[], members: MemberChoice): GroupNote[] {
  if (members === 'all') return [...notes];
  if (members === 'me') return notes.filter((n) => n.mine);
  const chosen = new Set(members);
  const mine = chosen.has('me');
  return notes.filter((n) => (mine && n.mine) || chosen.has(n.creator.id));
}
