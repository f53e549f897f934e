import { describe, expect, it } from 'vitest';
import { CORPUS_VERSION, hashSeeds, parseCorpusFile } from '../../../main/library/corpusFile';

const files = [
  { name: 'a.txt', content: '甲。' },
  { name: 'b.txt', content: '乙。' },
];
const manifest = [{ id: 'jia', startsWith: '甲。甲。', title: '甲', source: '人民日报' }];

describe('hashSeeds', () => {
  it('does not depend on the order files are listed in', () => {
    expect(hashSeeds(files, manifest)).toBe(hashSeeds([...files].reverse(), manifest));
  });

  it('changes when a seed text, a file name or the manifest changes', () => {
    const base = hashSeeds(files, manifest);
    expect(hashSeeds([files[0]!, { name: 'b.txt', content: '乙！' }], manifest)).not.toBe(base);
    expect(hashSeeds([files[0]!, { name: 'c.txt', content: '乙。' }], manifest)).not.toBe(base);
    expect(hashSeeds(files, [{ ...manifest[0]!, title: '甲文' }])).not.toBe(base);
  });
});

describe('parseCorpusFile', () => {
  const valid = {
    version: CORPUS_VERSION,
    seedsHash: 'abc',
    articles: [
      {
        id: 'x',
        title: 't',
        source: 's',
        text: '甲。',
        blocks: [{ kind: 'paragraph', start: 0, end: 2 }],
      },
    ],
  };

  it('reads a corpus file of the current version', () => {
    expect(parseCorpusFile(JSON.stringify(valid))).toEqual(valid);
  });

  it.each([
    ['damaged JSON', '{"version": 1, "seedsHash"'],
    ['another version', JSON.stringify({ ...valid, version: 99 })],
    [
      'an unknown block kind',
      JSON.stringify({
        ...valid,
        articles: [{ ...valid.articles[0], blocks: [{ kind: 'poem', start: 0, end: 1 }] }],
      }),
    ],
  ])('returns undefined for %s', (_label, raw) => {
    expect(parseCorpusFile(raw)).toBeUndefined();
  });
});
