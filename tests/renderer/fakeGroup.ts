import { fail, ok, type Result } from '../../shared/ipc/result';
import type { Creator, PlacedAnnotation } from '../../shared/model/annotation';
import type { Article } from '../../shared/model/article';
import type { GroupNote, Member, Reply, Sharing } from '../../shared/model/group';
import { makeAnnotation } from './fakeYuedu';

export const ME: Creator = { id: 'me', name: 'Me' };
export const ANNA: Creator = { id: 'member-anna', name: 'Anna' };
export const WANG: Creator = { id: 'member-wang', name: '王小明' };

/** Another member's highlight on `article` at the first place `quote` occurs, as main lists it. */
export function memberNote(
  article: Article,
  id: string,
  creator: Creator,
  quote: string,
  note = '',
  replies: Reply[] = [],
): GroupNote {
  const start = article.text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in ${article.id}`);
  return {
    ...makeAnnotation(article, id, start, start + quote.length, 'green', note),
    creator,
    created: '2026-11-30T08:00:00.000Z',
    modified: '2026-11-30T08:00:00.000Z',
    mine: false,
    replies,
  };
}

export function replyOf(creator: Creator, id: string, annotationId: string, text: string): Reply {
  return {
    id,
    annotationId,
    creator,
    created: '2026-11-30T09:00:00.000Z',
    modified: '2026-11-30T09:00:00.000Z',
    text,
  };
}

/** What a fake study group starts with: other members' notes and replies to the reader's own. */
export interface FakeGroupSetup {
  others: GroupNote[];
  /** Replies (by anyone) to the reader's own highlights. */
  repliesToMine?: Reply[];
  folder?: string;
}

/**
 * The group channels of a fake Yuedu in a study group: the reader's own highlights (from the
 * fake's list) with sharing and replies, other members' notes, and replies the reader writes,
 * edits and deletes, with another member's replies refused as main refuses them.
 */
export function createFakeGroup(setup: FakeGroupSetup, own: () => PlacedAnnotation[]) {
  const others = setup.others.map((note) => ({ ...note, replies: [...note.replies] }));
  let replies: Reply[] = [
    ...(setup.repliesToMine ?? []),
    ...others.flatMap((note) => note.replies),
  ];
  const sharing = new Map<string, Sharing>();
  let nextReply = 1;
  let refreshes = 0;
  // Like main's GroupChanges: a refresh that finds a member file that arrived moves the revision.
  let revision = 0;
  let arrived = false;
  const member: Member = {
    ...ME,
    groupFolder: setup.folder ?? '/group',
    defaultSharing: 'shared',
  };
  const repliesTo = (id: string) => replies.filter((r) => r.annotationId === id);
  const stamp = () => new Date(Date.UTC(2026, 10, 30, 10, nextReply)).toISOString();

  return {
    get refreshes() {
      return refreshes;
    },
    get replies() {
      return replies;
    },
    get revision() {
      return revision;
    },
    /** Another member's file arrived with a new note: the next `group:notes` lists it. */
    addOther: (note: GroupNote) => {
      others.push(note);
      arrived = true;
    },
    whoami: (): Result<Member> => ok(member),
    refresh: () => {
      refreshes += 1;
      if (arrived) revision += 1;
      arrived = false;
      return ok({
        me: ME,
        folder: member.groupFolder,
        memberFile: null,
        published: { annotations: 0, replies: 0, tombstones: 0 },
        members: [],
        files: [],
      });
    },
    notes: ({ articleId, member: who }: { articleId?: string; member?: string }) => {
      const inArticle = (a: { articleId: string }) =>
        articleId === undefined || a.articleId === articleId;
      const mine: GroupNote[] = own()
        .filter(inArticle)
        .map((a) => ({
          ...a,
          mine: true,
          sharing: sharing.get(a.id) ?? 'shared',
          replies: repliesTo(a.id),
        }));
      const theirs = others
        .filter(inArticle)
        .filter((n) => who === undefined || who === 'all' || who === n.creator.id)
        .map((n) => ({ ...n, replies: repliesTo(n.id) }));
      return ok(who === 'me' ? mine : [...mine, ...theirs]);
    },
    reply: ({ annotationId, text }: { annotationId: string; text: string }) => {
      if (!own().some((a) => a.id === annotationId) && !others.some((n) => n.id === annotationId))
        return fail('not-found', `No highlight with id "${annotationId}" to reply to.`);
      const created = stamp();
      const reply: Reply = {
        id: `r${nextReply++}`,
        annotationId,
        creator: ME,
        created,
        modified: created,
        text,
      };
      replies = [...replies, reply];
      return ok(reply);
    },
    editReply: ({ id, text }: { id: string; text: string }) => {
      const found = replies.find((r) => r.id === id);
      if (!found) return fail('not-found', `No reply with id "${id}".`);
      if (found.creator.id !== ME.id)
        return fail('forbidden', 'That reply belongs to another member of your study group.');
      const edited = { ...found, text, modified: stamp() };
      replies = replies.map((r) => (r.id === id ? edited : r));
      return ok(edited);
    },
    deleteReply: ({ id }: { id: string }) => {
      const found = replies.find((r) => r.id === id);
      if (!found) return fail('not-found', `No reply with id "${id}".`);
      if (found.creator.id !== ME.id)
        return fail('forbidden', 'That reply belongs to another member of your study group.');
      replies = replies.filter((r) => r.id !== id);
      return ok({ id });
    },
    share: ({ id, sharing: value }: { id: string; sharing: Sharing }) => {
      if (!own().some((a) => a.id === id))
        return fail('forbidden', 'That highlight belongs to another member of your study group.');
      sharing.set(id, value);
      return ok({ id, sharing: value });
    },
  };
}
