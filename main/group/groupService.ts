import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { GROUP_FILE_MAX_BYTES } from '../../shared/limits';
import type { Annotation, Creator } from '../../shared/model/annotation';
import type {
  GroupFileNote,
  GroupNote,
  GroupStatus,
  Member,
  MergeCounts,
  PackImportSummary,
  Reply,
  Sharing,
  Tombstone,
} from '../../shared/model/group';
import { AppFailure } from '../appFailure';
import type { AnnotationService } from '../annotations/annotationService';
import { sortInReadingOrder } from '../annotations/readingOrder';
import type { Library } from '../library/library';
import type { Store } from '../store/store';
import { writeFileDurably } from '../store/writeFileDurably';
import { articleFingerprint } from './articleFingerprint';
import { chooseMembers, type MemberChoice } from './chooseMembers';
import { emptyReceived, GroupStateFiles, type Membership, type Received } from './groupState';
import { buildPack, packFilename, parsePack, type PackArticle } from './packFile';
import { setMemberName } from './memberName';
import {
  buildMemberDocument,
  memberFileName,
  type ArticleRef,
  type MemberContent,
} from './memberFile';
import { mergeChanged, mergeReceived } from './mergeReceived';
import { readBounded, readGroupFolder, type MemberSource } from './readGroupFolder';
import { publishArticles, readGroupArticle } from './groupArticles';
import { currentName, ReceivedIndex, sortReplies } from './receivedIndex';

export interface GroupServiceOptions {
  dataDir: string;
  store: Store;
  library: Library;
  annotations: AnnotationService;
  appVersion: string;
  now: () => Date;
  /** Adds an article a pack or a group member brought that this library lacks. */
  adoptArticle?: (article: PackArticle) => Promise<void>;
  /** How long after a change the member file is rewritten, so a burst of edits writes once. */
  publishDelayMs?: number;
}

/** Which members' annotations a list or pack covers: this member, everyone, or one member id. */
export type MemberFilter = 'me' | 'all' | string;

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String(error);

/**
 * Study groups: the member's identity, the shared folder (publishing their own shared annotations
 * and replies as one file, reading everyone else's), replies, and the merged view of all of it.
 * Group state lives in its own files next to the store; the store is only read, except for names.
 */
export class GroupService {
  private readonly files: GroupStateFiles;
  private readonly received = new ReceivedIndex();
  private timer: NodeJS.Timeout | null = null;
  private publishing: Promise<void> = Promise.resolve();
  private lastPublishError: string | null = null;

  constructor(private readonly options: GroupServiceOptions) {
    this.files = new GroupStateFiles(options.dataDir);
  }

  private get store(): Store {
    return this.options.store;
  }

  private me(): Creator {
    const { id, name } = this.store.read().user;
    return { id, name };
  }

  async whoami(): Promise<Member> {
    const membership = await this.files.readMembership();
    return {
      ...this.me(),
      groupFolder: membership.folder,
      defaultSharing: membership.defaultSharing,
    };
  }

  async setName(name: string): Promise<Member> {
    await setMemberName(this.store, name);
    this.publishSoon();
    return this.whoami();
  }

  async setDefaultSharing(sharing: Sharing): Promise<Member> {
    await this.files.updateMembership((membership) => {
      membership.defaultSharing = sharing;
    });
    this.publishSoon();
    return this.whoami();
  }

  /** Marks one of the member's own annotations shared or "only me". */
  async setSharing(
    annotationId: string,
    sharing: Sharing,
  ): Promise<{ id: string; sharing: Sharing }> {
    const own = this.store.read().annotations.find((a) => a.id === annotationId);
    if (!own) {
      throw this.isOthers(annotationId, await this.files.readReceived())
        ? readOnly()
        : new AppFailure('not-found', `No highlight with id "${annotationId}".`);
    }
    await this.files.updateMembership((membership) => {
      membership.sharing[annotationId] = sharing;
    });
    this.publishSoon();
    return { id: annotationId, sharing };
  }

