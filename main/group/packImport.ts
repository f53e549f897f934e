import type { Creator } from '../../shared/model/annotation';
import type { MergeCounts, PackImportSummary } from '../../shared/model/group';
import { articleFingerprint } from './articleFingerprint';
import type { GroupContext } from './groupContext';
import { emptyReceived } from './groupState';
import { mergeChanged, mergeReceived } from './mergeReceived';
import { parsePack } from './packFile';

/**
 * Says what a pack holds against what is here and, unless a dry run, merges it: this member's
 * own items into their store and replies, everyone else's into what was received, missing
 * imported articles into the library. By id, the newest change winning, so a second import changes nothing.
 */
export async function importPack(
  context: GroupContext,
  json: string,
  dryRun: boolean,
): Promise<PackImportSummary> {
  const { options, files } = context;
  const pack = parsePack(json);
  const me = context.me();
  const library = options.library;
  const articles = pack.articles.map((a) => {
    const local = library.get(a.id) ?? library.findByText(a.text);
    const status: 'new' | 'same' | 'different' = !local
      ? 'new'
      : articleFingerprint(local.text) === a.fingerprint
        ? 'same'
        : 'different';
    return { article: a, status };
  });
  const mine = <T extends { creator: Creator }>(items: readonly T[]) =>
    items.filter((i) => i.creator.id === me.id);
  const theirs = <T extends { creator: Creator }>(items: readonly T[]) =>
    items.filter((i) => i.creator.id !== me.id);

  const membership = await files.readMembership();
  // A copy: a dry run only counts.
  const received = structuredClone(await files.readReceived());
  const own = {
    ...emptyReceived(),
    annotations: structuredClone([...options.store.read().annotations]),
    replies: structuredClone(membership.replies),
  };
  const ownSummary = mergeReceived(own, {
    annotations: mine(pack.annotations),
    replies: mine(pack.replies),
    tombstones: [],
  });
  const othersSummary = mergeReceived(received, {
    annotations: theirs(pack.annotations),
    replies: theirs(pack.replies),
    tombstones: [],
  });
  let namesChanged = false;
  for (const member of theirs(pack.members.map((m) => ({ creator: m })))) {
    if (!received.members[member.creator.id]) {
      received.members[member.creator.id] = {
        name: member.creator.name,
        written: new Date(0).toISOString(),
      };
      namesChanged = true;
    }
  }
  const add = (a: MergeCounts, b: MergeCounts): MergeCounts => ({
    new: a.new + b.new,
    updated: a.updated + b.updated,
    unchanged: a.unchanged + b.unchanged,
    deleted: a.deleted + b.deleted,
  });
  const summary: PackImportSummary = {
    dryRun,
    members: pack.members,
    articles: articles.map(({ article, status }) => ({
      id: article.id,
      title: article.title,
      status,
    })),
    annotations: add(ownSummary.annotations, othersSummary.annotations),
    replies: add(ownSummary.replies, othersSummary.replies),
  };
  if (dryRun) return summary;
  for (const { article, status } of articles) {
    if (status === 'new' && options.adoptArticle) await options.adoptArticle(article);
  }
  if (ownSummary.annotations.new + ownSummary.annotations.updated > 0) {
    const incoming = mine(pack.annotations);
    await options.store.update((data) => {
      const merged = { ...emptyReceived(), annotations: data.annotations };
      mergeReceived(merged, { annotations: incoming, replies: [], tombstones: [] });
      data.annotations = merged.annotations;
    });
  }
  if (ownSummary.replies.new + ownSummary.replies.updated > 0) {
    await files.updateMembership((current) => {
      const merged = { ...emptyReceived(), replies: current.replies };
      mergeReceived(merged, { annotations: [], replies: mine(pack.replies), tombstones: [] });
      current.replies = merged.replies;
    });
  }
  if (mergeChanged(othersSummary) || namesChanged) {
    // Merged again under the lock, onto what is on disk now.
    await files.updateReceived((current) => {
      mergeReceived(current, {
        annotations: theirs(pack.annotations),
        replies: theirs(pack.replies),
        tombstones: [],
      });
      for (const [id, member] of Object.entries(received.members)) current.members[id] ??= member;
    });
  }
  context.publishSoon();
  return summary;
}
