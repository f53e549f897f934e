import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCorpus, readSeedsDir } from '../../../main/library/corpus';
import { parseManifestText } from '../../../main/library/manifest';

const seedsDir = fileURLToPath(new URL('../../../seeds', import.meta.url));
const manifestPath = join(seedsDir, 'manifest.json');

describe('seeds/manifest.json', () => {
  it('is a valid manifest', () => {
    expect(() => parseManifestText(readFileSync(manifestPath, 'utf8'), manifestPath)).not.toThrow();
  });

  it('names every bundled article, each by exactly one entry', () => {
    const { files, manifest } = readSeedsDir(seedsDir);
    const articles = buildCorpus(files, manifest);
    expect(articles).toHaveLength(5);
    expect(articles.map((a) => a.id).sort()).toEqual(manifest.map((e) => e.id).sort());
    for (const entry of manifest) {
      expect(articles.filter((a) => a.text.startsWith(entry.startsWith))).toHaveLength(1);
    }
  });

  it('gives titles in Chinese without trailing punctuation', () => {
    for (const { title } of readSeedsDir(seedsDir).manifest) {
      expect(title).toMatch(/\p{Script=Han}/u);
      expect(title).not.toMatch(/[。！？，]$/u);
    }
  });
});
