import type { Annotation, Creator } from '../../shared/model/annotation';
import { AppFailure } from '../appFailure';
import { articleFingerprint } from './articleFingerprint';
import { chooseMembers, type MemberChoice } from './chooseMembers';
import type { GroupContext } from './groupContext';
import { readGroupNotes } from './groupNotes';
import { buildPack, packFilename, type PackArticle } from './packFile';

/**
 * Chosen articles' text and the chosen members' shared annotations, each with its whole reply
 * thread (whoever wrote the replies), as one pack: the same choice as the group Markdown export.
 * A chosen member's reply to a highlight left out of the pack stays out with it.
 */
export async function exportPack(
  context: GroupContext,
  articleIds: string[],
  members: MemberChoice,
): Promise<{ json: string; filename: string }> {
  const { options } = context;
  const unique = [...new Set(articleIds)];
  const articles: PackArticle[] = unique.map((id) => {
    const article = options.library.get(id);
    if (!article) throw new AppFailure('not-found', `No article with id "${id}".`);
    const { title, source, text, blocks } = article;
    return {
      id,
      title,
      source,
      text,
      blocks,
      fingerprint: articleFingerprint(text),
      origin: options.library.origin(id) ?? 'imported',
    };
  });
  const chosen = new Set(unique);
  const everyone = await readGroupNotes(context, undefined, 'all');
  if (Array.isArray(members)) {
    const known = new Set([context.me().id, ...everyone.map((n) => n.creator.id)]);
    const unknown = members.find((id) => id !== 'me' && !known.has(id));
    if (unknown !== undefined) {
      throw new AppFailure(
        'not-found',
        `No member with id "${unknown}" has highlights here; "yuedu group status" lists the members.`,
      );
    }
  }
  const notes = chooseMembers(everyone, members).filter(
    (n) => chosen.has(n.articleId) && (!n.mine || n.sharing === 'shared'),
  );
  const annotations: Annotation[] = notes.map(
    ({ id, articleId, creator, created, modified, color, note, target }) => ({
      id,
      articleId,
      creator,
      created,
      modified,
      color,
      note,
      target,
    }),
  );
  const replies = notes.flatMap((n) => n.replies);
  const writers = new Map<string, Creator>();
  for (const item of [...annotations, ...replies]) writers.set(item.creator.id, item.creator);
  const exported = options.now();
  return {
    json: buildPack(
      { members: [...writers.values()], articles, annotations, replies },
      { appVersion: options.appVersion, exported: exported.toISOString() },
    ),
    filename: packFilename(exported),
  };
}
