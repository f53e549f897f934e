import { createHash } from 'node:crypto';
import type { Article } from '../../../shared/model/article';

/**
 * Identifies an article set by what the index holds (ids, titles, texts, in id order), so a
 * persisted index is reused only for exactly the library it was built from.
 */
export function articleSetFingerprint(articles: Iterable<Article>): string {
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const hash = createHash('sha256');
  for (const article of sorted) {
    for (const part of [article.id, article.title, article.text]) {
      hash.update(`${part.length}:`);
      hash.update(part);
    }
  }
  return hash.digest('hex');
}
