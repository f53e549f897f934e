import type { Creator } from '../../shared/model/annotation';
import type {
  GroupFileNote,
  GroupNote,
  GroupStatus,
  Member,
  PackImportSummary,
  Reply,
  Sharing,
  Tombstone,
} from '../../shared/model/group';
import type { MemberChoice } from './chooseMembers';
import type { GroupContext, GroupServiceOptions } from './groupContext';
import { checkGroupFolder, mergeGroupFolder, readSharedFolder, requireFolder } from './groupFolder';
import { readGroupNotes, type MemberFilter } from './groupNotes';
import * as groupReplies from './groupReplies';
import { GroupStateFiles, type Membership, type Received } from './groupState';
import { describeGroup } from './groupStatus';
import { MemberFilePublisher } from './memberFilePublisher';
import * as memberSettings from './memberSettings';
import { refuseOthers } from './othersReadOnly';
import { exportPack } from './packExport';
import { importPack } from './packImport';
import { ReceivedIndex } from './receivedIndex';

export type { GroupServiceOptions } from './groupContext';
export type { MemberFilter } from './groupNotes';

/**
 * Study groups: the member's identity, the shared folder (publishing their own shared annotations
 * and replies as one file, reading everyone else's), replies, packs, and the merged view of all
 * of it. Each job lives in a file of its own; this wires them to one shared context. Group state
 * lives in its own files next to the store; the store is only read, except for names.
 */
export class GroupService {
  private readonly context: GroupContext;
  private readonly publisher: MemberFilePublisher;

  constructor(options: GroupServiceOptions) {
    const { store } = options;
    this.context = {
      options,
      files: new GroupStateFiles(options.dataDir),
      received: new ReceivedIndex(),
      me: (): Creator => {
        const { id, name } = store.read().user;
        return { id, name };
      },
      publishSoon: () => this.publishSoon(),
    };
    this.publisher = new MemberFilePublisher(this.context);
  }

  private get files(): GroupStateFiles {
    return this.context.files;
  }

  /** This member as the group sees them: id, name, folder and default sharing. */
  whoami(): Promise<Member> {
    return memberSettings.whoami(this.context);
  }

  /** Renames this member; the group sees the new name at the next publish. */
  setName(name: string): Promise<Member> {
    return memberSettings.setName(this.context, name);
  }

  /** Whether highlights without a choice of their own are shared or "only me". */
  setDefaultSharing(sharing: Sharing): Promise<Member> {
    return memberSettings.setDefaultSharing(this.context, sharing);
  }

  /** Marks one of the member's own annotations shared or "only me". */
  setSharing(annotationId: string, sharing: Sharing): Promise<{ id: string; sharing: Sharing }> {
    return memberSettings.setSharing(this.context, annotationId, sharing);
  }

  /** Joins (or switches to) the group that shares `folder`, publishes this member's file and reads the others. */
  async use(folder: string): Promise<GroupStatus> {
    await checkGroupFolder(folder);
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
    const folder = requireFolder(await this.files.readMembership());
    const notes = await mergeGroupFolder(this.context, folder);
    await this.publishNow();
    // Publishing records new tombstones in the membership file.
    return this.describe(await this.files.readMembership(), await this.files.readReceived(), notes);
  }

  /** The group as it stands: members, their counts, and every folder file that was skipped or needed care. */
  async status(): Promise<GroupStatus> {
    const membership = await this.files.readMembership();
    const received = await this.files.readReceived();
    const notes = membership.folder
      ? (await readSharedFolder(this.context, membership.folder, received.files)).notes
      : [];
    return this.describe(membership, received, notes);
  }

  /** A reply by this member to any annotation they can see. */
  reply(annotationId: string, text: string): Promise<Reply> {
    return groupReplies.addReply(this.context, annotationId, text);
  }

  /** Changes the text of one of this member's own replies; the group sees it at the next publish. */
  editReply(replyId: string, text: string): Promise<Reply> {
    return groupReplies.editReply(this.context, replyId, text);
  }

  /** Deletes one of this member's own replies; publishing leaves a tombstone so copies elsewhere go too. */
  deleteReply(replyId: string): Promise<{ id: string }> {
    return groupReplies.deleteReply(this.context, replyId);
  }

  /** Every annotation this member can see, placed on this machine's texts, with names and replies. */
  notes(articleId: string | undefined, member: MemberFilter): Promise<GroupNote[]> {
    return readGroupNotes(this.context, articleId, member);
  }

  /** The chosen articles and members' shared annotations with their threads, as one pack file. */
  packExport(
    articleIds: string[],
    members: MemberChoice,
  ): Promise<{ json: string; filename: string }> {
    return exportPack(this.context, articleIds, members);
  }

  /** Says what a pack holds against what is here and, unless a dry run, merges it. */
  packImport(json: string, dryRun: boolean): Promise<PackImportSummary> {
    return importPack(this.context, json, dryRun);
  }

  /** This member's replies and tombstones, for the full backup. */
  ownReplies(): Promise<{ replies: Reply[]; tombstones: Tombstone[] }> {
    return groupReplies.ownReplies(this.context);
  }

  /** Restores replies and tombstones from a backup; answers how many replies were added or updated. */
  restoreReplies(replies: readonly Reply[], tombstones: readonly Tombstone[]): Promise<number> {
    return groupReplies.restoreReplies(this.context, replies, tombstones);
  }

  /** Fails when `id` is another member's annotation, which this member may read but not change. */
  refuseOthers(id: string): Promise<void> {
    return refuseOthers(this.context, id);
  }

  /** Publishes within the delay; `flush` (on close) makes sure it happened. */
  publishSoon(): void {
    this.publisher.publishSoon();
  }

  /** Writes any pending publication now; called when the process is about to close. */
  flush(): Promise<void> {
    return this.publisher.flush();
  }

  /** Rewrites this member's file (durably) if its content changed; one write at a time. */
  publishNow(): Promise<void> {
    return this.publisher.publishNow();
  }

  private describe(membership: Membership, received: Received, files: GroupFileNote[]) {
    return describeGroup(
      this.context,
      membership,
      received,
      files,
      this.publisher.lastPublishError,
    );
  }
}
