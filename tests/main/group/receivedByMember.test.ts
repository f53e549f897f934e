import { describe, expect, it } from 'vitest';
import { emptyReceived, type Received } from '../../../main/group/groupState';
import { receivedByMember } from '../../../main/group/receivedByMember';
import { ANNA, highlightBy, replyBy, WANG } from './groupFixture';

const CARL = { id: 'carl', name: 'Carl' };

function received(partial: Partial<Received>): Received {
  return { ...emptyReceived(), ...partial };
}

describe('receivedByMember', () => {
  it('groups each member’s annotations in the order received and counts their replies', () => {
    const byMember = receivedByMember(
      received({
        annotations: [
          highlightBy(ANNA, 'a1', '粤剧'),
          highlightBy(WANG, 'w1', '岭南'),
          highlightBy(ANNA, 'a2', '瑰宝'),
          highlightBy(ANNA, 'a3', '古籍'),
        ],
        replies: [
          replyBy(WANG, 'r1', 'a1', '同意'),
          replyBy(ANNA, 'r2', 'w1', '好'),
          replyBy(WANG, 'r3', 'a2', '对'),
        ],
      }),
    );
    expect(byMember.get(ANNA.id)?.annotations.map((a) => a.id)).toEqual(['a1', 'a2', 'a3']);
    expect(byMember.get(ANNA.id)?.replies).toBe(1);
    expect(byMember.get(WANG.id)?.annotations.map((a) => a.id)).toEqual(['w1']);
    expect(byMember.get(WANG.id)?.replies).toBe(2);
  });

  it('lists a member who only replied with no annotations, and leaves out one who sent nothing', () => {
    const byMember = receivedByMember(
      received({
        members: { [CARL.id]: { name: CARL.name, written: '2026-11-01T10:00:00.000Z' } },
        annotations: [highlightBy(ANNA, 'a1', '粤剧')],
        replies: [replyBy(WANG, 'r1', 'a1', '同意')],
      }),
    );
    expect(byMember.get(WANG.id)).toEqual({ annotations: [], replies: 1 });
    expect(byMember.has(CARL.id)).toBe(false);
    expect([...byMember.keys()].sort()).toEqual([ANNA.id, WANG.id].sort());
  });

  it('answers an empty index for nothing received', () => {
    expect(receivedByMember(emptyReceived()).size).toBe(0);
  });
});
