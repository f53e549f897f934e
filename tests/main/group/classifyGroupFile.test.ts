import { describe, expect, it } from 'vitest';
import { classifyGroupFile } from '../../../main/group/classifyGroupFile';

const ID = '0b1d7a52-3c4e-4f60-8a9b-1c2d3e4f5a6b';

describe('classifying the files sync tools leave in a group folder', () => {
  it('recognises a member file and its member id', () => {
    expect(classifyGroupFile(`yuedu-member-${ID}.json`)).toEqual({ kind: 'member', memberId: ID });
    expect(classifyGroupFile('yuedu-member-a%2Fb.json')).toEqual({
      kind: 'member',
      memberId: 'a/b',
    });
  });

  it.each([
    `yuedu-member-${ID}.sync-conflict-20261130-101500-ABCDEFG.json`,
    `yuedu-member-${ID} (Wang's conflicted copy 2026-11-30).json`,
    `yuedu-member-${ID} (conflicted copy 2026-11-30 101500).json`,
    `yuedu-member-${ID}-LAPTOP-conflict.json`,
  ])('treats %s as a conflict copy of that member’s file', (name) => {
    expect(classifyGroupFile(name)).toEqual({ kind: 'conflict', memberId: ID });
  });

  it.each([
    `.yuedu-member-${ID}.json.6c1e.tmp`,
    `.syncthing.yuedu-member-${ID}.json.tmp`,
    `yuedu-member-${ID}.json.part`,
    `~$yuedu-member-${ID}.json`,
  ])('skips the partial temporary file %s', (name) => {
    expect(classifyGroupFile(name).kind).toBe('temporary');
  });

  it.each([
    `yuedu-member-${ID}.json~`,
    'notes.txt',
    'yuedu-member-.json',
    'yuedu-member-%E0.json',
    'x.sync-conflict-20261130-101500.json',
  ])('skips %s with a reason', (name) => {
    const kind = classifyGroupFile(name);
    expect(kind.kind).toBe('ignored');
    expect(kind.kind === 'ignored' && kind.reason).toMatch(/skipped/);
  });
});
