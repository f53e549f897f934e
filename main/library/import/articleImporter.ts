import type { Article } from '../../../shared/model/article';
import type { ImportFile } from '../../../shared/model/import';
import { AppFailure } from '../../appFailure';
import type { ImportedArticleFiles } from '../importedArticles';
import type { ImportedArticle, Library } from '../library';
import { ImportCancelled, type PrepareFile } from './importFileReader';
import { baseName } from './baseName';
import type { PreparedFile } from './prepareImportFile';

/** What an import did, before the API turns the added articles into summaries. */
export interface ImportOutcome {
  added: ImportedArticle[];
  skipped: Array<{ name: string; reason: string }>;
  /** The import was cancelled before it finished; nothing of this call was added. */
  cancelled: boolean;
}

// Article files are written a few at a time: fsync latency overlaps, the disk is not flooded.
const PARALLEL_WRITES = 8;
// Cancelled import ids remembered, so a cancel that overtakes its batch still stops it.
const REMEMBERED_CANCELS = 100;

/** What another process changed in the articles folder since this library last looked. */
export interface DiskChanges {
  added: ImportedArticle[];
  removed: string[];
}

/** Reads a file in this thread; for tests and tools. The app passes the import worker's reader. */
// Loaded on first use: the decoders and the Markdown parser are large, and the app never needs them here.
const prepareInThisThread: PrepareFile = async (name, bytes) =>
  (await import('./prepareImportFile')).prepareImportFile(name, bytes);

/**
 * Adds the user's files to the library and removes what they imported. One operation runs at a
 * time, so two imports of the same text cannot both add it. Each file is judged on its own: a
 * file that cannot be read is reported and the rest of the import goes on. Files are decoded and
 * parsed by `prepare` (the import worker in the app), and an import with an id can be cancelled
 * while it runs, even in the middle of a file.
 */
export class ArticleImporter {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly running = new Map<string, AbortController>();
  private readonly cancelled = new Set<string>();

  constructor(
    private readonly library: Library,
    private readonly files: ImportedArticleFiles,
    private readonly now: () => Date = () => new Date(),
    private readonly prepare: PrepareFile = prepareInThisThread,
  ) {}

  /** Imports one batch of files; `importId` names the import a later `cancel` may stop. */
  import(files: readonly ImportFile[], importId?: string): Promise<ImportOutcome> {
    return this.serially(async () => {
      if (importId !== undefined && this.cancelled.has(importId)) return cancelledOutcome();
      const controller = new AbortController();
      if (importId !== undefined) this.running.set(importId, controller);
      try {
        return await this.importNow(files, controller.signal);
      } finally {
        if (importId !== undefined) this.running.delete(importId);
      }
    });
  }

  /**
   * Stops the import with this id: the batch in progress ends within moments and adds nothing,
   * later batches of it are refused. Articles added by its earlier batches stay.
   */
  cancel(importId: string): void {
    this.cancelled.add(importId);
    if (this.cancelled.size > REMEMBERED_CANCELS) {
      this.cancelled.delete(this.cancelled.values().next().value!);
    }
    this.running.get(importId)?.abort();
  }

  /** Removes an imported article and its file; bundled articles are refused. Annotations stay in the store. */
  remove(id: string): Promise<Article> {
    return this.serially(async () => {
      const article = this.library.requireImported(id);
      try {
        await this.files.remove(id);
      } catch (error) {
        throw storageFailure(`"${article.title}" could not be removed`, error);
      }
      this.library.removeImported(id);
      return article;
    });
  }

