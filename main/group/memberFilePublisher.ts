import { join } from 'node:path';
import { GROUP_FILE_MAX_BYTES } from '../../shared/limits';
import { AppFailure } from '../appFailure';
import { errorCode } from '../files/errorCode';
import { writeFileDurably } from '../store/writeFileDurably';
import type { GroupContext } from './groupContext';
import { publishArticles } from './groupArticles';
import {
  buildMemberDocument,
  memberFileName,
  type ArticleRef,
  type MemberContent,
} from './memberFile';
import { ownContent } from './ownContent';
import type { PackArticle } from './packFile';
import { readBounded } from './readGroupFolder';

/**
 * Writes this member's own file in the group folder: soon after a change (a burst of edits writes
 * once), now when asked, one write at a time, and only when its content changed. Remembers the
 * last failure so status can say why the group does not see this member's latest changes.
 */
export class MemberFilePublisher {
  private timer: NodeJS.Timeout | null = null;
  private publishing: Promise<void> = Promise.resolve();
  private lastError: string | null = null;

  constructor(private readonly context: GroupContext) {}

  /** Why the last publication failed, or null when it went out. */
  get lastPublishError(): string | null {
    return this.lastError;
  }

  /** Publishes within the delay; `flush` (on close) makes sure it happened. */
  publishSoon(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.publishNow().catch(() => undefined);
    }, this.context.options.publishDelayMs ?? 1000);
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
    let locked = false;
    try {
      await this.context.files.whilePublishing((stillHeld) => {
        locked = true;
        return this.publishHolding(stillHeld);
      });
    } catch (error) {
      if (!locked)
        this.lastError =
          'Your member file was not rewritten: another Yuedu on this data folder kept publishing it (or is paused). It is written again with your next change, or with Refresh.';
      throw error;
    }
  }

  private async publishHolding(stillHeld: () => Promise<boolean>): Promise<void> {
    const { files, options } = this.context;
    const membership = await files.readMembership();
    if (membership.folder === null) return;
    const received = await files.readReceived();
    const content = ownContent(this.context, membership, received);
    const target = join(membership.folder, memberFileName(content.member.id));
    const nowIso = options.now().toISOString();
    const articleText = (id: string) => options.library.get(id)?.text;
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
          appVersion: options.appVersion,
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
        this.lastError = `The text of your imported articles could not be written to ${folder} (${errorCode(error)}).`;
      });
    if (previous !== null && previous.text === render(previous.written)) {
      await shareTexts();
      return;
    }
    try {
      await writeFileDurably(target, render(nowIso), async () => {
        if (!(await stillHeld()))
          throw new Error('its publish lock was taken over while this process was paused');
      });
      this.lastError = null;
    } catch (error) {
      this.lastError = `Your member file ${target} could not be written (${errorCode(error)}).`;
      throw new AppFailure('storage', this.lastError);
    }
    await shareTexts();
    await files.updateMembership((latest) => {
      latest.published = [...current].sort();
      latest.tombstones = [...tombstones.values()];
    });
  }

  /** Imported articles among `refs`, with their text, for the folder's articles/ sub-folder. */
  private importedArticles(refs: readonly ArticleRef[]): PackArticle[] {
    const { library } = this.context.options;
    return refs.flatMap(({ id, fingerprint }) => {
      const article = library.get(id);
      if (!article || library.origin(id) !== 'imported') return [];
      const { title, source, text, blocks } = article;
      return [{ id, title, source, text, blocks, fingerprint, origin: 'imported' as const }];
    });
  }
}

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