  /** Joins (or switches to) the group that shares `folder`, publishes this member's file and reads the others. */
  async use(folder: string): Promise<GroupStatus> {
    let info;
    try {
      info = await stat(folder);
    } catch (error) {
      throw new AppFailure(
        'not-found',
        `The group folder ${folder} cannot be opened (${codeOf(error)}); create it (or let your sync tool create it) first.`,
      );
    }
    if (!info.isDirectory()) throw new AppFailure('invalid-payload', `${folder} is not a folder.`);
    await this.files.updateMembership((membership) => {
      membership.folder = folder;
    });
    return this.refresh();
  }

  /** Stops publishing and reading the folder; nothing is removed here or there. */
  async leave(): Promise<GroupStatus> {
    await this.flush();
    await this.files.updateMembership((membership) => {
      membership.folder = null;
    });
    return this.status();
  }

  /** Reads every member file in the folder into what was received, then publishes this member's file. */
  async refresh(): Promise<GroupStatus> {
    const membership = await this.files.readMembership();
    const folder = requireFolder(membership);
    // Files unchanged since they were merged are not parsed again.
    const reading = await this.readFolder(folder, (await this.files.readReceived()).files);
    // Oldest first, so the newest file decides a member's name.
    const sources = [...reading.sources].sort(
      (a, b) => Date.parse(a.content.written) - Date.parse(b.content.written),
    );
    const unchanged =
      sources.length === 0 &&
      isDeepStrictEqual((await this.files.readReceived()).files ?? {}, reading.files);
    if (!unchanged)
      await this.files.updateReceived((received) => {
        let changed = !isDeepStrictEqual(received.files ?? {}, reading.files);
        received.files = reading.files;
        for (const { content, conflictCopy } of sources) {
          if (mergeChanged(mergeReceived(received, content))) changed = true;
          const known = received.members[content.member.id];
          if (
            !conflictCopy &&
            (!known || Date.parse(content.written) >= Date.parse(known.written))
          ) {
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
    await this.adoptMissingArticles(folder, sources, reading.notes);
    await this.publishNow();
    // Publishing records new tombstones in the membership file.
    return this.describe(
      await this.files.readMembership(),
      await this.files.readReceived(),
      reading.notes,
    );
  }

  /** The group as it stands: members, their counts, and every folder file that was skipped or needed care. */
  async status(): Promise<GroupStatus> {
    const membership = await this.files.readMembership();
    const received = await this.files.readReceived();
    const notes = membership.folder
      ? (await this.readFolder(membership.folder, received.files)).notes
      : [];
    return this.describe(membership, received, notes);
  }

  /** A reply by this member to any annotation they can see. */
  async reply(annotationId: string, text: string): Promise<Reply> {
    const received = await this.files.readReceived();
    const visible =
      this.store.read().annotations.some((a) => a.id === annotationId) ||
      received.annotations.some((a) => a.id === annotationId);
    if (!visible)
      throw new AppFailure('not-found', `No highlight with id "${annotationId}" to reply to.`);
    const stamp = this.options.now().toISOString();
    const reply: Reply = {
      id: randomUUID(),
      annotationId,
      creator: this.me(),
      created: stamp,
      modified: stamp,
      text,
    };
    await this.files.updateMembership((membership) => {
      membership.replies.push(reply);
    });
    this.publishSoon();
    return reply;
  }

  /** Changes the text of one of this member's own replies; the group sees it at the next publish. */
  async editReply(replyId: string, text: string): Promise<Reply> {
    const membership = await this.files.readMembership();
    const own = await this.ownReply(membership, replyId);
    own.text = text;
    own.modified = this.options.now().toISOString();
    await this.files.writeMembership(membership);
    this.publishSoon();
    return { ...own, creator: this.me() };
  }

  /** Deletes one of this member's own replies; publishing leaves a tombstone so copies elsewhere go too. */
  async deleteReply(replyId: string): Promise<{ id: string }> {
    const membership = await this.files.readMembership();
    await this.ownReply(membership, replyId);
    membership.replies = membership.replies.filter((r) => r.id !== replyId);
    await this.files.writeMembership(membership);
    this.publishSoon();
    return { id: replyId };
  }

  private async ownReply(membership: Membership, replyId: string): Promise<Reply> {
    const own = membership.replies.find((r) => r.id === replyId);
    if (own) return own;
    const received = await this.files.readReceived();
    if (received.replies.some((r) => r.id === replyId)) {
      throw new AppFailure(
        'forbidden',
        'That reply belongs to another member of your study group; only they can change or delete it.',
      );
    }
    throw new AppFailure('not-found', `No reply with id "${replyId}".`);
  }

  /** Every annotation this member can see, placed on this machine's texts, with names and replies. */
  async notes(articleId: string | undefined, member: MemberFilter): Promise<GroupNote[]> {
    const membership = await this.files.readMembership();
    const received = await this.files.readReceived();
    const me = this.me();
    const wantsMe = member === 'me' || member === 'all' || member === me.id;
    const wantsOthers = (id: string) => member === 'all' || member === id;
    const repliesOf = this.repliesByAnnotation(membership, received);
    const notes: GroupNote[] = [];
    if (wantsMe) {
      for (const placed of this.options.annotations.list(articleId)) {
        notes.push({
          ...placed,
          creator: placed.creator.id === me.id ? me : placed.creator,
          mine: true,
          sharing: sharingOf(membership, placed.id),
          replies: repliesOf(placed.id),
        });
      }
    }
    const theirs =
      articleId === undefined
        ? received.annotations
        : this.received.annotationsOn(received, articleId);
    for (const annotation of theirs) {
      if (!wantsOthers(annotation.creator.id)) continue;
      const placement = this.received.place(
        annotation,
        this.options.library.get(annotation.articleId)?.text,
      );
      // Spelled out rather than spread: thousands of these are built per article opened.
      notes.push({
        id: annotation.id,
        articleId: annotation.articleId,
        creator: currentName(annotation.creator, received),
        created: annotation.created,
        modified: annotation.modified,
        color: annotation.color,
        note: annotation.note,
        target: placement.target,
        state: placement.state,
        mine: false,
        replies: repliesOf(annotation.id),
      });
    }
    return sortInReadingOrder(
      notes,
      this.options.library.list().map((a) => a.id),
    );
  }

  /**
   * Chosen articles' text and the chosen members' shared annotations, each with its whole reply
   * thread (whoever wrote the replies), as one pack: the same choice as the group Markdown export.
   * A chosen member's reply to a highlight left out of the pack stays out with it.
   */
  async packExport(
    articleIds: string[],
    members: MemberChoice,
  ): Promise<{ json: string; filename: string }> {
    const unique = [...new Set(articleIds)];
    const articles: PackArticle[] = unique.map((id) => {
      const article = this.options.library.get(id);
      if (!article) throw new AppFailure('not-found', `No article with id "${id}".`);
      const { title, source, text, blocks } = article;
      return {
        id,
        title,
        source,
        text,
        blocks,
        fingerprint: articleFingerprint(text),
        origin: this.options.library.origin(id) ?? 'imported',
      };
    });
    const chosen = new Set(unique);
    const everyone = await this.notes(undefined, 'all');
    if (Array.isArray(members)) {
      const known = new Set([this.me().id, ...everyone.map((n) => n.creator.id)]);
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
    const exported = this.options.now();
    return {
      json: buildPack(
        { members: [...writers.values()], articles, annotations, replies },
        { appVersion: this.options.appVersion, exported: exported.toISOString() },
      ),
      filename: packFilename(exported),
    };
  }

  /**
   * Says what a pack holds against what is here and, unless a dry run, merges it: this member's
   * own items into their store and replies, everyone else's into what was received, missing
   * imported articles into the library. By id, the newest change winning, so a second import changes nothing.
   */
  async packImport(json: string, dryRun: boolean): Promise<PackImportSummary> {
    const pack = parsePack(json);
    const me = this.me();
    const library = this.options.library;
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

    const membership = await this.files.readMembership();
    // A copy: a dry run only counts.
    const received = structuredClone(await this.files.readReceived());
    const own = {
      ...emptyReceived(),
      annotations: structuredClone([...this.store.read().annotations]),
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
      if (status === 'new' && this.options.adoptArticle) await this.options.adoptArticle(article);
    }
    if (ownSummary.annotations.new + ownSummary.annotations.updated > 0) {
      const incoming = mine(pack.annotations);
      await this.store.update((data) => {
        const merged = { ...emptyReceived(), annotations: data.annotations };
        mergeReceived(merged, { annotations: incoming, replies: [], tombstones: [] });
        data.annotations = merged.annotations;
      });
    }
    if (ownSummary.replies.new + ownSummary.replies.updated > 0) {
      await this.files.updateMembership((current) => {
        const merged = { ...emptyReceived(), replies: current.replies };
        mergeReceived(merged, { annotations: [], replies: mine(pack.replies), tombstones: [] });
        current.replies = merged.replies;
      });
    }
    if (mergeChanged(othersSummary) || namesChanged) {
      // Merged again under the lock, onto what is on disk now.
      await this.files.updateReceived((current) => {
        mergeReceived(current, {
          annotations: theirs(pack.annotations),
          replies: theirs(pack.replies),
          tombstones: [],
        });
        for (const [id, member] of Object.entries(received.members)) current.members[id] ??= member;
      });
    }
    this.publishSoon();
    return summary;
  }

  /** This member's replies and tombstones, for the full backup. */
  async ownReplies(): Promise<{ replies: Reply[]; tombstones: Tombstone[] }> {
    const { replies, tombstones } = await this.files.readMembership();
    return { replies, tombstones };
  }

  /**
   * Restores replies and tombstones from a backup: by id, the newer change winning, a tombstone
   * removing a reply it outdates. Answers how many replies were added or updated.
   */
  async restoreReplies(
    replies: readonly Reply[],
    tombstones: readonly Tombstone[],
  ): Promise<number> {
    if (replies.length === 0 && tombstones.length === 0) return 0;
    const changed = await this.files.updateMembership((membership) => {
      const merged = {
        ...emptyReceived(),
        replies: membership.replies,
        tombstones: membership.tombstones,
      };
      const summary = mergeReceived(merged, { annotations: [], replies, tombstones });
      const count = summary.replies.new + summary.replies.updated;
      const tombstonesChanged = merged.tombstones.length !== membership.tombstones.length;
      if (count === 0 && summary.replies.deleted === 0 && !tombstonesChanged) return false;
      membership.replies = merged.replies;
      membership.tombstones = merged.tombstones;
      return count;
    });
    if (changed !== false) this.publishSoon();
    return changed === false ? 0 : changed;
  }

  /** True when `id` is another member's annotation, which this member may read but not change. */
  async refuseOthers(id: string): Promise<void> {
    if (this.store.read().annotations.some((a) => a.id === id)) return;
    if (this.isOthers(id, await this.files.readReceived())) throw readOnly();
  }

  /** Publishes within the delay; `flush` (on close) makes sure it happened. */
  publishSoon(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.publishNow().catch(() => undefined);
    }, this.options.publishDelayMs ?? 1000);
    this.timer.unref();
  }

  /** Writes any pending publication now; called when the process is about to close. */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
      await this.publishNow().catch(() => undefined);
    }
    await this.publishing.catch(() => undefined);
  }

  /** Rewrites this member's file (durably) if its content changed; one write at a time. */
  publishNow(): Promise<void> {
    const run = this.publishing.catch(() => undefined).then(() => this.publishOnce());
    this.publishing = run;
    return run;
  }

  private async publishOnce(): Promise<void> {
    const membership = await this.files.readMembership();
    if (membership.folder === null) return;
    const received = await this.files.readReceived();
    const content = this.ownContent(membership, received);
    const target = join(membership.folder, memberFileName(content.member.id));
    const nowIso = this.options.now().toISOString();
    const articleText = (id: string) => this.options.library.get(id)?.text;
    // A tombstone for each item that left the file since it was last written. Tombstones of items
    // back since (an undone delete) stay here, unpublished, so their copy is dated after the deletion
    // and outdates the tombstone in everyone's merge.
    const current = new Set([...content.annotations, ...content.replies].map((item) => item.id));
    const tombstones = new Map(membership.tombstones.map((t) => [t.id, t]));
    for (const id of membership.published) {
      if (!current.has(id))
        tombstones.set(id, { id, creatorId: content.member.id, deleted: nowIso });
    }
    const revived = <T extends { id: string; modified: string }>(item: T): T => {
      const tombstone = tombstones.get(item.id);
      if (!tombstone || Date.parse(item.modified) > Date.parse(tombstone.deleted)) return item;
      return { ...item, modified: new Date(Date.parse(tombstone.deleted) + 1).toISOString() };
    };
    const withTombstones: MemberContent = {
      ...content,
      annotations: content.annotations.map(revived),
      replies: content.replies.map(revived),
      tombstones: [...tombstones.values()].filter((t) => !current.has(t.id)),
    };
    const previous = await previousWritten(target);
    const render = (written: string) =>
      `${JSON.stringify(
        buildMemberDocument(withTombstones, {
          appVersion: this.options.appVersion,
          written,
          articleText,
        }),
        null,
        2,
      )}\n`;
    const folder = membership.folder;
    // A failure to share article texts is reported in status; the annotations still go out.
    const shareTexts = () =>
      publishArticles(folder, this.importedArticles(content.articles)).catch((error: unknown) => {
        this.lastPublishError = `The text of your imported articles could not be written to ${folder} (${codeOf(error)}).`;
      });
    if (previous !== null && previous.text === render(previous.written)) {
      await shareTexts();
      return;
    }
    try {
      await writeFileDurably(target, render(nowIso));
      this.lastPublishError = null;
    } catch (error) {
      this.lastPublishError = `Your member file ${target} could not be written (${codeOf(error)}).`;
      throw new AppFailure('storage', this.lastPublishError);
    }
    await shareTexts();
    await this.files.updateMembership((latest) => {
      latest.published = [...current].sort();
      latest.tombstones = [...tombstones.values()];
    });
  }

  /** This member's shared annotations and the replies the group can see, with today's name. */
  private ownContent(
    membership: Membership,
    received: Received,
  ): Omit<MemberContent, 'tombstones'> {
    const me = this.me();
    const annotations: Annotation[] = this.store
      .read()
      .annotations.filter((a) => a.creator.id === me.id && sharingOf(membership, a.id) === 'shared')
      .map((a) => ({ ...a, creator: me }));
    const visible = new Set([
      ...annotations.map((a) => a.id),
      ...received.annotations.map((a) => a.id),
    ]);
    const replies = membership.replies
      .filter((r) => visible.has(r.annotationId))
      .map((r) => ({ ...r, creator: me }));
    const articles = [...new Set(annotations.map((a) => a.articleId))].flatMap((id) => {
      const text = this.options.library.get(id)?.text;
      return text === undefined ? [] : [{ id, fingerprint: articleFingerprint(text) }];
    });
    return { member: me, annotations, replies, articles };
  }

  /** Imported articles among `refs`, with their text, for the folder's articles/ sub-folder. */
  private importedArticles(refs: readonly ArticleRef[]): PackArticle[] {
    return refs.flatMap(({ id, fingerprint }) => {
      const article = this.options.library.get(id);
      if (!article || this.options.library.origin(id) !== 'imported') return [];
      const { title, source, text, blocks } = article;
      return [{ id, title, source, text, blocks, fingerprint, origin: 'imported' as const }];
    });
  }

  /** Brings in the text of articles other members annotated that this library lacks. */
  private async adoptMissingArticles(
    folder: string,
    sources: readonly MemberSource[],
    notes: GroupFileNote[],
  ): Promise<void> {
    const adopt = this.options.adoptArticle;
    if (!adopt) return;
    const wanted = new Map<string, { ref: ArticleRef; member: string }>();
    for (const { content } of sources) {
      for (const ref of content.articles) {
        if (this.options.library.get(ref.id) === undefined)
          wanted.set(`${ref.id}\n${ref.fingerprint}`, { ref, member: content.member.id });
      }
    }
    for (const { ref, member } of wanted.values()) {
      if (this.options.library.get(ref.id) !== undefined) continue;
      const article = await readGroupArticle(folder, ref, member);
      if ('file' in article) notes.push(article);
      else await adopt(article);
    }
  }

  /** Each annotation's replies: this member's own (few) merged into the indexed received ones. */
  private repliesByAnnotation(
    membership: Membership,
    received: Received,
  ): (annotationId: string) => Reply[] {
    const me = this.me();
    const own = new Map<string, Reply[]>();
    for (const reply of membership.replies) {
      const list = own.get(reply.annotationId) ?? [];
      list.push({ ...reply, creator: me });
      own.set(reply.annotationId, list);
    }
    const theirs = this.received.repliesTo(received);
    return (annotationId) => {
      const mine = own.get(annotationId);
      const others = theirs.get(annotationId) ?? [];
      return mine ? sortReplies([...mine, ...others]) : [...others];
    };
  }

  private isOthers(id: string, received: Received): boolean {
    return (
      received.annotations.some((a) => a.id === id) || received.replies.some((r) => r.id === id)
    );
  }

  private async readFolder(folder: string, known?: Received['files']) {
    try {
      return await readGroupFolder(folder, this.me().id, known);
    } catch (error) {
      throw new AppFailure(
        'storage',
        `The group folder ${folder} cannot be read (${codeOf(error)}); is it still there?`,
      );
    }
  }

  private describe(
    membership: Membership,
    received: Received,
    files: GroupFileNote[],
  ): GroupStatus {
    const me = this.me();
    const content = this.ownContent(membership, received);
    const members = Object.entries(received.members).map(([id, { name, written }]) => {
      const theirs = received.annotations.filter((a) => a.creator.id === id);
      const orphans = theirs.filter(
        (a) =>
          this.received.place(a, this.options.library.get(a.articleId)?.text).state === 'orphaned',
      ).length;
      return {
        id,
        name,
        file: memberFileName(id),
        written,
        annotations: theirs.length,
        replies: received.replies.filter((r) => r.creator.id === id).length,
        orphans,
      };
    });
    const notes = this.lastPublishError
      ? [
          ...files,
          {
            file: memberFileName(me.id),
            member: me.id,
            used: false,
            reason: this.lastPublishError,
          },
        ]
      : files;
    return {
      me,
      folder: membership.folder,
      memberFile:
        membership.folder === null ? null : join(membership.folder, memberFileName(me.id)),
      published: {
        annotations: content.annotations.length,
        replies: content.replies.length,
        tombstones: membership.tombstones.filter((t) => !membership.published.includes(t.id))
          .length,
      },
      members: members.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
      files: notes,
    };
  }
}

/** Sharing of an own annotation: the member's explicit choice, else the default. */
export function sharingOf(membership: Membership, id: string): Sharing {
  return membership.sharing[id] ?? membership.defaultSharing;
}

function requireFolder(membership: Membership): string {
  if (membership.folder === null) {
    throw new AppFailure(
      'not-found',
      'This install is not in a study group; run "yuedu group use <folder>" first.',
    );
  }
  return membership.folder;
}

const readOnly = () =>
  new AppFailure(
    'forbidden',
    'That highlight belongs to another member of your study group; only they can change or delete it. Reply to it instead.',
  );

/**
 * The member file as last written and its `written` stamp, to skip rewriting identical content.
 * Read like any file in the group folder: a pipe, link, folder or oversized file under this
 * member's name counts as absent, so publishing replaces the entry itself (rename never writes
 * through a link) instead of waiting on a pipe or trusting a file elsewhere.
 */
async function previousWritten(path: string): Promise<{ text: string; written: string } | null> {
  try {
    const text = new TextDecoder().decode(await readBounded(path, GROUP_FILE_MAX_BYTES));
    const written = (JSON.parse(text) as { written?: unknown }).written;
    return typeof written === 'string' ? { text, written } : null;
  } catch {
    return null;
  }
}
