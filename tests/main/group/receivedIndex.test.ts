import { describe, expect, it } from 'vitest';
import { createTarget } from '../../../main/annotations/anchor';
import { emptyReceived, type Received } from '../../../main/group/groupState';
import { ReceivedIndex, sortReplies } from '../../../main/group/receivedIndex';
import type { Annotation } from '../../../shared/model/annotation';
import type { Reply } from '../../../shared/model/group';

const TEXT = '学习小组一起读文章，然后讨论要标注的话。';
const anna = { id: 'anna', name: 'Anna' };
const bo = { id: 'bo', name: 'Bo' };

function annotation(id: string, articleId: string, start: number, end: number): Annotation {
  return {
    id,
    articleId,
    creator: anna,
    created: '2026-11-01T00:00:00.000Z',
    modified: '2026-11-01T00:00:00.000Z',
    color: 'green',
    note: '',
    target: createTarget(TEXT, start, end),
  };
}

function reply(id: string, annotationId: string, created: string): Reply {
  return { id, annotationId, creator: bo, created, modified: created, text: id };
}

function received(annotations: Annotation[], replies: Reply[] = []): Received {
  return {
    ...emptyReceived(),
    members: { bo: { name: 'Bo (new name)', written: '2026-11-02T00:00:00.000Z' } },
    annotations,
    replies,
  };
}

describe('ReceivedIndex', () => {
  it('lists the received annotations of one article, in the order received', () => {
    const state = received([
      annotation('a1', 'one', 0, 4),
      annotation('b1', 'two', 0, 2),
      annotation('a2', 'one', 5, 9),
    ]);
    const index = new ReceivedIndex();
    expect(index.annotationsOn(state, 'one').map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(index.annotationsOn(state, 'missing')).toEqual([]);
  });

  it('threads replies by annotation, oldest first, under the author’s current name', () => {
    const state = received(
      [annotation('a1', 'one', 0, 4)],
      [
        reply('late', 'a1', '2026-11-03T00:00:00.000Z'),
        reply('early', 'a1', '2026-11-01T00:00:00.000Z'),
      ],
    );
    const thread = new ReceivedIndex().repliesTo(state).get('a1') ?? [];
    expect(thread.map((r) => r.id)).toEqual(['early', 'late']);
    expect(thread.every((r) => r.creator.name === 'Bo (new name)')).toBe(true);
  });

  it('places an annotation once while its text is unchanged, and again when the text changes', () => {
    const kept = annotation('a1', 'one', 5, 9);
    const index = new ReceivedIndex();
    const first = index.place(kept, TEXT);
    expect(first.state).toBe('anchored');
    // The next received state keeps unchanged items: their placement is reused, not recomputed.
    expect(index.place(kept, TEXT)).toBe(first);

    const edited = `开头加了几个字。${TEXT}`;
    const moved = index.place(kept, edited);
    expect(moved).not.toBe(first);
    expect(edited.slice(moved.target.position.start, moved.target.position.end)).toBe(
      TEXT.slice(5, 9),
    );
    expect(index.place(kept, undefined).state).toBe('orphaned');
  });

  it('builds its lookups again for a new received state', () => {
    const index = new ReceivedIndex();
    const before = received([annotation('a1', 'one', 0, 4)]);
    expect(index.annotationsOn(before, 'one')).toHaveLength(1);
    const after = received([...before.annotations, annotation('a2', 'one', 5, 9)]);
    expect(index.annotationsOn(after, 'one').map((a) => a.id)).toEqual(['a1', 'a2']);
  });
});

describe('sortReplies', () => {
  it('orders by time written, then by id when two share a time', () => {
    const same = '2026-11-01T00:00:00.000Z';
    const sorted = sortReplies([
      reply('b', 'x', same),
      reply('c', 'x', '2026-10-01T00:00:00.000Z'),
      reply('a', 'x', same),
    ]);
    expect(sorted.map((r) => r.id)).toEqual(['c', 'a', 'b']);
  });
});
