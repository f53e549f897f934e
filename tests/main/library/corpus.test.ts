import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from './tempDirs';
import { contentId } from '../../../main/library/articleIdentity';
import { buildCorpus, DEFAULT_SOURCE, readSeedsDir } from '../../../main/library/corpus';
import { ManifestError } from '../../../main/library/manifest';

const spring = '春天的北京\n\n北京的春天来得很快。柳树发了芽。\n';
const autumn = '　　秋天到了，树叶黄了。\n\n　　我们去爬山。\n';
const entry = { id: 'autumn', startsWith: '秋天到了，', title: '秋天', source: '北京日报' };

describe('buildCorpus', () => {
  it('names an article from the manifest entry whose startsWith opens its text', () => {
    const [article] = buildCorpus([{ name: 'a.txt', content: autumn }], [entry]);
    expect(article).toMatchObject({ id: 'autumn', title: '秋天', source: '北京日报' });
    expect(article!.text).toBe('秋天到了，树叶黄了。\n我们去爬山。');
  });

  it('gives an unlisted article a content-hash id, a title from its text and the default source', () => {
    const [article] = buildCorpus([{ name: 'a.txt', content: spring }], [entry]);
    expect(article!.id).toBe(contentId(article!.text));
    expect(article!.id).toMatch(/^a-[0-9a-f]{12}$/);
    expect(article!.title).toBe('春天的北京');
    expect(article!.source).toBe(DEFAULT_SOURCE);
  });

  it('parses files in name order and keeps the first copy of a repeated article', () => {
    const files = [
      { name: 'b.txt', content: spring + '\n' + autumn },
      { name: 'a.txt', content: autumn },
    ];
    const articles = buildCorpus(files, [entry]);
    expect(articles.map((a) => a.id)).toEqual(['autumn', contentId(articles[1]!.text)]);
    expect(articles[1]!.title).toBe('春天的北京');
  });

  it('prefers the entry with the longer matching startsWith', () => {
    const longer = { ...entry, id: 'autumn-hike', startsWith: '秋天到了，树叶黄了。' };
    const [article] = buildCorpus([{ name: 'a.txt', content: autumn }], [entry, longer]);
    expect(article!.id).toBe('autumn-hike');
  });

  it('does not give one manifest id to two different articles', () => {
    const other = '　　秋天到了，果子熟了。\n\n　　我们去摘苹果。\n';
    const articles = buildCorpus(
      [
        { name: 'a.txt', content: autumn },
        { name: 'b.txt', content: other },
      ],
      [entry],
    );
    expect(articles[0]!.id).toBe('autumn');
    expect(articles[1]!.id).toBe(contentId(articles[1]!.text));
  });
});

describe('readSeedsDir', () => {
  const makeTempDir = useTempDirs();

  function seedsDir(files: Record<string, string>): string {
    const dir = makeTempDir();
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    return dir;
  }

  it('reads every .txt file in name order and the manifest', () => {
    const dir = seedsDir({
      'b.txt': spring,
      'a.txt': autumn,
      'notes.md': '# not a seed',
      'manifest.json': JSON.stringify([entry]),
    });
    const { files, manifest } = readSeedsDir(dir);
    expect(files.map((f) => f.name)).toEqual(['a.txt', 'b.txt']);
    expect(files[0]!.content).toBe(autumn);
    expect(manifest).toEqual([entry]);
  });

  it('returns an empty manifest when manifest.json is absent', () => {
    expect(readSeedsDir(seedsDir({ 'a.txt': autumn })).manifest).toEqual([]);
  });

  it('names manifest.json and the entry when the manifest is bad', () => {
    const dir = seedsDir({ 'manifest.json': JSON.stringify([{ ...entry, id: 'Autumn!' }]) });
    expect(() => readSeedsDir(dir)).toThrow(ManifestError);
    expect(() => readSeedsDir(dir)).toThrow(
      /manifest\.json:\n {2}entry 1 \(id "Autumn!"\): id must be/,
    );
  });

  it('says which folder is missing', () => {
    const missing = join(tmpdir(), 'yuedu-no-such-seeds-folder');
    expect(() => readSeedsDir(missing)).toThrow(`Seeds folder not found: ${missing}`);
  });

  it('ignores folders even when their names end in .txt', () => {
    const dir = seedsDir({ 'a.txt': autumn });
    mkdirSync(join(dir, 'archive.txt'));
    expect(readSeedsDir(dir).files).toHaveLength(1);
  });
});
