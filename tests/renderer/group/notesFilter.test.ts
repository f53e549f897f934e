import { describe, expect, it } from 'vitest';
import {
  countShown,
  filterCounts,
  matchesFilter,
  showsOwn,
} from '../../../renderer/group/notesFilter';

const anna = { id: 'a', name: 'Anna' };
const wang = { id: 'w', name: '王小明' };
const me = { id: 'me', name: 'Me' };
const notes = [
  { mine: true, creator: me },
  { mine: false, creator: wang },
  { mine: false, creator: anna },
  { mine: false, creator: wang },
  { mine: true, creator: me },
];

describe('filterCounts', () => {
  it('counts everyone, mine and each other member by name', () => {
    expect(filterCounts(notes)).toEqual({
      all: 5,
      mine: 2,
      members: [
        { ...anna, count: 1 },
        { ...wang, count: 2 },
      ],
    });
  });

  it('counts nothing in an empty article', () => {
    expect(filterCounts([])).toEqual({ all: 0, mine: 0, members: [] });
  });

  it('keeps two members of the same name apart', () => {
    const other = { id: 'a2', name: 'Anna' };
    const counts = filterCounts([
      { mine: false, creator: anna },
      { mine: false, creator: other },
    ]);
    expect(counts.members.map((m) => m.id)).toEqual(['a', 'a2']);
  });
});

describe('matchesFilter', () => {
  it('lists everything for everyone, only own notes for mine, one member for their id', () => {
    expect(notes.filter((n) => matchesFilter(n, 'all'))).toHaveLength(5);
    expect(notes.filter((n) => matchesFilter(n, 'mine'))).toHaveLength(2);
    expect(notes.filter((n) => matchesFilter(n, 'w'))).toHaveLength(2);
    expect(notes.filter((n) => matchesFilter(n, 'nobody'))).toHaveLength(0);
  });

  it('never counts the reader’s own notes under a member id, even their own', () => {
    expect(matchesFilter({ mine: true, creator: me }, 'me')).toBe(false);
  });
});

describe('countShown', () => {
  const others = [{ creator: anna }, { creator: wang }, { creator: wang }];

  it('counts own notes and the shown members’ under each filter, as the panel lists them', () => {
    expect(countShown(2, others, 'all')).toBe(5);
    expect(countShown(2, others, 'mine')).toBe(2);
    expect(countShown(2, others, 'w')).toBe(2);
    expect(countShown(0, others, 'a')).toBe(1);
    expect(countShown(2, others, 'hidden-or-gone')).toBe(0);
  });

  it('lists the reader’s own notes, orphans included, only under Everyone and Mine', () => {
    expect([showsOwn('all'), showsOwn('mine'), showsOwn('a')]).toEqual([true, true, false]);
  });
});
