import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCorpusFile, writeCorpus } from '../../../main/library/buildCorpusFile';
import { CORPUS_VERSION, parseCorpusFile } from '../../../main/library/corpusFile';
import { ManifestError } from '../../../main/library/manifest';
import { useTempDirs } from './tempDirs';

const seedsDir = fileURLToPath(new URL('../../../seeds', import.meta.url));

describe('writeCorpus', () => {
  const makeTempDir = useTempDirs();

  it('writes corpus.json with the five bundled articles, named by the manifest', () => {
    const outDir = join(makeTempDir(), 'generated');
    const { corpusPath, corpus } = writeCorpus(seedsDir, outDir);
    expect(corpusPath).toBe(join(outDir, 'corpus.json'));
    const written = parseCorpusFile(readFileSync(corpusPath, 'utf8'));
    expect(written).toEqual(corpus);
    expect(written!.version).toBe(CORPUS_VERSION);
    expect(written!.seedsHash).toMatch(/^[0-9a-f]{64}$/);
    expect(written!.articles.map((a) => a.id)).toEqual([
      'greater-bay-area-friends',
      'luanping-petition-work',
      'cyberspace-shared-future',
      'ciie-opening-up',
      'road-to-the-exam',
    ]);
  });
});

describe('buildCorpusFile', () => {
  const makeTempDir = useTempDirs();

  it('rejects a manifest entry that matches no article, naming the file and the entry', () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'a.txt'), '秋天到了。\n');
    const stale = [{ id: 'spring', startsWith: '春天来了。', title: '春', source: '人民日报' }];
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(stale));
    expect(() => buildCorpusFile(dir)).toThrow(ManifestError);
    expect(() => buildCorpusFile(dir)).toThrow(
      `${join(dir, 'manifest.json')}:\n  entry id "spring": no article starts with "春天来了。"`,
    );
  });
});
