import type { ArticleSummary } from '../../../shared/model/article';
import type { Snippet } from '../../../shared/model/search';
import type { Yuedu } from '../../api/yuedu';
import { callService } from '../callService';
import { printJson, usesStyles, type CliIo } from '../cliIo';
import { terminalText } from '../terminalText';
import { pinyinLine, readingForCli } from './dictionaryCommands';

/**
 * The shape `list --json` promises scripts; imports report added articles the same way. `blocks`
 * counts every block (headings, bylines, captions, paragraphs), `paragraphs` only paragraphs.
 */
export const articleForCli = ({ id, title, chars, blocks, paragraphs }: ArticleSummary) => ({
  id,
  title,
  chars,
  blocks,
  paragraphs,
});

/** `yuedu list`: the library, as the window shows it. */
export async function listCommand(yuedu: Yuedu, io: CliIo, json: boolean): Promise<void> {
  const articles = await callService(yuedu, 'library:list', {});
  if (json) {
    printJson(io, articles.map(articleForCli));
    return;
  }
  for (const a of articles) {
    io.stdout(`${terminalText(a.id)}\t${terminalText(a.title)}\t${a.chars} chars\n`);
  }
}

/** `yuedu show`: an article's text, block by block, each block keeping its kind in --json. */
export async function showCommand(
  yuedu: Yuedu,
  io: CliIo,
  json: boolean,
  id: string,
  withPinyin = false,
): Promise<void> {
  const article = await callService(yuedu, 'library:get', { id });
  const readings = withPinyin
    ? await callService(yuedu, 'dictionary:articlePinyin', { articleId: id })
    : [];
  const blockReadings = (start: number, end: number) =>
    readings.filter((reading) => reading.offset >= start && reading.offset < end);
  const blocks = article.blocks.map(({ kind, start, end }) => ({
    kind,
    text: article.text.slice(start, end),
    start,
    end,
    ...(withPinyin ? { pinyin: blockReadings(start, end).map(readingForCli) } : {}),
  }));
  if (json) {
    printJson(io, { id: article.id, title: article.title, source: article.source, blocks });
    return;
  }
  const body = blocks
    .map((block) => {
      const text = terminalText(block.text);
      if (!withPinyin) return text;
      return `${terminalText(pinyinLine(blockReadings(block.start, block.end)))}\n${text}`;
    })
    .join('\n\n');
  io.stdout(`${terminalText(article.title)}\n${terminalText(article.source)}\n\n${body}\n`);
}

/** How matches are marked in plain output: reverse video on a terminal, 【】 in a pipe or file. */
const MARKS = {
  styled: { open: '\u001b[7m', close: '\u001b[27m' },
  plain: { open: '【', close: '】' },
};

/** A snippet as one terminal-safe line with its matches marked. */
export function markSnippet(snippet: Snippet, mark: { open: string; close: string }): string {
  const marks = [...snippet.marks].sort((a, b) => a[0] - b[0]);
  let line = '';
  let at = 0;
  for (const [start, end] of marks) {
    if (start < at || end <= start) continue;
    line += terminalText(snippet.text.slice(at, start));
    line += mark.open + terminalText(snippet.text.slice(start, end)) + mark.close;
    at = end;
  }
  return line + terminalText(snippet.text.slice(at));
}

/** `yuedu search`: best matches first, each with its hit count and the snippet, matches marked. */
export async function searchCommand(
  yuedu: Yuedu,
  io: CliIo,
  json: boolean,
  query: string,
  limit: number | undefined,
): Promise<void> {
  const hits = await callService(
    yuedu,
    'search:query',
    limit === undefined ? { query } : { query, limit },
  );
  if (json) {
    printJson(
      io,
      hits.map((hit) => ({
        articleId: hit.articleId,
        title: hit.title,
        score: hit.score,
        hits: hit.hits,
        snippet: hit.snippet.text,
        marks: hit.snippet.marks,
      })),
    );
    return;
  }
  if (hits.length === 0) {
    io.stdout(`No results for "${terminalText(query)}".\n`);
    return;
  }
  const mark = usesStyles(io) ? MARKS.styled : MARKS.plain;
  for (const hit of hits) {
    const count = `${hit.hits} ${hit.hits === 1 ? 'hit' : 'hits'}`;
    io.stdout(
      `${terminalText(hit.articleId)}\t${terminalText(hit.title)}\t${count}\n    ${markSnippet(hit.snippet, mark)}\n`,
    );
  }
}
