import { describe, expect, it } from 'vitest';
import { chooseMembers } from '../../../main/group/chooseMembers';
import type { Creator } from '../../../shared/model/annotation';
import type { GroupNote } from '../../../shared/model/group';
import { ANNA, highlightBy, replyBy, WANG } from './groupFixture';

const ME: Creator = { id: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a', name: 'Me' };

const note = (creator: Creator, id: string, quote: string, mine = false): GroupNote => ({
  ...highlightBy(creator, id, quote),
  state: 'anchored',
  mine,
  replies: [replyBy(WANG, `${id}-r`, id, '同意')],
});

const notes = [note(ME, 'm1', '粤剧', true), note(ANNA, 'a1', '岭南'), note(WANG, 'w1', '瑰宝')];
const ids = (chosen: GroupNote[]) => chosen.map((n) => n.id);

describe('chooseMembers', () => {
  it('keeps everyone’s, only mine, or the listed members’ notes', () => {
    expect(ids(chooseMembers(notes, 'all'))).toEqual(['m1', 'a1', 'w1']);
    expect(ids(chooseMembers(notes, 'me'))).toEqual(['m1']);
    expect(ids(chooseMembers(notes, [ANNA.id]))).toEqual(['a1']);
  });

  it('reads "me" in a list as my own notes, beside other members', () => {
    expect(ids(chooseMembers(notes, ['me', WANG.id]))).toEqual(['m1', 'w1']);
  });

  it('keeps each chosen note’s replies, whoever wrote them', () => {
    expect(chooseMembers(notes, [ANNA.id])[0]?.replies.map((r) => r.creator.name)).toEqual([
      WANG.name,
    ]);
  });
});
