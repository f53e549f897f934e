import { describe, expect, it } from 'vitest';
import { ManifestError, parseManifestText, validateManifest } from '../../../main/library/manifest';

const entry = {
  id: 'spring-in-beijing',
  startsWith: '北京的春天来得',
  title: '北京的春天',
  source: '人民日报',
};

function errorOf(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

describe('validateManifest', () => {
  it('accepts well-formed entries', () => {
    expect(validateManifest([entry], 'manifest.json')).toEqual([entry]);
  });

  it('rejects a non-array, naming the file', () => {
    const error = errorOf(() => validateManifest({ entries: [] }, 'seeds/manifest.json'));
    expect(error).toBeInstanceOf(ManifestError);
    expect(error.message).toMatch(/^seeds\/manifest\.json: must be a JSON array/);
  });

  it('names the file, the entry and the field of each problem', () => {
    const bad = [entry, { ...entry, id: 'Bad Id', startsWith: '北京的秋天', title: '' }];
    const { message } = errorOf(() => validateManifest(bad, 'seeds/manifest.json'));
    expect(message).toContain('seeds/manifest.json');
    expect(message).toContain('entry 2 (id "Bad Id"): id must be a lowercase slug');
    expect(message).toContain('entry 2 (id "Bad Id"): title must not be empty');
  });

  it('reports missing fields and unknown keys', () => {
    const { message } = errorOf(() =>
      validateManifest([{ id: 'x', startsWith: '北京的春天', title: 't', extra: 1 }], 'm.json'),
    );
    expect(message).toContain('entry 1 (id "x"): source must be a string');
    expect(message).toMatch(/entry 1 \(id "x"\): .*extra/);
  });

  it('rejects repeated ids and repeated startsWith', () => {
    const { message } = errorOf(() => validateManifest([entry, { ...entry }], 'm.json'));
    expect(message).toContain('entry 2 (id "spring-in-beijing"): id repeats entry 1');
    expect(message).toContain('entry 2 (id "spring-in-beijing"): startsWith repeats entry 1');
  });

  it('rejects a startsWith too short to pick out one article', () => {
    const { message } = errorOf(() =>
      validateManifest([{ ...entry, startsWith: '北京' }], 'm.json'),
    );
    expect(message).toContain('startsWith must hold at least 4 characters');
  });
});

describe('parseManifestText', () => {
  it('parses JSON text, ignoring a byte-order mark', () => {
    expect(parseManifestText('\ufeff' + JSON.stringify([entry]), 'm.json')).toEqual([entry]);
  });

  it('names the file when the JSON does not parse', () => {
    const error = errorOf(() => parseManifestText('[{"id": }', 'seeds/manifest.json'));
    expect(error).toBeInstanceOf(ManifestError);
    expect(error.message).toMatch(/^seeds\/manifest\.json: not valid JSON/);
  });
});
