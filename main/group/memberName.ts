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
