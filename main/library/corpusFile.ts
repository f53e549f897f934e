import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Article } from '../../shared/model/article';
import type { SourceFile } from './corpus';
import type { ManifestEntry } from './manifest';

/** Format version of generated/corpus.json; bump when its shape or the parser's output changes. */
export const CORPUS_VERSION = 1;
export const CORPUS_FILE = 'corpus.json';

/** The build-time corpus: articles parsed once, stamped with the seeds they came from. */
export interface CorpusFile {
  version: typeof CORPUS_VERSION;
  seedsHash: string;
  articles: Article[];
}

const blockSchema = z.strictObject({
  kind: z.enum(['paragraph', 'heading', 'byline', 'caption']),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

const corpusFileSchema = z.object({
  version: z.literal(CORPUS_VERSION),
  seedsHash: z.string(),
  articles: z.array(
    z.strictObject({
      id: z.string().min(1),
      title: z.string(),
      source: z.string(),
      text: z.string(),
      blocks: z.array(blockSchema),
    }),
  ),
});

/** Reads corpus.json content; undefined when it is damaged or from another format version, so callers rebuild. */
export function parseCorpusFile(raw: string): CorpusFile | undefined {
  try {
    const result = corpusFileSchema.safeParse(JSON.parse(raw));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Fingerprint of everything the corpus is built from (seed texts by name, the manifest, the format
 * version), so a generated corpus is used only while it still matches the seeds.
 */
export function hashSeeds(
  files: readonly SourceFile[],
  manifest: readonly ManifestEntry[],
): string {
  const hash = createHash('sha256');
  hash.update(`yuedu-corpus-v${CORPUS_VERSION}\0`);
  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    hash.update(`${file.name}\0${file.content}\0`);
  }
  hash.update(JSON.stringify(manifest));
  return hash.digest('hex');
}
