import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../shared/model/article';
import { buildCorpus, readSeedsDir } from './corpus';
import { CORPUS_FILE, hashSeeds, parseCorpusFile } from './corpusFile';

/**
 * The app's articles at startup: the prebuilt corpus when it matches the current seeds, otherwise
 * parsed from the seeds in memory, so a stale or missing build never shows the wrong articles.
 */
export function loadCorpus(dirs: { generatedDir: string; seedsDir: string }): Article[] {
  const { files, manifest } = readSeedsDir(dirs.seedsDir);
  const corpusPath = join(dirs.generatedDir, CORPUS_FILE);
  if (existsSync(corpusPath)) {
    const corpus = parseCorpusFile(readFileSync(corpusPath, 'utf8'));
    if (corpus && corpus.seedsHash === hashSeeds(files, manifest)) return corpus.articles;
  }
  return buildCorpus(files, manifest);
}
