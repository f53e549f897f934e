import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpus, readSeedsDir, unmatchedEntries } from './corpus';
import { CORPUS_FILE, CORPUS_VERSION, type CorpusFile, hashSeeds } from './corpusFile';
import { writeSearchIndex } from '../search/searchIndexFile';
import { ManifestError, type ManifestEntry } from './manifest';

/** Builds the corpus from a seeds folder, rejecting manifest entries that match no article. */
export function buildCorpusFile(seedsDir: string): CorpusFile {
  const { files, manifest } = readSeedsDir(seedsDir);
  const articles = buildCorpus(files, manifest);
  const stale = unmatchedEntries(articles, manifest);
  if (stale.length > 0) throw new ManifestError(describeUnmatched(seedsDir, stale));
  return { version: CORPUS_VERSION, seedsHash: hashSeeds(files, manifest), articles };
}

/**
 * The build step behind `npm run build:corpus` (and `prepare`): parses the seeds once and writes
 * `<outDir>/corpus.json` and the search index beside it, so the app starts without parsing or indexing. Returns what it wrote, for reporting.
 */
export function writeCorpus(
  seedsDir: string,
  outDir: string,
): { corpusPath: string; searchIndexPath: string; corpus: CorpusFile } {
  const corpus = buildCorpusFile(seedsDir);
  mkdirSync(outDir, { recursive: true });
  const corpusPath = join(outDir, CORPUS_FILE);
  writeFileSync(corpusPath, JSON.stringify(corpus) + '\n', 'utf8');
  const searchIndexPath = writeSearchIndex(outDir, corpus.articles);
  return { corpusPath, searchIndexPath, corpus };
}

function describeUnmatched(seedsDir: string, entries: readonly ManifestEntry[]): string {
  const lines = entries.map(
    (entry) => `entry id "${entry.id}": no article starts with "${entry.startsWith}"`,
  );
  return `${join(seedsDir, 'manifest.json')}:\n  ${lines.join('\n  ')}`;
}
