import type { Creator } from '../../shared/model/annotation';
import { AppFailure } from '../appFailure';
import type { Store } from '../store/store';

/** The longest display name; it is shown beside every highlight and reply. */
export const MEMBER_NAME_MAX_CHARS = 60;

/** Checks a display name: trimmed, not empty, short, no control characters (they would garble terminals). */
export function checkMemberName(raw: string): string {
  const name = raw.normalize('NFC').trim();
  if (name === '') throw new AppFailure('invalid-payload', 'A display name cannot be empty.');
  if ([...name].length > MEMBER_NAME_MAX_CHARS) {
    throw new AppFailure(
      'invalid-payload',
      `A display name may hold at most ${MEMBER_NAME_MAX_CHARS} characters.`,
    );
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(name)) {
    throw new AppFailure('invalid-payload', 'A display name cannot hold control characters.');
  }
  return name;
}

/**
 * Renames the member and rewrites the name on every annotation they made, in one write, so every
 * list, export and backup shows the new name (group files are republished from the store).
 */
export async function setMemberName(store: Store, raw: string): Promise<Creator> {
  const name = checkMemberName(raw);
  return store.update((data) => {
    data.user = { ...data.user, name };
    for (const annotation of data.annotations) {
      if (annotation.creator.id === data.user.id) annotation.creator = { ...data.user };
    }
    return { ...data.user };
  });
}

// Controls, bidirectional marks, embeddings, overrides and isolates, line and paragraph separators,
// and invisible format characters that could hide or reorder a name.
const UNSAFE_IN_NAME =
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/**
 * A display name read from another member's file or a pack: untrusted, so control and
 * bidirectional characters go, runs of spaces become one, and a name longer than a member may set
 * is cut (with "…"). `problem` says what was changed, for Group status.
 */
export function cleanIncomingName(
  raw: string,
  memberId: string,
): { name: string; problem?: string } {
  const stripped = raw.normalize('NFC').replace(UNSAFE_IN_NAME, '');
  const name = stripped.replace(/\s+/g, ' ').trim();
  const chars = [...name];
  if (chars.length === 0) {
    return {
      name: `Member ${[...memberId].slice(0, 8).join('')}`,
      problem: 'the member has no usable display name; shown by their id.',
    };
  }
  if (chars.length > MEMBER_NAME_MAX_CHARS) {
    return {
      name: `${chars.slice(0, MEMBER_NAME_MAX_CHARS - 1).join('')}…`,
      problem: `the member's display name is longer than ${MEMBER_NAME_MAX_CHARS} characters; it was shortened.`,
    };
  }
  return stripped === raw.normalize('NFC')
    ? { name }
    : { name, problem: "control or bidirectional characters were removed from the member's name." };
}
