import type { Yuedu } from '../../api/yuedu';
import { callService } from '../callService';
import { printJson, type CliIo } from '../cliIo';
import type { ArticleSummary } from '../../../shared/model/article';

/** The shape `list --json` promises scripts; imports report added articles the same way. */
export const articleForCli = ({ id, title, chars, paragraphs }: ArticleSummary) => ({
  id,
  title,
  chars,
  paragraphs,
});

/** `yuedu list`: the library, as the window shows it. */
export async function listCommand(yuedu: Yuedu, io: CliIo, json: boolean): Promise<void> {
  const articles = await callService(yuedu, 'library:list', {});
  if (json) {
    printJson(io, articles.map(articleForCli));
    return;
  }
  for (const a of articles) io.stdout(`${a.id}\t${a.title}\t${a.chars} chars\n`);
}

/** `yuedu show`: an article's text, block by block. */
export async function showCommand(
  yuedu: Yuedu,
  io: CliIo,
  json: boolean,
  id: string,
): Promise<void> {
  const article = await callService(yuedu, 'library:get', { id });
  const paragraphs = article.blocks.map((block) => article.text.slice(block.start, block.end));
  if (json) {
    printJson(io, { id: article.id, title: article.title, paragraphs });
    return;
  }
  io.stdout(`${article.title}\n${article.source}\n\n${paragraphs.join('\n\n')}\n`);
}

/** `yuedu search`: best matches first, with the snippet the window would show. */
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
        snippet: hit.snippet.text,
      })),
    );
    return;
  }
  if (hits.length === 0) io.stdout(`No results for "${query}".\n`);
  for (const hit of hits) io.stdout(`${hit.articleId}\t${hit.title}\n    ${hit.snippet.text}\n`);
}
