import type { GroupStatus, PackImportSummary } from '../../shared/model/group';

/** What of a status the window shows: members and their counts, the folder and its problem files. */
export function statusSignature(status: GroupStatus): string {
  return JSON.stringify([
    status.folder,
    status.members.map((m) => [m.id, m.name, m.written, m.annotations, m.replies, m.orphans]),
    status.files.map((f) => [f.file, f.member ?? '', f.used, f.reason]),
  ]);
}

/** True when a merged (not dry-run) pack added or changed anything. */
export function packChangedSomething(summary: PackImportSummary): boolean {
  if (summary.dryRun) return false;
  const { annotations: a, replies: r } = summary;
  return (
    a.new + a.updated + a.deleted + r.new + r.updated + r.deleted > 0 ||
    summary.articles.some((article) => article.status === 'new')
  );
}

/**
 * Counts the study group's revisions: every refresh's status is compared with the last one seen,
 * and a difference (or joining, leaving, a merged pack) bumps the revision and tells the listeners,
 * which push `group:changed` to the window. Refreshes that found nothing new stay silent.
 */
export class GroupChanges {
  private current = 0;
  private lastSignature: string | null = null;
  private readonly listeners = new Set<(change: { revision: number }) => void>();
  private readonly folderListeners = new Set<(folder: string | null) => void>();

  get revision(): number {
    return this.current;
  }

  /** A refresh's result: a change only when it differs from the last status seen. */
  refreshed(status: GroupStatus): GroupStatus {
    const signature = statusSignature(status);
    if (signature !== this.lastSignature) {
      this.lastSignature = signature;
      this.bump();
    }
    return status;
  }

  /** Joining, switching or leaving a folder: always a change, and the folder watch follows it. */
  moved(status: GroupStatus): GroupStatus {
    this.lastSignature = statusSignature(status);
    for (const listener of this.folderListeners) listener(status.folder);
    this.bump();
    return status;
  }

  packImported(summary: PackImportSummary): PackImportSummary {
    if (packChangedSomething(summary)) this.bump();
    return summary;
  }

  onChange(listener: (change: { revision: number }) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Hears the folder the member joined (or null on leaving), for the folder watch. */
  onFolder(listener: (folder: string | null) => void): () => void {
    this.folderListeners.add(listener);
    return () => this.folderListeners.delete(listener);
  }

  private bump(): void {
    this.current += 1;
    for (const listener of this.listeners) listener({ revision: this.current });
  }
}
