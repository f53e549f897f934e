import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../shared/model/article';
import { contentId, fallbackTitle } from './articleIdentity';
import { dedupeArticles } from './dedupe';
import { type ManifestEntry, parseManifestText } from './manifest';
import { parseArticles } from './parseArticles';

/** A text file to parse; the name orders files and shows in errors. */
export interface SourceFile {
  name: string;
  content: string;
}

/** Source used when neither the manifest nor the text names one. */
export const DEFAULT_SOURCE = '人民日报';
export const MANIFEST_FILE = 'manifest.json';

/**
 * Turns text files into the library's articles: parsed in file-name order, duplicates dropped,
 * named by the manifest entry whose `startsWith` opens the text, or by content hash and first words.
 */
export function buildCorpus(
  files: readonly SourceFile[],
  manifest: readonly ManifestEntry[],
): Article[] {
  const ordered = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const parsed = dedupeArticles(ordered.flatMap((file) => parseArticles(file.content)));
  const usedIds = new Set<string>();
  return parsed.map(({ text, blocks }) => {
    const entry = findEntry(text, manifest);
    const named = entry !== undefined && !usedIds.has(entry.id);
    const id = named ? entry.id : contentId(text);
    usedIds.add(id);
    return {
      id,
      title: named ? entry.title : fallbackTitle({ text, blocks }),
      source: named ? entry.source : DEFAULT_SOURCE,
      text,
      blocks,
    };
  });
}

/** Manifest entries that name no article, so the build can reject a manifest that drifted from the seeds. */
export function unmatchedEntries(
  articles: readonly Article[],
  manifest: readonly ManifestEntry[],
): ManifestEntry[] {
  const ids = new Set(articles.map((article) => article.id));
  return manifest.filter((entry) => !ids.has(entry.id));
}

/** The longest matching `startsWith` wins, so a more specific entry beats a shorter prefix. */
function findEntry(text: string, manifest: readonly ManifestEntry[]): ManifestEntry | undefined {
  let best: ManifestEntry | undefined;
  for (const entry of manifest) {
    if (
      text.startsWith(entry.startsWith) &&
      entry.startsWith.length > (best?.startsWith.length ?? -1)
    ) {
      best = entry;
    }
  }
  return best;
}

/** Reads a seeds folder: every *.txt in it, and manifest.json when present. */
export function readSeedsDir(dir: string): { files: SourceFile[]; manifest: ManifestEntry[] } {
  if (!existsSync(dir)) throw new Error(`Seeds folder not found: ${dir}`);
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.txt'))
    .map((entry) => entry.name)
    .sort();
  const files = names.map((name) => ({ name, content: readFileSync(join(dir, name), 'utf8') }));
  const manifestPath = join(dir, MANIFEST_FILE);
  const manifest = existsSync(manifestPath)
    ? parseManifestText(readFileSync(manifestPath, 'utf8'), manifestPath)
    : [];
  return { files, manifest };
}
