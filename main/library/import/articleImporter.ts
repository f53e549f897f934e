import type { Article } from '../../../shared/model/article';
import type { ImportFile } from '../../../shared/model/import';
import { AppFailure } from '../../appFailure';
import { contentId, fallbackTitle } from '../articleIdentity';
import type { ImportedArticleFiles } from '../importedArticles';
import { type ImportedArticle, type Library, textKey } from '../library';
import { readImportFile } from './readImportFile';

/** What an import did, before the API turns the added articles into summaries. */
export interface ImportOutcome {
  added: ImportedArticle[];
  skipped: Array<{ name: string; reason: string }>;
}

// Article files are written a few at a time: fsync latency overlaps, the disk is not flooded.
const PARALLEL_WRITES = 8;

/**
 * Adds the user's files to the library and removes what they imported. One operation runs at a
 * time, so two imports of the same text cannot both add it. Each file is judged on its own: a
 * file that cannot be read is reported and the rest of the import goes on.
 */
export class ArticleImporter {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly library: Library,
    private readonly files: ImportedArticleFiles,
    private readonly now: () => Date = () => new Date(),
  ) {}

  import(files: readonly ImportFile[]): Promise<ImportOutcome> {
    return this.serially(() => this.importNow(files));
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

  private async importNow(files: readonly ImportFile[]): Promise<ImportOutcome> {
    const skipped: ImportOutcome['skipped'] = [];
    const pending: ImportedArticle[] = [];
    const pendingFiles: string[] = [];
    const pendingTitles = new Map<string, string>();
    const importedAt = this.now().toISOString();
    let sequence = this.library.nextSequence();
    for (const file of files) {
      const read = readImportFile(file.name, Buffer.from(file.base64, 'base64'));
      if (!read.ok) {
        skipped.push({ name: file.name, reason: read.reason });
        continue;
      }
      for (const { text, blocks } of read.articles) {
        const key = textKey(text);
        const title = fallbackTitle({ text, blocks }) || fileStem(file.name);
        const existing = this.library.findByText(text)?.title ?? pendingTitles.get(key);
        if (existing !== undefined) {
          skipped.push({ name: file.name, reason: `already in your library: ${existing}` });
          continue;
        }
        const id = contentId(text);
        if (this.library.get(id) !== undefined) {
          skipped.push({ name: file.name, reason: `an article with the id ${id} already exists` });
          continue;
        }
        pendingTitles.set(key, title);
        pending.push({
          id,
          title,
          source: baseName(file.name),
          text,
          blocks,
          importedAt,
          sequence,
        });
        pendingFiles.push(file.name);
        sequence += 1;
      }
    }
    const saved = await this.saveAll(pending);
    const added: ImportedArticle[] = [];
    pending.forEach((article, i) => {
      const failure = saved[i];
      if (failure === undefined) {
        this.library.addImported(article);
        added.push(article);
      } else {
        skipped.push({ name: pendingFiles[i]!, reason: `"${article.title}" ${failure}` });
      }
    });
    return { added, skipped };
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

function baseName(name: string): string {
  return name.split(/[/\\]/u).pop() || name;
}

function fileStem(name: string): string {
  return baseName(name).replace(/\.[^.]+$/u, '') || baseName(name);
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