  /**
   * Brings the library in line with the articles folder, where another Yuedu (the CLI while the
   * app runs) may have added or removed articles: new files are loaded (a damaged or duplicate one
   * is left for the notice at next start), vanished ones are forgotten. Cheap when nothing changed:
   * one directory listing.
   */
  syncWithDisk(): Promise<DiskChanges> {
    return this.serially(async () => {
      const onDisk = new Set(await this.files.listIds());
      const known = new Set(
        this.library
          .list()
          .filter((article) => this.library.origin(article.id) === 'imported')
          .map((article) => article.id),
      );
      const removed = [...known].filter((id) => !onDisk.has(id));
      for (const id of removed) this.library.removeImported(id);
      const fresh: ImportedArticle[] = [];
      for (const id of [...onDisk].filter((id) => !known.has(id)).sort()) {
        if (this.library.get(id) !== undefined) continue;
        const article = await this.files.load(id).catch(() => undefined);
        if (article === undefined || this.library.findByText(article.text) !== undefined) continue;
        fresh.push(article);
      }
      fresh.sort((a, b) => a.sequence - b.sequence || (a.id < b.id ? -1 : 1));
      for (const article of fresh) this.library.addImported(article);
      return { added: fresh, removed };
    });
  }

  private async importNow(
    files: readonly ImportFile[],
    signal: AbortSignal,
  ): Promise<ImportOutcome> {
    const skipped: ImportOutcome['skipped'] = [];
    const prepared: Array<{ name: string; file: PreparedFile }> = [];
    for (const file of files) {
      if (signal.aborted) return cancelledOutcome();
      try {
        const bytes = Buffer.from(file.base64, 'base64');
        prepared.push({ name: file.name, file: await this.prepare(file.name, bytes, signal) });
      } catch (error) {
        if (error instanceof ImportCancelled || signal.aborted) return cancelledOutcome();
        skipped.push({ name: file.name, reason: `it could not be read (${errorCode(error)})` });
      }
    }
    if (signal.aborted) return cancelledOutcome();
    const pending: ImportedArticle[] = [];
    const pendingKeys: string[] = [];
    const pendingFiles: string[] = [];
    const pendingTitles = new Map<string, string>();
    const importedAt = this.now().toISOString();
    let sequence = this.library.nextSequence();
    for (const { name, file: read } of prepared) {
      if (!read.ok) {
        skipped.push({ name, reason: read.reason });
        continue;
      }
      for (const { text, blocks, id, key, title } of read.articles) {
        const existing = this.library.findByTextKey(key)?.title ?? pendingTitles.get(key);
        if (existing !== undefined) {
          skipped.push({ name, reason: `already in your library: ${existing}` });
          continue;
        }
        if (this.library.get(id) !== undefined) {
          skipped.push({ name, reason: `an article with the id ${id} already exists` });
          continue;
        }
        pendingTitles.set(key, title);
        pending.push({
          id,
          title,
          source: baseName(name),
          text,
          blocks,
          importedAt,
          sequence,
        });
        pendingKeys.push(key);
        pendingFiles.push(name);
        sequence += 1;
      }
    }
    const saved = await this.saveAll(pending);
    const added: ImportedArticle[] = [];
    pending.forEach((article, i) => {
      const failure = saved[i];
      if (failure === undefined) {
        this.library.addImported(article, pendingKeys[i]);
        added.push(article);
      } else {
        skipped.push({ name: pendingFiles[i]!, reason: `"${article.title}" ${failure}` });
      }
    });
    return { added, skipped, cancelled: false };
  }

  /** Writes the articles' files; for each, undefined when saved or why it could not be. */
  private async saveAll(articles: readonly ImportedArticle[]): Promise<Array<string | undefined>> {
    const results: Array<string | undefined> = [];
    let next = 0;
    const worker = async () => {
      while (next < articles.length) {
        const i = next++;
        results[i] = await this.files.save(articles[i]!).then(
          () => undefined,
          (error: unknown) => `could not be saved in ${this.files.dir} (${errorCode(error)})`,
        );
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL_WRITES, articles.length) }, worker));
    return results;
  }

  private serially<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.queue.then(operation);
    this.queue = result.catch(() => undefined);
    return result;
  }
}

function cancelledOutcome(): ImportOutcome {
  return { added: [], skipped: [], cancelled: true };
}

function errorCode(error: unknown): string {
  return (
    (error as NodeJS.ErrnoException).code ??
    (error instanceof Error ? error.message : String(error))
  );
}

function storageFailure(what: string, cause: unknown): AppFailure {
  const failure = new AppFailure('storage', `${what} (${errorCode(cause)}). Nothing was changed.`);
  failure.cause = cause;
  return failure;
}
