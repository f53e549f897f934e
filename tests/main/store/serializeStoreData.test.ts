import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/model/annotation';
import { checkDraft } from '../../../main/store/checkDraft';
import { deepFreeze } from '../../../main/store/deepFreeze';
import { createDraft } from '../../../main/store/draft';
import { createFreshData } from '../../../main/store/freshData';
import {
  rememberFileOf,
  reuseAnnotationBytes,
  serializeStoreData,
} from '../../../main/store/serializeStoreData';
import type { StoreData } from '../../../main/store/storeData';
import { sampleAnnotation } from './helpers';

/** The layout serializeStoreData promises: two-space JSON, each annotation compact on its own line. */
function expectedLayout(data: StoreData): string {
  const pretty = JSON.stringify({ ...data, annotations: ['@'] }, null, 2);
  const lines = data.annotations.map((a) => `    ${JSON.stringify(a)}`).join(',\n');
  const annotations = data.annotations.length > 0 ? `[\n${lines}\n  ]` : '[]';
  return `${pretty.replace('[\n    "@"\n  ]', annotations)}\n`;
}

function sampleData(): StoreData {
  const data = createFreshData();
  data.annotations.push(sampleAnnotation(1), {
    ...sampleAnnotation(2),
    note: '引号"、换行\n、反斜杠\\ 和 𠮷',
  });
  data.reading['a'] = {
    articleId: 'a',
    offset: 3,
    progress: 1,
    updated: '2025-01-01T00:00:00.000Z',
  };
  return data;
}

/** What reading `bytes` from disk gives the store: parsed, frozen data. */
const reread = (bytes: Buffer) => deepFreeze(JSON.parse(bytes.toString('utf8')) as StoreData);

describe('serializeStoreData', () => {
  it('writes two-space JSON with one annotation per line, as UTF-8, that parses back to the data', () => {
    const empty = createFreshData();
    expect(serializeStoreData(empty).toString('utf8')).toBe(`${JSON.stringify(empty, null, 2)}\n`);

    const data = sampleData();
    const bytes = serializeStoreData(data);
    expect(bytes.toString('utf8')).toBe(expectedLayout(data));
    expect(JSON.parse(bytes.toString('utf8'))).toEqual(data);
  });

  it('stays exact when cached annotations are reused after a change to another one', () => {
    const base = deepFreeze(createFreshData());
    const first = createDraft(base);
    first.annotations.push(sampleAnnotation(1), sampleAnnotation(2));
    const committed = checkDraft(base, first);
    if (!committed.ok) throw new Error(committed.problems);
    serializeStoreData(committed.data);

    const second = createDraft(committed.data);
    second.annotations[1]!.note = '改过的笔记';
    const next = checkDraft(committed.data, second);
    if (!next.ok) throw new Error(next.problems);
    expect(serializeStoreData(next.data).toString('utf8')).toBe(expectedLayout(next.data));
  });
});

describe('reuseAnnotationBytes', () => {
  it('takes each annotation line from a file it wrote, and the next write is byte-identical', () => {
    const bytes = serializeStoreData(sampleData());
    const data = reread(bytes);
    expect(reuseAnnotationBytes(bytes, data.annotations)).toBe(true);
    expect(serializeStoreData(data)).toEqual(bytes);
  });

  it('takes the lines only when a write first needs them, from the file they were read from', () => {
    const text = expectedLayout(sampleData()).replace('"note":"笔记 1"', '"note": "笔记 1"');
    const data = reread(Buffer.from(text));
    rememberFileOf(Buffer.from(text), data.annotations);
    expect(serializeStoreData(data).toString('utf8')).toBe(text);
  });

  it('writes a changed annotation afresh beside the reused lines of the others', () => {
    const bytes = serializeStoreData(sampleData());
    const data = reread(bytes);
    reuseAnnotationBytes(bytes, data.annotations);
    const draft = createDraft(data);
    draft.annotations[0]!.note = '新的笔记';
    draft.annotations.push(sampleAnnotation(3));
    const next = checkDraft(data, draft);
    if (!next.ok) throw new Error(next.problems);
    const written = serializeStoreData(next.data);
    expect(written.toString('utf8')).toBe(expectedLayout(next.data));
    expect(JSON.parse(written.toString('utf8'))).toEqual(next.data);
  });

  const otherLayouts: Array<[string, (data: StoreData) => string]> = [
    ['pretty-printed annotations (files of earlier versions)', (d) => JSON.stringify(d, null, 2)],
    ['everything on one line', (d) => JSON.stringify(d)],
    ['Windows line ends', (d) => expectedLayout(d).replaceAll('\n', '\r\n')],
    [
      'two annotations on one line',
      (d) => expectedLayout(d).replace('},\n    {"id":"ann-2"', '}, {"id":"ann-2"'),
    ],
    [
      'a space after an annotation',
      (d) => expectedLayout(d).replace('},\n    {"id":"ann-2"', '} ,\n    {"id":"ann-2"'),
    ],
  ];

  it.each(otherLayouts)('reuses nothing from %s, so the write serialises afresh', (_, layout) => {
    const text = layout(sampleData());
    const data = deepFreeze(JSON.parse(text) as StoreData & { annotations: Annotation[] });
    const bytes = Buffer.from(text);
    expect(reuseAnnotationBytes(bytes, data.annotations)).toBe(false);
    expect(serializeStoreData(data).toString('utf8')).toBe(expectedLayout(data));
  });

  it('takes the annotations JSON.parse kept when a file names the key twice', () => {
    const data = sampleData();
    const stale = `  "annotations": [\n    {"id":"ann-1","stale":true}\n  ],\n`;
    const text = expectedLayout(data).replace('{\n', `{\n${stale}`);
    const parsed = deepFreeze(JSON.parse(text) as StoreData);
    expect(parsed.annotations).toEqual(data.annotations);
    expect(reuseAnnotationBytes(Buffer.from(text), parsed.annotations)).toBe(true);
    const written = serializeStoreData(parsed).toString('utf8');
    expect(JSON.parse(written)).toEqual(data);
    expect(written).not.toContain('stale');
  });

  it('reuses nothing for annotations that are not frozen, which could still change', () => {
    const bytes = serializeStoreData(sampleData());
    const data = JSON.parse(bytes.toString('utf8')) as StoreData;
    expect(reuseAnnotationBytes(bytes, data.annotations)).toBe(false);
  });
});
