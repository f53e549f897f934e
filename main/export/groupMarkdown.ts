import type { Article } from '../../shared/model/article';
import type { GroupNote, Reply } from '../../shared/model/group';
import type { Language } from '../../shared/model/settings';
import { escapeMarkdownText, escapeYamlString } from './escape';
import { localIsoDate, safeFilenamePart } from './filename';
import { exportLabels, type ExportLabels } from './labels';
import { annotationLink, renderBlockquote, renderNote, singleLine } from './markdown';

export interface GroupMarkdownInput {
  /** The library's articles, for titles and sources; notes on others keep their id as title. */
  articles: ReadonlyArray<Pick<Article, 'id' | 'title' | 'source'>>;
  /** The chosen members' highlights, in reading order, each with all of its replies. */
  notes: readonly GroupNote[];
  exportedAt: Date;
  /** Set when the export covers one article: its title heads the file. */
  articleId?: string;
  language?: Language;
}

/**
 * A study group's discussion as one Markdown file: per article, each highlight under its
 * member's name (quote, note, colour, date, link back) with its replies nested beneath, author
 * and time on each. Built from the single-user export's pieces, so user text is escaped the same
 * way (no structure, HTML or control characters from a note, a reply or a member's name).
 */
export function renderGroupMarkdown(input: GroupMarkdownInput): {
  markdown: string;
  highlights: number;
} {
  const labels = exportLabels(input.language ?? 'en');
  const byId = new Map(input.articles.map((a) => [a.id, a]));
  const sections: Array<{ id: string; title: string; source: string; notes: GroupNote[] }> = [];
  for (const note of input.notes) {
    const last = sections.at(-1);
    if (last?.id === note.articleId) last.notes.push(note);
    else {
      const article = byId.get(note.articleId);
      sections.push({
        id: note.articleId,
        title: article?.title || note.articleId,
        source: article?.source ?? '',
        notes: [note],
      });
    }
  }
  const only = input.articleId === undefined ? undefined : byId.get(input.articleId);
  const title = only ? only.title || only.id : labels.groupNotesTitle;
  const members = [...new Map(input.notes.map((n) => [n.creator.id, n.creator.name])).values()];
  const list = (key: string, values: readonly string[]) =>
    values.length === 0
      ? [`${key}: []`]
      : [`${key}:`, ...values.map((v) => `  - ${escapeYamlString(singleLine(v))}`)];
  const frontMatter = [
    '---',
    `title: ${escapeYamlString(singleLine(title))}`,
    ...list('sources', [...new Set(sections.map((s) => s.source).filter(Boolean))]),
    ...list(
      'articles',
      sections.map((s) => s.title),
    ),
    ...list('members', members),
    `exported: ${input.exportedAt.toISOString()}`,
    `highlights: ${input.notes.length}`,
    'tags: [yuedu, study-group]',
    '---',
  ].join('\n');
  const heading = `# ${escapeMarkdownText(singleLine(title))}`;
  const body = sections.map((section) =>
    [
      `## ${escapeMarkdownText(singleLine(section.title))}`,
      ...section.notes.map((note) => renderGroupHighlight(note, labels)),
    ].join('\n\n'),
  );
  return {
    markdown: [frontMatter, heading, ...body].join('\n\n') + '\n',
    highlights: input.notes.length,
  };
}

/** The export's file name: `yuedu-group-<article id or notes>-<local date>.md`. */
export function groupExportFilename(articleId: string | undefined, date: Date): string {
  const subject = articleId === undefined ? 'notes' : safeFilenamePart(articleId);
  return `yuedu-group-${subject}-${localIsoDate(date)}.md`;
}

function renderGroupHighlight(note: GroupNote, labels: ExportLabels): string {
  const parts = [
    `**${displayName(note.creator.name)}**`,
    renderBlockquote(note.target.quote.exact),
  ];
  const text = renderNote(note.note);
  if (text) parts.push(text);
  const created = new Date(note.created);
  const facts = [
    `- ${labels.colour}: ${labels.colours[note.color]}`,
    ...(Number.isNaN(created.getTime())
      ? []
      : [`- ${labels.highlighted}: ${localIsoDate(created)}`]),
    `- [${labels.openInYuedu}](${annotationLink(note.articleId, note.id)})`,
  ];
  if (note.replies.length > 0) {
    facts.push(`- ${labels.replies}:`, ...note.replies.map(renderReply));
  }
  parts.push(facts.join('\n'));
  return parts.join('\n\n');
}

/** One reply as a nested list item: author and time, then its text indented under the item. */
function renderReply(reply: Reply): string {
  const head = `  - **${displayName(reply.creator.name)}**, ${localDateTime(new Date(reply.created))}`;
  const text = renderNote(reply.text)
    .split('\n')
    .map((line) => (line === '' ? '' : `    ${line}`))
    .join('\n');
  return text === '' ? head : `${head}\n\n${text}`;
}

function displayName(name: string): string {
  return escapeMarkdownText(singleLine(name)) || '?';
}

function localDateTime(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${localIsoDate(date)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
