import type { Article } from '../../shared/model/article';

const MARKDOWN_HEADING_MARK = /^#{1,6}\s+/u;
const normalize = (text: string) =>
  text.replace(MARKDOWN_HEADING_MARK, '').replace(/\s+/gu, ' ').trim();

/**
 * The index of the block that already says the article's title (an imported file's opening
 * heading, from which the title was taken), or -1. The reader shows that block once, as the page
 * title, instead of the title and then the same words again as the first heading. The block stays
 * in the canonical text, so highlights in it keep their offsets.
 */
export function titleBlockIndex(article: Pick<Article, 'title' | 'text' | 'blocks'>): number {
  const first = article.blocks[0];
  if (first === undefined || first.kind !== 'heading') return -1;
  const heading = normalize(article.text.slice(first.start, first.end));
  return heading !== '' && heading === normalize(article.title) ? 0 : -1;
}
