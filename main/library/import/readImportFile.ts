import { dedupeArticles } from '../dedupe';
import { parseArticles, type ParsedArticle } from '../parseArticles';
import { decodeText } from './decodeText';
import { markdownToText } from './markdownToText';

const MARKDOWN_NAME = /\.(md|markdown)$/iu;

/** What one imported file holds: its articles, or why the file was skipped. */
export type FileArticles = { ok: true; articles: ParsedArticle[] } | { ok: false; reason: string };

/**
 * Turns one file's bytes into articles with the seeds' parser: decoded (UTF-8, UTF-16, GB18030),
 * Markdown syntax removed for .md files, split into articles, repeats inside the file dropped.
 */
export function readImportFile(name: string, bytes: Uint8Array): FileArticles {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  const articles = MARKDOWN_NAME.test(name)
    ? parseMarkdown(decoded.text)
    : parseArticles(decoded.text);
  if (articles.length === 0) return { ok: false, reason: 'the file holds no text' };
  return { ok: true, articles: dedupeArticles(articles) };
}

/** Parses the Markdown's plain text, then gives blocks the kinds the Markdown states (headings, list items). */
function parseMarkdown(source: string): ParsedArticle[] {
  const lines = markdownToText(source);
  const articles = parseArticles(lines.map((l) => ' '.repeat(l.indent) + l.text).join('\n'));
  const blocks = articles.flatMap((article) => article.blocks);
  // One block per line by construction; the check keeps a future parser change from mislabelling.
  if (blocks.length !== lines.length) return articles;
  blocks.forEach((block, i) => {
    block.kind = lines[i]!.kind ?? block.kind;
  });
  return articles;
}
