import type { Annotation } from '../../shared/model/annotation';
import type { Article } from '../../shared/model/article';
import { sortInReadingOrder } from '../annotations/readingOrder';
import { escapeMarkdownText, escapeYamlString, normalizeLineEndings } from './escape';
import type { ExportScope } from './filename';

// The export handler takes the file's name and its content from one module.
export { exportFilename } from './filename';

export interface MarkdownExportInput {
  /** In library order; for scope 'article', exactly the one article being exported. */
  articles: Article[];
  annotations: Annotation[];
  exportedAt: Date;
  scope: ExportScope;
}

/** Title of an export that covers the whole library. */
export const ALL_NOTES_TITLE = 'Yuedu notes';

/**
 * Turns highlights and notes into one Markdown file for Obsidian/Logseq: YAML front matter, then
 * per annotated article a `##` heading and each highlight as quote, note, colour and a link back.
 * All user text is escaped so it can never create structure or raw HTML.
 */
export function renderMarkdown(input: MarkdownExportInput): string {
  const { articles, scope } = input;
  if (scope === 'article' && articles.length !== 1) {
    throw new Error(`An article export needs exactly one article, got ${articles.length}.`);
  }
  const sections = groupByArticle(input);
  const body = sections.map(({ article, annotations }) =>
    renderArticleSection(article, annotations),
  );
  return [renderFrontMatter(input, sections), ...body].join('\n\n') + '\n';
}

interface ArticleSection {
  article: Pick<Article, 'id' | 'title' | 'source'>;
  annotations: Annotation[];
}

function groupByArticle({ articles, annotations, scope }: MarkdownExportInput): ArticleSection[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const sections: ArticleSection[] = [];
  const inScope =
    scope === 'article' ? annotations.filter((a) => a.articleId === articles[0]?.id) : annotations;
  const sorted = sortInReadingOrder(
    inScope,
    articles.map((article) => article.id),
  );
  for (const annotation of sorted) {
    const last = sections.at(-1);
    if (last?.article.id === annotation.articleId) {
      last.annotations.push(annotation);
    } else {
      // Notes on articles no longer in the library are still the user's words: keep them, titled by id.
      const article = byId.get(annotation.articleId) ?? {
        id: annotation.articleId,
        title: annotation.articleId,
        source: '',
      };
      sections.push({ article, annotations: [annotation] });
    }
  }
  return sections;
}

/** For 'all', `source` and `articles` describe the articles that actually have notes in the file. */
function renderFrontMatter(
  { articles, exportedAt, scope }: MarkdownExportInput,
  sections: ArticleSection[],
): string {
  const [only] = articles;
  const title = scope === 'article' && only ? only.title : ALL_NOTES_TITLE;
  const sources = new Set(sections.map(({ article }) => article.source).filter(Boolean));
  const source = scope === 'article' && only ? only.source : [...sources].join(', ');
  const lines = [
    '---',
    `title: ${escapeYamlString(singleLine(title))}`,
    `source: ${escapeYamlString(source)}`,
    `exported: ${exportedAt.toISOString()}`,
    ...(scope === 'all' ? [`articles: ${sections.length}`] : []),
    'tags: [yuedu]',
    '---',
  ];
  return lines.join('\n');
}

function renderArticleSection(
  { id, title }: ArticleSection['article'],
  annotations: Annotation[],
): string {
  const heading = `## ${escapeMarkdownText(singleLine(title)) || escapeMarkdownText(id)}`;
  return [heading, ...annotations.map(renderHighlight)].join('\n\n');
}

function renderHighlight(annotation: Annotation): string {
  const parts = [renderBlockquote(annotation.target.quote.exact)];
  const note = renderNote(annotation.note);
  if (note) parts.push(note);
  parts.push(
    [
      `- Colour: ${annotation.color}`,
      `- [Open in Yuedu](${annotationLink(annotation.articleId, annotation.id)})`,
    ].join('\n'),
  );
  return parts.join('\n\n');
}

function renderBlockquote(quote: string): string {
  return escapeMarkdownText(quote.trim())
    .split('\n')
    .map((line) => (line.trim() === '' ? '>' : `> ${line}`))
    .join('\n');
}

/** Paragraphs are separated by blank lines; line breaks inside a paragraph are kept as they are. */
function renderNote(note: string): string {
  return normalizeLineEndings(note)
    .split(/\n[ \t]*(?:\n[ \t]*)+/)
    .map((paragraph) => paragraph.replace(/^(?:[ \t]*\n)+|(?:\n[ \t]*)+$/g, ''))
    .filter((paragraph) => paragraph.trim() !== '')
    .map(escapeMarkdownText)
    .join('\n\n');
}

/** Deep link the app registers for `yuedu://`, opening the article scrolled to the highlight. */
export function annotationLink(articleId: string, annotationId: string): string {
  return `yuedu://article/${encodeLinkPart(articleId)}#${encodeLinkPart(annotationId)}`;
}

// encodeURIComponent leaves !'()* alone; parentheses would end a Markdown link early.
function encodeLinkPart(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function singleLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
