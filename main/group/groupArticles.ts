import { access, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { GROUP_FILE_MAX_BYTES } from '../../shared/limits';
import type { GroupFileNote } from '../../shared/model/group';
import { writeFileDurably } from '../store/writeFileDurably';
import { checkEnvelope, GroupFileProblem, parseBoundedJson, type ArticleRef } from './memberFile';
import { packArticleSchema, type PackArticle } from './packFile';
import { readBounded } from './readGroupFolder';

/** The sub-folder of the group folder holding the text of imported articles members annotated. */
export const GROUP_ARTICLES_DIR = 'articles';
const ARTICLE_MARKER = 'group-article';
const ARTICLE_FORMAT_VERSION = 1;

/** One file per version of an article's text: its id and fingerprint in the name, so versions never clash. */
export function groupArticlePath(folder: string, ref: ArticleRef): string {
  const hash = ref.fingerprint.replace(/^sha256:/, '').slice(0, 16);
  return join(folder, GROUP_ARTICLES_DIR, `${encodeURIComponent(ref.id)}-${hash}.json`);
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** Writes the text of each article not yet in the folder; a version already there is never rewritten. */
export async function publishArticles(
  folder: string,
  articles: readonly PackArticle[],
): Promise<void> {
  if (articles.length === 0) return;
  await mkdir(join(folder, GROUP_ARTICLES_DIR), { recursive: true });
  for (const article of articles) {
    const path = groupArticlePath(folder, article);
    if (await exists(path)) continue;
    const document = { yuedu: ARTICLE_MARKER, version: ARTICLE_FORMAT_VERSION, article };
    await writeFileDurably(path, `${JSON.stringify(document, null, 2)}\n`);
  }
}

const documentSchema = z.looseObject({ article: packArticleSchema });

/**
 * Reads the text a member's annotations are on, checked against the fingerprint their file names;
 * a missing, damaged or mismatching file becomes a note and the annotations show as orphans.
 */
export async function readGroupArticle(
  folder: string,
  ref: ArticleRef,
  member: string,
): Promise<PackArticle | GroupFileNote> {
  const path = groupArticlePath(folder, ref);
  const file = `${GROUP_ARTICLES_DIR}/${path.slice(join(folder, GROUP_ARTICLES_DIR).length + 1)}`;
  const skipped = (reason: string): GroupFileNote => ({ file, member, used: false, reason });
  let raw: unknown;
  try {
    raw = parseBoundedJson(await readBounded(path, GROUP_FILE_MAX_BYTES));
    checkEnvelope(raw, ARTICLE_MARKER, ARTICLE_FORMAT_VERSION);
  } catch (error) {
    if (error instanceof GroupFileProblem) return skipped(`Skipped: ${error.message}`);
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return skipped(
      code === 'ENOENT'
        ? `Not there yet: the text of article "${ref.id}" has not arrived; its highlights show as orphans.`
        : `Skipped: it could not be read (${code}).`,
    );
  }
  const parsed = documentSchema.safeParse(raw);
  if (
    !parsed.success ||
    parsed.data.article.id !== ref.id ||
    parsed.data.article.fingerprint !== ref.fingerprint
  ) {
    return skipped('Skipped: it is damaged or does not hold the text its member annotated.');
  }
  return parsed.data.article;
}
