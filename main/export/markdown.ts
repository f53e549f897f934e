import type { Annotation } from '../../shared/model/annotation';
import type { Article } from '../../shared/model/article';
import type { Language } from '../../shared/model/settings';
import { sortInReadingOrder } from '../annotations/readingOrder';
import { escapeMarkdownText, escapeYamlString, normalizeLineEndings } from './escape';
import { localIsoDate, type ExportScope } from './filename';
import { exportLabels, type ExportLabels } from './labels';

// The export handler takes the file's name and its content from one module.
export { exportFilename } from './filename';

export interface MarkdownExportInput {
  /** In library order; for scope 'article', exactly the one article being exported. */
  articles: Article[];
  annotations: Annotation[];
  exportedAt: Date;
  scope: ExportScope;
  /** The language of the words the export adds (labels, the all-notes title); English if absent. */
  language?: Language;
}

/** The file's content and how many highlights it holds, so the caller can say what it exported. */
export interface MarkdownExport {
  markdown: string;
  highlights: number;
}

/**
 * Turns highlights and notes into one Markdown file that reads well on its own in Obsidian or
 * Logseq: YAML front matter (sources as a list), an H1 (the article's title, or "Yuedu notes"),
 * then each highlight as quote, note, colour, date and a link back; an all-notes export puts
 * each article under its own `##`. All user text is escaped so it can never create structure or
 * raw HTML.
 */
export function renderMarkdown(input: MarkdownExportInput): MarkdownExport {
  const { articles, scope } = input;
  if (scope === 'article' && articles.length !== 1) {
    throw new Error(`An article export needs exactly one article, got ${articles.length}.`);
  }
  const labels = exportLabels(input.language ?? 'en');
  const sections = groupByArticle(input);
  const title = scope === 'article' ? (articles[0] as Article).title : labels.allNotesTitle;
  const heading = `# ${escapeMarkdownText(singleLine(title)) || escapeMarkdownText(articles[0]?.id ?? '')}`;
  const body =
    scope === 'article'
      ? sections.flatMap(({ annotations }) =>
          annotations.map((annotation) => renderHighlight(annotation, labels)),
        )
      : sections.map(({ article, annotations }) =>
          renderArticleSection(article, annotations, labels),
        );
  const markdown =
    [renderFrontMatter(input, title, sections), heading, ...body].join('\n\n') + '\n';
  return { markdown, highlights: sections.reduce((sum, s) => sum + s.annotations.length, 0) };
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

/**
 * For 'all', `sources` and `articles` list what the file actually holds notes on, one YAML list
 * item each, so Obsidian shows them as list properties.
 */
function renderFrontMatter(
  { articles, exportedAt, scope }: MarkdownExportInput,
  title: string,
  sections: ArticleSection[],
): string {
  const [only] = articles;
  const list = (key: string, values: string[]) =>
    values.length === 0
      ? [`${key}: []`]
      : [`${key}:`, ...values.map((value) => `  - ${escapeYamlString(singleLine(value))}`)];
  const lines = ['---', `title: ${escapeYamlString(singleLine(title))}`];
  if (scope === 'article' && only) {
    lines.push(`source: ${escapeYamlString(only.source)}`);
  } else {
    const sources = new Set(sections.map(({ article }) => article.source).filter(Boolean));
    lines.push(...list('sources', [...sources]));
    lines.push(
      ...list(
        'articles',
        sections.map(({ article }) => article.title || article.id),
      ),
    );
  }
  lines.push(
    `exported: ${exportedAt.toISOString()}`,
    `highlights: ${sections.reduce((sum, s) => sum + s.annotations.length, 0)}`,
    'tags: [yuedu]',
    '---',
  );
  return lines.join('\n');
}

function renderArticleSection(
  { id, title }: ArticleSection['article'],
  annotations: Annotation[],
  labels: ExportLabels,
): string {
  const heading = `## ${escapeMarkdownText(singleLine(title)) || escapeMarkdownText(id)}`;
  return [heading, ...annotations.map((a) => renderHighlight(a, labels))].join('\n\n');
}

function renderHighlight(annotation: Annotation, labels: ExportLabels): string {
  const parts = [renderBlockquote(annotation.target.quote.exact)];
  const note = renderNote(annotation.note);
  if (note) parts.push(note);
  const created = new Date(annotation.created);
  parts.push(
    [
      `- ${labels.colour}: ${labels.colours[annotation.color]}`,
      ...(Number.isNaN(created.getTime())
        ? []
        : [`- ${labels.highlighted}: ${localIsoDate(created)}`]),
      `- [${labels.openInYuedu}](${annotationLink(annotation.articleId, annotation.id)})`,
    ].join('\n'),
  );
  return parts.join('\n\n');
}

/** A quote as a Markdown blockquote, escaped; the group export quotes the same way. */
export function renderBlockquote(quote: string): string {
  return escapeMarkdownText(quote.trim())
    .split('\n')
    .map((line) => (line.trim() === '' ? '>' : `> ${line}`))
    .join('\n');
}

/** Paragraphs are separated by blank lines; line breaks inside a paragraph are kept as they are. */
export function renderNote(note: string): string {
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

/** Titles and names on one line, for headings and front matter. */
export function singleLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
