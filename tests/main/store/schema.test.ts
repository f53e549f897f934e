import { describe, expect, it } from 'vitest';
import { CorruptDataError } from '../../../main/store/corruptDataError';
import { createFreshData } from '../../../main/store/freshData';
import { checkStoreData, parseStoreData } from '../../../main/store/schema';
import type { StoreData } from '../../../main/store/storeData';
import { sampleAnnotation } from './helpers';

function validData(): StoreData {
  const data = createFreshData();
  data.annotations.push(sampleAnnotation(1));
  data.reading['article-1'] = {
    articleId: 'article-1',
    offset: 12,
    progress: 0.5,
    updated: '2025-01-02T03:04:05.000Z',
  };
  return data;
}

const breakages: Array<[string, (data: StoreData) => void]> = [
  [
    'an unknown highlight colour',
    (d) => void ((d.annotations[0] as { color: string }).color = 'red'),
  ],
  ['a negative offset', (d) => void (d.annotations[0]!.target.position.start = -1)],
  ['a fractional offset', (d) => void (d.annotations[0]!.target.position.end = 15.5)],
  [
    'an empty range',
    (d) => {
      const t = d.annotations[0]!.target;
      t.position.end = t.position.start;
      t.quote.exact = '';
    },
  ],
  [
    'a quote whose length disagrees with the range',
    (d) => void (d.annotations[0]!.target.quote.exact = '人民'),
  ],
  [
    'a unit other than utf16',
    (d) => void ((d.annotations[0]!.target.position as { unit: string }).unit = 'codepoint'),
  ],
  ['a malformed timestamp', (d) => void (d.annotations[0]!.created = 'yesterday')],
  ['duplicate annotation ids', (d) => void d.annotations.push(structuredClone(d.annotations[0]!))],
  ['an unknown key', (d) => void ((d as unknown as Record<string, unknown>).extra = true)],
  ['a font size above the range', (d) => void (d.settings.fontSize = 33)],
  ['a font size below the range', (d) => void (d.settings.fontSize = 13)],
  ['an unknown theme', (d) => void ((d.settings as { theme: string }).theme = 'neon')],
  ['reading progress above 1', (d) => void (d.reading['article-1']!.progress = 1.2)],
  [
    'a reading key that is not its article id',
    (d) => void (d.reading['article-1']!.articleId = 'other'),
  ],
  ['a missing user', (d) => void delete (d as Partial<StoreData>).user],
  ['schemaVersion 0', (d) => void ((d as { schemaVersion: number }).schemaVersion = 0)],
];

describe('storeDataSchema', () => {
  it('accepts fresh data and data with highlights and reading positions', () => {
    expect(checkStoreData(createFreshData()).ok).toBe(true);
    const data = validData();
    expect(checkStoreData(data)).toEqual({ ok: true, data });
  });

  it('accepts a highlight on a character outside the BMP whose quote is two UTF-16 units long', () => {
    const data = validData();
    data.annotations[0]!.target = {
      position: { start: 0, end: 2, unit: 'utf16' },
      quote: { exact: '𠮷', prefix: '', suffix: '野家' },
    };
    expect(checkStoreData(data).ok).toBe(true);
  });

  it.each(breakages)('rejects %s', (_, breakIt) => {
    const data = validData();
    breakIt(data);
    const result = checkStoreData(data);
    expect(result.ok).toBe(false);
  });

  it.each(breakages)('reports %s read from disk as corruption', (_, breakIt) => {
    const data = validData();
    breakIt(data);
    expect(() => parseStoreData(JSON.parse(JSON.stringify(data)))).toThrow(CorruptDataError);
  });

  it('reads valid data from disk unchanged, with or without annotations', () => {
    for (const data of [createFreshData(), validData()]) {
      expect(parseStoreData(JSON.parse(JSON.stringify(data)))).toEqual(data);
    }
  });

  it('reports invalid data read from disk as corruption, naming the problem', () => {
    const data = validData();
    data.settings.fontSize = 99;
    expect(() => parseStoreData(data)).toThrow(CorruptDataError);
    expect(() => parseStoreData(data)).toThrow(/fontSize/);
  });
});
