import { stat } from 'node:fs/promises';
import { isDeepStrictEqual } from 'node:util';
import type { GroupFileNote } from '../../shared/model/group';
import { AppFailure } from '../appFailure';
import { errorCode } from '../files/errorCode';
import type { GroupContext } from './groupContext';
import { readGroupArticle } from './groupArticles';
import type { Membership, Received } from './groupState';
import type { ArticleRef } from './memberFile';
import { mergeChanged, mergeReceived } from './mergeReceived';
import { readGroupFolder, type MemberSource } from './readGroupFolder';

/** Refuses, with what to do, a group folder that is missing or not a folder, before joining it. */
export async function checkGroupFolder(folder: string): Promise<void> {
  let info;
  try {
    info = await stat(folder);
  } catch (error) {
    throw new AppFailure(
      'not-found',
      `The group folder ${folder} cannot be opened (${errorCode(error)}); create it (or let your sync tool create it) first.`,
    );
  }
  if (!info.isDirectory()) throw new AppFailure('invalid-payload', `${folder} is not a folder.`);
}

/** The folder this member shares with the group, or a failure saying how to join one. */
export function requireFolder(membership: Membership): string {
  if (membership.folder === null) {
    throw new AppFailure(
      'not-found',
      'This install is not in a study group; run "yuedu group use <folder>" first.',
    );
  }
  return membership.folder;
}

/** Reads the group folder (see readGroupFolder), a folder that cannot be listed failing in words a user can act on. */
export async function readSharedFolder(
  context: GroupContext,
  folder: string,
  known?: Received['files'],
) {
  try {
    return await readGroupFolder(folder, context.me().id, known);
  } catch (error) {
    throw new AppFailure(
      'storage',
      `The group folder ${folder} cannot be read (${errorCode(error)}); is it still there?`,
    );
  }
}

/**
 * Merges every member file in the folder that changed into what was received, and brings in the
 * articles they annotated that this library lacks. Answers the notes on the folder's files.
 */
export async function mergeGroupFolder(
  context: GroupContext,
  folder: string,
): Promise<GroupFileNote[]> {
  const { files } = context;
  // Files unchanged since they were merged are not parsed again.
  const reading = await readSharedFolder(context, folder, (await files.readReceived()).files);
  // Oldest first, so the newest file decides a member's name.
  const sources = [...reading.sources].sort(
    (a, b) => Date.parse(a.content.written) - Date.parse(b.content.written),
  );
  const unchanged =
    sources.length === 0 &&
    isDeepStrictEqual((await files.readReceived()).files ?? {}, reading.files);
  if (!unchanged)
    await files.updateReceived((received) => {
      let changed = !isDeepStrictEqual(received.files ?? {}, reading.files);
      received.files = reading.files;
      for (const { content, conflictCopy } of sources) {
        if (mergeChanged(mergeReceived(received, content))) changed = true;
        const known = received.members[content.member.id];
        if (!conflictCopy && (!known || Date.parse(content.written) >= Date.parse(known.written))) {
          if (!known || known.name !== content.member.name || known.written !== content.written)
            changed = true;
          received.members[content.member.id] = {
            name: content.member.name,
            written: content.written,
          };
        }
      }
      return changed;
    });
  await adoptMissingArticles(context, folder, sources, reading.notes);
  return reading.notes;
}

/** Brings in the text of articles other members annotated that this library lacks. */
async function adoptMissingArticles(
  context: GroupContext,
  folder: string,
  sources: readonly MemberSource[],
  notes: GroupFileNote[],
): Promise<void> {
  const { library, adoptArticle: adopt } = context.options;
  if (!adopt) return;
  const wanted = new Map<string, { ref: ArticleRef; member: string }>();
  for (const { content } of sources) {
    for (const ref of content.articles) {
      if (library.get(ref.id) === undefined)
        wanted.set(`${ref.id}\n${ref.fingerprint}`, { ref, member: content.member.id });
    }
  }
  for (const { ref, member } of wanted.values()) {
    if (library.get(ref.id) !== undefined) continue;
    const article = await readGroupArticle(folder, ref, member);
    if ('file' in article) notes.push(article);
    else await adopt(article);
  }
}
