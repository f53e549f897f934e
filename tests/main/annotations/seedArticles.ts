import type { Article } from '../../../shared/model/article';
import { buildCorpus, readSeedsDir } from '../../../main/library/corpus';
import { SOURCE_LAYOUT } from '../../../main/paths/projectPaths';

let cached: Article[] | undefined;

/** The bundled seed articles, parsed by the real parser, for tests on genuine Chinese text. */
export function seedArticles(): Article[] {
  if (!cached) {
    const { files, manifest } = readSeedsDir(SOURCE_LAYOUT.seedsDir);
    cached = buildCorpus(files, manifest);
  }
  return cached;
}

/** One seed article's canonical text, by id. */
export function seedText(id: string): string {
  const article = seedArticles().find((a) => a.id === id);
  if (!article) throw new Error(`test setup: no seed article "${id}"`);
  return article.text;
}
