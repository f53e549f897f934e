import { describe, expect, it } from 'vitest';
import type { GroupContext, GroupServiceOptions } from '../../../main/group/groupContext';
import { emptyMembership, emptyReceived, GroupStateFiles } from '../../../main/group/groupState';
import { describeGroup } from '../../../main/group/groupStatus';
import { ReceivedIndex } from '../../../main/group/receivedIndex';
import { ANNA, ARTICLE_TEXT, highlightBy, replyBy, WANG } from './groupFixture';

const ME = { id: 'me', name: 'Me' };
const CARL = { id: 'carl', name: 'Carl' };
const WRITTEN = '2026-11-03T08:00:00.000Z';

/** The parts of a group context status reads: this member, their (empty) store, a library with the fixture article. */
function contextWith(texts: Record<string, string>): GroupContext {
  const options = {
    store: { read: () => ({ user: ME, annotations: [] }) },
    library: { get: (id: string) => (id in texts ? { text: texts[id] } : undefined) },
  } as unknown as GroupServiceOptions;
  return {
    options,
    files: new GroupStateFiles('/nonexistent-data-dir'),
    received: new ReceivedIndex(),
    me: () => ME,
    publishSoon: () => undefined,
  };
}

describe('describeGroup', () => {
  it('counts each member’s highlights, replies and orphans, members sorted by name', () => {
    const onMissingArticle = { ...highlightBy(ANNA, 'a3', '古籍'), articleId: 'not-here' };
    const received = {
      ...emptyReceived(),
      members: {
        [WANG.id]: { name: WANG.name, written: WRITTEN },
        [ANNA.id]: { name: ANNA.name, written: WRITTEN },
        [CARL.id]: { name: CARL.name, written: WRITTEN },
      },
      annotations: [
        highlightBy(ANNA, 'a1', '粤剧'),
        highlightBy(WANG, 'w1', '岭南'),
        highlightBy(ANNA, 'a2', '瑰宝'),
        onMissingArticle,
      ],
      replies: [replyBy(WANG, 'r1', 'a1', '同意'), replyBy(WANG, 'r2', 'a2', '对')],
    };
    const status = describeGroup(
      contextWith({ yueju: ARTICLE_TEXT }),
      emptyMembership(),
      received,
      [],
      null,
    );
    expect(
      status.members.map(({ name, annotations, replies, orphans }) => ({
        name,
        annotations,
        replies,
        orphans,
      })),
    ).toEqual([
      { name: 'Anna', annotations: 3, replies: 0, orphans: 1 },
      { name: 'Carl', annotations: 0, replies: 0, orphans: 0 },
      { name: WANG.name, annotations: 1, replies: 2, orphans: 0 },
    ]);
  });

  it('adds the last failure to publish as a note on this member’s own file', () => {
    const status = describeGroup(
      contextWith({}),
      emptyMembership(),
      emptyReceived(),
      [],
      'Your member file could not be written (EACCES).',
    );
    expect(status.files).toEqual([
      {
        file: expect.stringContaining(ME.id),
        member: ME.id,
        used: false,
        reason: 'Your member file could not be written (EACCES).',
      },
    ]);
  });
});
