import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../main/store/checkDraft';
import { deepFreeze } from '../../../main/store/deepFreeze';
import { createDraft } from '../../../main/store/draft';
import { createFreshData } from '../../../main/store/freshData';
import { checkStoreData } from '../../../main/store/schema';
import type { StoreData } from '../../../main/store/storeData';
import { sampleAnnotation } from './helpers';

function committed(): StoreData {
  const data = createFreshData();
  data.annotations.push(sampleAnnotation(1), sampleAnnotation(2), sampleAnnotation(3));
  data.reading['article-1'] = {
    articleId: 'article-1',
    offset: 12,
    progress: 0.5,
    updated: '2025-01-02T03:04:05.000Z',
  };
  return deepFreeze(checkStoreData(data).ok ? data : createFreshData());
}

type Change = [string, (draft: StoreData) => void];
const ann = (d: StoreData, i = 1) => d.annotations[i]!;

const invalidChanges: Change[] = [
  [
    'an unknown colour on an edited highlight',
    (d) => void ((ann(d) as { color: string }).color = 'red'),
  ],
  ['a negative offset', (d) => void (ann(d).target.position.start = -1)],
  ['a quote that disagrees with its range', (d) => void (ann(d).target.quote.exact = '人')],
  ['a duplicate id', (d) => void d.annotations.push({ ...sampleAnnotation(9), id: 'ann-2' })],
  [
    'an added highlight without a creator',
    (d) => void d.annotations.push({ ...sampleAnnotation(9), creator: undefined as never }),
  ],
  [
    'an extra key on a highlight',
    (d) => void ((ann(d) as unknown as Record<string, unknown>).extra = 1),
  ],
  ['an extra top-level key', (d) => void ((d as unknown as Record<string, unknown>).extra = 1)],
  ['a missing settings object', (d) => void delete (d as Partial<StoreData>).settings],
  ['a font size out of range', (d) => void (d.settings.fontSize = 99)],
  [
    'a reading key that is not its article',
    (d) => void (d.reading['article-2'] = { ...d.reading['article-1']!, offset: 1 }),
  ],
  [
    'an empty reading key',
    (d) => void (d.reading[''] = { ...d.reading['article-1']!, articleId: '' }),
  ],
  ['a wrong schema version', (d) => void ((d as { schemaVersion: number }).schemaVersion = 1)],
  ['a fractional revision', (d) => void (d.revision = 1.5)],
  ['a hole in the annotations', (d) => void (d.annotations[5] = sampleAnnotation(5))],
  [
    'a Date instead of a timestamp',
    (d) => void ((ann(d) as unknown as Record<string, unknown>).modified = new Date()),
  ],
];

const validChanges: Change[] = [
  ['nothing', () => {}],
  ['a new highlight', (d) => void d.annotations.push(sampleAnnotation(4))],
  ['an edited note', (d) => void (ann(d).note = '新的笔记')],
  [
    'a deletion by filter',
    (d) => void (d.annotations = d.annotations.filter((a) => a.id !== 'ann-2')),
  ],
  ['a reordering', (d) => void d.annotations.reverse()],
  [
    'a new reading position',
    (d) => void (d.reading['article-2'] = { ...d.reading['article-1']!, articleId: 'article-2' }),
  ],
  [
    'replaced settings',
    (d) => void (d.settings = { ...d.settings, fontSize: 18, theme: 'dark', language: 'zh' }),
  ],
];

describe('checkDraft', () => {
  it.each(invalidChanges)('rejects %s, exactly as the full schema does', (_, change) => {
    const base = committed();
    const draft = createDraft(base);
    change(draft);
    const result = checkDraft(base, draft);
    expect(result.ok).toBe(false);
    expect(
      checkStoreData(structuredClone({ ...draft, annotations: [...draft.annotations] })).ok,
    ).toBe(false);
  });

  it.each(validChanges)('accepts %s with the same result as the full schema', (_, change) => {
    const base = committed();
    const draft = createDraft(base);
    change(draft);
    const result = checkDraft(base, draft);
    const full = checkStoreData(structuredClone({ ...draft, annotations: [...draft.annotations] }));
    expect(result).toEqual(full);
    expect(result.ok && Object.isFrozen(result.data.annotations)).toBe(true);
  });

  it('reuses the committed objects of everything the change did not touch', () => {
    const base = committed();
    const draft = createDraft(base);
    ann(draft).note = '改了';
    draft.annotations.push(sampleAnnotation(4));
    const result = checkDraft(base, draft);
    if (!result.ok) throw new Error(result.problems);
    expect(result.data.annotations[0]).toBe(base.annotations[0]);
    expect(result.data.annotations[1]).not.toBe(base.annotations[1]);
    expect(result.data.annotations[2]).toBe(base.annotations[2]);
    expect(result.data.reading['article-1']).toBe(base.reading['article-1']);
    expect(result.data.settings).toBe(base.settings);
  });

  it('reports problems in the words of the full schema', () => {
    const base = committed();
    const draft = createDraft(base);
    draft.settings.fontSize = 99;
    const result = checkDraft(base, draft);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toMatch(/fontSize/);
  });
});

describe('createDraft', () => {
  it('copies an annotation when the mutation reads it, leaving the committed one frozen and unchanged', () => {
    const base = committed();
    const draft = createDraft(base);
    const found = draft.annotations.find((a) => a.id === 'ann-2')!;
    found.note = '草稿';
    expect(Object.isFrozen(found)).toBe(false);
    expect(base.annotations[1]!.note).toBe('笔记 2');
    expect(structuredClone(found).note).toBe('草稿');
    draft.settings.theme = 'dark';
    expect(base.settings.theme).toBe('light');
  });
});
