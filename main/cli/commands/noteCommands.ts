import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatMegabytes, IMPORT_FILE_MAX_BYTES } from '../../../shared/limits';
import type { HighlightColor, PlacedAnnotation } from '../../../shared/model/annotation';
import type { GroupNote, Sharing } from '../../../shared/model/group';
import { findQuote } from '../../annotations/anchor';
import type { Yuedu } from '../../api/yuedu';
import { callService } from '../callService';
import { CommandError } from '../cliErrors';
import { printJson, type CliIo } from '../cliIo';
import { terminalLines, terminalText } from '../terminalText';

/**
 * The flat shape scripts get for an annotation; the full W3C-style target stays internal. `state`
 * says whether start/end point at the quote in the current text or are an orphan's last known place.
 */
export const annotationForCli = (a: PlacedAnnotation | GroupNote) => ({
  id: a.id,
  articleId: a.articleId,
  state: a.state,
  quote: a.target.quote.exact,
  color: a.color,
  note: a.note,
  start: a.target.position.start,
  end: a.target.position.end,
  created: a.created,
  modified: a.modified,
  creator: { id: a.creator.id, name: a.creator.name },
  ...('mine' in a
    ? {
        mine: a.mine,
        ...(a.sharing ? { sharing: a.sharing } : {}),
        replies: a.replies.map((r) => ({
          id: r.id,
          creator: { id: r.creator.id, name: r.creator.name },
          created: r.created,
          modified: r.modified,
          text: r.text,
        })),
      }
    : {}),
});

/** `yuedu highlight`: anchors at the first occurrence of the quote; a missing quote writes nothing. */
export async function highlightCommand(
  yuedu: Yuedu,
  io: CliIo,
  json: boolean,
  request:
    | {
        articleId: string;
        quote: string;
        color: HighlightColor;
        note: string;
        sharing: Sharing | undefined;
      }
    | { action: 'delete'; annotationId: string }
    | { action: 'import'; articleId: string; file: string; color?: HighlightColor },
): Promise<void> {
  if ('file' in request) return importW3cCommand(yuedu, io, json, request);
  if ('annotationId' in request) {
    const deleted = await callService(yuedu, 'annotations:delete', { id: request.annotationId });
    if (json) printJson(io, deleted);
    else io.stdout(`Deleted highlight ${deleted.id}.\n`);
    return;
  }
  const article = await callService(yuedu, 'library:get', { id: request.articleId });
  const range = findQuote(article.text, request.quote);
  if (!range) {
    throw new CommandError(
      `The quote "${request.quote}" does not occur in article "${article.id}"; nothing was highlighted.`,
    );
  }
  const annotation = await callService(yuedu, 'annotations:create', {
    articleId: article.id,
    start: range.start,
    end: range.end,
    color: request.color,
    note: request.note,
  });
  if (request.sharing !== undefined) {
    await callService(yuedu, 'group:share', { id: annotation.id, sharing: request.sharing });
  }
  if (json) {
    // The same shape as `yuedu notes --json`, with its sharing and (no) replies.
    const listed = await callService(yuedu, 'group:notes', { articleId: article.id, member: 'me' });
    printJson(io, annotationForCli(listed.find((n) => n.id === annotation.id) ?? annotation));
  } else
    io.stdout(
      `Highlighted "${terminalText(annotation.target.quote.exact)}" in ${terminalText(article.title)} (${annotation.id}).\n`,
    );
}

/** `yuedu notes`: highlights in reading order (the group's too), each article's orphans after its anchored ones. */
export async function notesCommand(
  yuedu: Yuedu,
  io: CliIo,
  json: boolean,
  request: { articleId: string | undefined; member: string },
): Promise<void> {
  const annotations = await callService(yuedu, 'group:notes', {
    ...(request.articleId === undefined ? {} : { articleId: request.articleId }),
    member: request.member,
  });
  if (json) {
    printJson(io, annotations.map(annotationForCli));
    return;
  }
  if (annotations.length === 0) io.stdout('No highlights yet.\n');
  for (const a of annotations) {
    const orphaned = a.state === 'orphaned' ? '(orphaned) ' : '';
    const note = a.note ? `\n    ${terminalLines(a.note, '    ')}` : '';
    const by = a.mine
      ? a.sharing === 'private'
        ? ' (only me)'
        : ''
      : ` — ${terminalText(a.creator.name)}`;
    const replies = a.replies
      .map((r) => `\n    ↳ ${terminalText(r.creator.name)}: ${terminalLines(r.text, '      ')}`)
      .join('');
    io.stdout(
      `${terminalText(a.articleId)}\t${orphaned}[${a.color}] ${terminalText(a.target.quote.exact)}${by}${note}${replies}\n`,
    );
  }
}

/** `yuedu export`: Markdown on stdout, or written to --out. */
export async function exportCommand(
  yuedu: Yuedu,
  io: CliIo,
  request: {
    articleId: string | undefined;
    out: string | undefined;
    /** Set by --group: whose highlights the study group export covers. */
    members?: 'me' | 'all' | string[];
  },
): Promise<void> {
  const article = request.articleId === undefined ? {} : { articleId: request.articleId };
  const markdown =
    request.members === undefined
      ? (await callService(yuedu, 'export:markdown', article)).markdown
      : (await callService(yuedu, 'group:export', { ...article, members: request.members })).text;
  if (request.out === undefined) {
    io.stdout(markdown);
    return;
  }
  const target = path.resolve(io.cwd, request.out);
  try {
    await writeFile(target, markdown, 'utf8');
  } catch (error) {
    throw new CommandError(
      `Could not write ${target}: ${(error as NodeJS.ErrnoException).code ?? error}. Nothing was exported.`,
    );
  }
  io.stderr(`Exported to ${terminalText(target)}.\n`);
}

/** `yuedu highlight ID --from FILE`: another tool's W3C highlights onto the article, as the user's own. */
async function importW3cCommand(
  yuedu: Yuedu,
  io: CliIo,
  json: boolean,
  request: { articleId: string; file: string; color?: HighlightColor },
): Promise<void> {
  const source = path.resolve(io.cwd, request.file);
  let text: string;
  try {
    const info = await stat(source);
    // A pipe or device would make readFile wait or read forever.
    if (!info.isFile()) throw new CommandError(`${source} is not a file.`);
    if (info.size > IMPORT_FILE_MAX_BYTES) {
      throw new CommandError(
        `${source} is larger than ${formatMegabytes(IMPORT_FILE_MAX_BYTES)}; nothing was imported.`,
      );
    }
    text = await readFile(source, 'utf8');
  } catch (error) {
    if (error instanceof CommandError) throw error;
    throw new CommandError(
      `Could not read ${source}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`,
    );
  }
  const result = await callService(yuedu, 'annotations:importW3c', {
    articleId: request.articleId,
    json: text,
    ...(request.color ? { color: request.color } : {}),
  });
  if (json) return printJson(io, result);
  io.stdout(
    `Added ${result.imported} highlights to ${terminalText(request.articleId)}; ${result.alreadyHere} were already there, ${result.skipped.length} skipped.\n`,
  );
  for (const { quote, reason } of result.skipped)
    io.stdout(`  skipped${quote ? ` "${terminalText(quote)}"` : ''}: ${terminalText(reason)}\n`);
}
