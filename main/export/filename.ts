import type { Article } from '../../shared/model/article';

/** What an export covers: one article's notes, or every annotated article in the library. */
export type ExportScope = 'article' | 'all';

const MAX_ID_LENGTH = 64;

/**
 * Names the exported file so it is safe on every file system and sorts by date, e.g.
 * `yuedu-<id>-2026-11-26.md`; the date is the user's local calendar day.
 */
export function exportFilename(
  scope: ExportScope,
  article: Pick<Article, 'id'> | undefined,
  date: Date,
): string {
  if (scope === 'article' && !article) throw new Error('An article export needs the article.');
  const subject = scope === 'article' && article ? safeFilenamePart(article.id) : 'notes';
  return `yuedu-${subject}-${localIsoDate(date)}.md`;
}

/** Keeps ASCII letters, digits, `_` and `-` only, so ids never become paths or reserved names. */
export function safeFilenamePart(value: string): string {
  const safe = value
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .slice(0, MAX_ID_LENGTH)
    .replace(/^-+|-+$/g, '');
  return safe === '' ? 'article' : safe;
}

/** The user's local calendar day of `date`, as YYYY-MM-DD. */
export function localIsoDate(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
