import { describe, expect, it } from 'vitest';
import { fromGroupLayer, toGroupLayer } from '../../../shared/group/groupLayer';
import type { GroupNote } from '../../../shared/model/group';
import { quoteAt } from '../../../shared/text/quoteContext';

const TEXT = '当今世界，新一轮科技革命和产业变革不断向纵深演进，引领和推动人类进入信息时代。';
const anna = { id: 'anna-id', name: 'Anna' };
const bo = { id: 'bo-id', name: '王小明' };

function note(id: string, creator: typeof anna, start: number, end: number): GroupNote {
  return {
    id,
    articleId: 'cyberspace',
    creator,
    created: '2026-11-01T00:00:00.000Z',
    modified: '2026-11-01T00:00:00.000Z',
    color: 'green',
    note: '',
    target: { position: { start, end, unit: 'utf16' }, quote: quoteAt(TEXT, start, end) },
    state: 'anchored',
    mine: false,
    replies: [],
  };
}

describe('the compact group layer', () => {
  it('gives back the same notes from the article text it was made on', () => {
    const notes: GroupNote[] = [
      note('a1', anna, 0, 4),
      { ...note('b1', bo, 12, 19), note: '好句子', modified: '2026-11-02T00:00:00.000Z' },
      {
        ...note('me1', anna, 20, 24),
        mine: true,
        sharing: 'private',
        color: 'blue',
        replies: [
          {
            id: 'r1',
            annotationId: 'me1',
            creator: bo,
            created: '2026-11-03T00:00:00.000Z',
            modified: '2026-11-03T00:00:00.000Z',
            text: '同意',
          },
        ],
      },
      {
        ...note('lost', bo, 0, 3),
        state: 'orphaned',
        target: {
          position: { start: 90, end: 94, unit: 'utf16' },
          quote: { exact: '旧的文字', prefix: '在', suffix: '里' },
        },
      },
    ];
    expect(fromGroupLayer(toGroupLayer('cyberspace', notes), TEXT)).toEqual(notes);
  });

  it('names each member once, counts times from the earliest and leaves defaults out', () => {
    const layer = toGroupLayer('cyberspace', [
      note('a1', anna, 0, 4),
      { ...note('a2', anna, 5, 9), created: '2026-11-01T00:00:01.500Z' },
    ]);
    expect(layer.members).toEqual([anna]);
    expect(layer).toMatchObject({
      ids: ['a1', 'a2'],
      member: [0, 0],
      startStep: [0, 5],
      length: [4, 4],
      color: [1, 1],
      since: Date.parse('2026-11-01T00:00:00.000Z'),
      created: [0, 1500],
      more: {},
    });
  });

  it('keeps times that are not in Date’s own ISO form exactly as written', () => {
    const odd: GroupNote = {
      ...note('a1', anna, 0, 4),
      created: '2026-11-01T08:00:00+08:00',
      modified: '2026-11-01T00:00:05Z',
      replies: [
        {
          id: 'r1',
          annotationId: 'a1',
          creator: anna,
          created: '2026-11-01T00:00:06Z',
          modified: '2026-11-01T00:00:06.000Z',
          text: '好',
        },
      ],
    };
    expect(fromGroupLayer(toGroupLayer('cyberspace', [odd]), TEXT)).toEqual([odd]);
  });

  it('counts only real calendar instants in Date’s own form, and keeps the rest as written', () => {
    const times = [
      '2024-02-29T23:59:59.999Z',
      '2026-02-30T00:00:00.000Z',
      '2026-01-01T24:00:00.000Z',
      '0099-01-01T00:00:00.000Z',
      '2026-13-01T00:00:00.000Z',
      '2026-11-01T00:00:00.000+00:00',
      '2026-11-01 00:00:00.000Z',
      'not a time at all, really',
    ];
    const notes = times.map((created, i) => ({ ...note(`n${i}`, anna, i, i + 1), created }));
    const layer = toGroupLayer('cyberspace', notes);
    expect(layer.created.map((c) => typeof c)).toEqual([
      'number',
      ...times.slice(1).map(() => 'string'),
    ]);
    expect(fromGroupLayer(layer, TEXT)).toEqual(notes);
  });

  it('gives back notes in any order, and a replier who wrote no note of their own', () => {
    const notes: GroupNote[] = [
      note('late', anna, 20, 24),
      {
        ...note('early', anna, 2, 5),
        created: '2025-01-01T00:00:00.000Z',
        replies: [
          {
            id: 'r1',
            annotationId: 'early',
            creator: bo,
            created: '2026-12-01T10:00:00.000Z',
            modified: '2026-12-01T11:00:00.000Z',
            text: '我也这样想',
          },
        ],
      },
    ];
    const layer = toGroupLayer('cyberspace', notes);
    expect(layer.members).toEqual([anna, bo]);
    expect(fromGroupLayer(layer, TEXT)).toEqual(notes);
  });

  it('is a fraction of the full notes’ size for thousands of highlights', () => {
    const many = Array.from({ length: 2_000 }, (_, i) =>
      note(
        `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        i % 2 ? anna : bo,
        i % 30,
        (i % 30) + 6,
      ),
    );
    const full = JSON.stringify(many).length;
    const compact = JSON.stringify(toGroupLayer('cyberspace', many)).length;
    expect(compact).toBeLessThan(full / 6);
  });
});
