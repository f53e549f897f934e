import type { ArticleSummary } from './article';

/** One file handed to the importer: its name (for messages) and its bytes, base64-encoded. */
export interface ImportFile {
  name: string;
  base64: string;
}

/** What an import did: the articles it added, and each file or article it skipped, with why. */
export interface ImportReport {
  added: ArticleSummary[];
  skipped: Array<{ name: string; reason: string }>;
  /** True when the import was cancelled before this batch finished; the batch added nothing. */
  cancelled?: boolean;
}
