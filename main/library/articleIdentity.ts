import { createHash } from 'node:crypto';
import type { Block } from '../../shared/model/article';
import { cutText } from './text';

const TITLE_MAX_CHARS = 30;

/** A stable id for an article nobody named, derived from its text so re-imports keep annotations attached. */
export function contentId(text: string): string {
  return 'a-' + createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 12);
}

/** A title for an article without a manifest entry: its opening heading, else its first sentence. */
export function fallbackTitle(article: { text: string; blocks: readonly Block[] }): string {
  const slice = (block: Block): string => article.text.slice(block.start, block.end);
  const first = article.blocks[0];
  if (first === undefined) return '';
  if (first.kind === 'heading') return slice(first).replace(/^#{1,6}\s+/u, '');
  const paragraph = article.blocks.find((block) => block.kind === 'paragraph') ?? first;
  return cutText(firstSentence(slice(paragraph)), TITLE_MAX_CHARS);
}

function firstSentence(text: string): string {
  const match = /^.*?([。！？!?]+|\.(?=\s|$))[”’」』）)"']*/u.exec(text);
  const sentence = match ? match[0] : text;
  return sentence.replace(/[。！？!?.]+$/u, '');
}
