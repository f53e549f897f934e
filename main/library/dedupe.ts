import { normalizeWhitespace } from './text';

/** Drops articles whose text repeats an earlier one (seed dumps and imports often hold duplicates); keeps the first. */
export function dedupeArticles<T extends { text: string }>(articles: readonly T[]): T[] {
  const seen = new Set<string>();
  return articles.filter((article) => {
    const key = normalizeWhitespace(article.text);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
