// Writes generated/corpus.json from seeds/ and prints what it built; run via bin/build-corpus.mjs.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from '../main/library/buildCorpusFile';
import { countVisibleChars } from '../main/library/text';

const root = fileURLToPath(new URL('..', import.meta.url));

try {
  const { corpusPath, searchIndexPath, corpus } = writeCorpus(
    join(root, 'seeds'),
    join(root, 'generated'),
  );
  console.log(`Wrote ${corpusPath}: ${corpus.articles.length} articles, and ${searchIndexPath}`);
  console.table(
    corpus.articles.map((article) => ({
      id: article.id,
      title: article.title,
      blocks: article.blocks.length,
      chars: countVisibleChars(article.text),
    })),
  );
} catch (error) {
  console.error(`build-corpus failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
