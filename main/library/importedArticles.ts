import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileDurably } from '../store/writeFileDurably';
import type { ImportedArticle } from './library';

/** Imported articles live here, one JSON file each, inside the user's data folder. */
export const ARTICLES_DIR = 'articles';
const FORMAT = 'yuedu-imported-article';
const FORMAT_VERSION = 1;
// Ids are content hashes (`a-` + hex); anything else in a file name is not ours to read.
const ID = /^a-[0-9a-f]{12}$/u;

const articleFileSchema = z
  .strictObject({
    format: z.literal(FORMAT),
    version: z.literal(FORMAT_VERSION),
    id: z.string().regex(ID),
    title: z.string(),
    source: z.string(),
    text: z.string().min(1),
    blocks: z
      .array(
        z.strictObject({
          kind: z.enum(['paragraph', 'heading', 'byline', 'caption']),
          start: z.number().int().nonnegative(),
          end: z.number().int().nonnegative(),
        }),
      )
      .min(1),
    importedAt: z.iso.datetime(),
    sequence: z.number().int().positive(),
  })
  .refine((a) => a.blocks.every((b) => b.start <= b.end && b.end <= a.text.length), {
    message: 'a block lies outside the text',
  });

/** What loading found: the readable articles, and a message for each file that was not. */
export interface LoadedImports {
  articles: ImportedArticle[];
  notices: string[];
}

/**
 * The imported articles on disk: `<dataDir>/articles/<id>.json`, each written durably on its own
 * so one import never rewrites the others and one damaged file costs only that article.
 */
export class ImportedArticleFiles {
  readonly dir: string;

  constructor(dataDir: string) {
    this.dir = join(dataDir, ARTICLES_DIR);
  }

  pathOf(id: string): string {
    if (!ID.test(id)) throw new Error(`Not an imported article id: "${id}"`);
    return join(this.dir, `${id}.json`);
  }

  /** Reads every article file, in import order. A damaged file is skipped with a notice and left as it is. */
  async loadAll(): Promise<LoadedImports> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { articles: [], notices: [] };
      throw error;
    }
    const articles: ImportedArticle[] = [];
    const notices: string[] = [];
    // Dot-files are the temp files of interrupted writes; they never hold the only copy.
    for (const name of names.filter((n) => n.endsWith('.json') && !n.startsWith('.')).sort()) {
      const path = join(this.dir, name);
      const problem = await readArticleFile(path, name).then(
        (article) => {
          articles.push(article);
          return undefined;
        },
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      );
      if (problem !== undefined) notices.push(damagedNotice(path, problem));
    }
    articles.sort((a, b) => a.sequence - b.sequence || (a.id < b.id ? -1 : 1));
    return { articles, notices };
  }

  /** The ids of the article files on disk now (another process may have added or removed some). */
  async listIds(): Promise<string[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    return names
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.slice(0, -'.json'.length))
      .filter((id) => ID.test(id));
  }

  /** Reads one article file; throws with a message saying what is wrong with it. */
  load(id: string): Promise<ImportedArticle> {
    return readArticleFile(this.pathOf(id), `${id}.json`);
  }

  async save(article: ImportedArticle): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const { id, title, source, text, blocks, importedAt, sequence } = article;
    const record = { format: FORMAT, version: FORMAT_VERSION, id, title, source, text, blocks };
    await writeFileDurably(
      this.pathOf(id),
      JSON.stringify({ ...record, importedAt, sequence }) + '\n',
    );
  }

  async remove(id: string): Promise<void> {
    await rm(this.pathOf(id), { force: true });
  }
}

async function readArticleFile(path: string, name: string): Promise<ImportedArticle> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new Error(
      error instanceof SyntaxError
        ? 'it is not valid JSON'
        : `it could not be read (${code(error)})`,
      { cause: error },
    );
  }
  const parsed = articleFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `it is not a Yuedu article (${issue?.path.join('.') || 'file'}: ${issue?.message})`,
    );
  }
  if (`${parsed.data.id}.json` !== name)
    throw new Error(`it names another article ("${parsed.data.id}")`);
  const { id, title, source, text, blocks, importedAt, sequence } = parsed.data;
  return { id, title, source, text, blocks, importedAt, sequence };
}

/** Told once at start: which article file was skipped and that it was kept for recovery. */
export function damagedNotice(path: string, problem: string): string {
  return `An imported article could not be opened and was left out: ${path} (${problem}). The file was kept as it is.`;
}

function code(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}
