import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../../main/library/buildCorpusFile';
import { loadCorpus } from '../../../main/library/loadCorpus';
import { useTempDirs } from './tempDirs';

const article = (text: string) => ({
  id: 'marker',
  title: '标记',
  source: '人民日报',
  text,
  blocks: [],
});

describe('loadCorpus', () => {
  const makeTempDir = useTempDirs();
  let seedsDir: string;
  let generatedDir: string;

  beforeEach(() => {
    const root = makeTempDir();
    seedsDir = join(root, 'seeds');
    generatedDir = join(root, 'generated');
    mkdirSync(seedsDir);
    writeFileSync(join(seedsDir, 'a.txt'), '春天的北京\n\n北京的春天来得很快。\n');
    writeFileSync(
      join(seedsDir, 'manifest.json'),
      JSON.stringify([{ id: 'spring', startsWith: '春天的北京', title: '春', source: '北京日报' }]),
    );
  });

  /** Replaces the generated articles with a marker, to see whether loadCorpus used the file. */
  function markGenerated(): void {
    const path = join(generatedDir, 'corpus.json');
    const corpus = JSON.parse(readFileSync(path, 'utf8'));
    writeFileSync(path, JSON.stringify({ ...corpus, articles: [article('来自生成文件。')] }));
  }

  it('uses the generated corpus when it matches the seeds', () => {
    writeCorpus(seedsDir, generatedDir);
    markGenerated();
    expect(loadCorpus({ generatedDir, seedsDir }).map((a) => a.text)).toEqual(['来自生成文件。']);
  });

  it('builds from the seeds when a seed text changed since the build', () => {
    writeCorpus(seedsDir, generatedDir);
    markGenerated();
    writeFileSync(join(seedsDir, 'a.txt'), '春天的北京\n\n北京的春天来得很晚。\n');
    const articles = loadCorpus({ generatedDir, seedsDir });
    expect(articles.map((a) => a.text)).toEqual(['春天的北京\n北京的春天来得很晚。']);
    expect(articles[0]!.id).toBe('spring');
  });

  it('builds from the seeds when the manifest changed since the build', () => {
    writeCorpus(seedsDir, generatedDir);
    writeFileSync(
      join(seedsDir, 'manifest.json'),
      JSON.stringify([
        { id: 'spring', startsWith: '春天的北京', title: '北京之春', source: '北京日报' },
      ]),
    );
    expect(loadCorpus({ generatedDir, seedsDir })[0]!.title).toBe('北京之春');
  });

  it('builds from the seeds when there is no generated corpus', () => {
    const articles = loadCorpus({ generatedDir, seedsDir });
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ id: 'spring', title: '春', source: '北京日报' });
  });

  it('builds from the seeds when the generated corpus is damaged', () => {
    mkdirSync(generatedDir);
    writeFileSync(join(generatedDir, 'corpus.json'), '{"version":1,');
    expect(loadCorpus({ generatedDir, seedsDir })[0]!.id).toBe('spring');
  });

  it('loads the bundled seeds the same way with or without a build', () => {
    const realSeeds = fileURLToPath(new URL('../../../seeds', import.meta.url));
    cpSync(realSeeds, seedsDir, { recursive: true });
    const fromSeeds = loadCorpus({ generatedDir, seedsDir });
    writeCorpus(seedsDir, generatedDir);
    expect(loadCorpus({ generatedDir, seedsDir })).toEqual(fromSeeds);
  });

  it('says which seeds folder is missing', () => {
    const missing = join(seedsDir, 'nope');
    expect(() => loadCorpus({ generatedDir, seedsDir: missing })).toThrow(
      `Seeds folder not found: ${missing}`,
    );
  });
});
