import type { ParsedArticle } from '../parseArticles';
import { contentId, fallbackTitle } from '../articleIdentity';
import { textKey } from '../library';
import { readImportFile } from './readImportFile';
import { baseName } from './baseName';

/** An article read from a file, with everything derived from its text already worked out. */
export interface PreparedArticle extends ParsedArticle {
  /** The content id (`a-` + hash of the text), so a re-import finds its highlights again. */
  id: string;
  /** `textKey(text)`: "the same text apart from layout", to refuse duplicates. */
  key: string;
  title: string;
}

/** One file's articles, or why the file was skipped. */
export type PreparedFile =
  { ok: true; articles: PreparedArticle[] } | { ok: false; reason: string };

/**
 * Everything an import does that grows with the file: decoding, Markdown, splitting, hashing. It
 * runs in the import worker, so a large or hostile file never holds up the thread that answers.
 */
export function prepareImportFile(name: string, bytes: Uint8Array): PreparedFile {
  const read = readImportFile(name, bytes);
  if (!read.ok) return read;
  return {
    ok: true,
    articles: read.articles.map((article) => ({
      ...article,
      id: contentId(article.text),
      key: textKey(article.text),
      title: fallbackTitle(article) || fileStem(name),
    })),
  };
}

function fileStem(name: string): string {
  return baseName(name).replace(/\.[^.]+$/u, '') || baseName(name);
}
