import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../main/store/checkDraft';
import { deepFreeze } from '../../../main/store/deepFreeze';
import { createDraft } from '../../../main/store/draft';
import { createFreshData } from '../../../main/store/freshData';
import { serializeStoreData } from '../../../main/store/serializeStoreData';
import { sampleAnnotation } from './helpers';

const asJson = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`;

describe('serializeStoreData', () => {
  it('writes exactly what JSON.stringify with two-space indentation writes, as UTF-8', () => {
    const empty = createFreshData();
    expect(serializeStoreData(empty).toString('utf8')).toBe(asJson(empty));

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
    expect(serializeStoreData(data)).toEqual(Buffer.from(asJson(data), 'utf8'));
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
    expect(serializeStoreData(next.data).toString('utf8')).toBe(asJson(next.data));
  });
});
