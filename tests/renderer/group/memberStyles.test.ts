import { describe, expect, it } from 'vitest';
import {
  assignMemberStyles,
  MEMBER_STYLE_COUNT,
  memberHash,
} from '../../../renderer/group/memberStyles';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `member-${i}`);

describe('assignMemberStyles', () => {
  it('gives a member the same style whatever order the ids come in and on every call', () => {
    const group = ids(5);
    const one = assignMemberStyles(group);
    const two = assignMemberStyles([...group].reverse());
    expect([...one.entries()].sort()).toEqual([...two.entries()].sort());
  });

  it('gives every member a different style while there are at most as many members as styles', () => {
    const styles = assignMemberStyles(ids(MEMBER_STYLE_COUNT));
    expect(new Set(styles.values()).size).toBe(MEMBER_STYLE_COUNT);
    for (const style of styles.values()) {
      expect(style).toBeGreaterThanOrEqual(0);
      expect(style).toBeLessThan(MEMBER_STYLE_COUNT);
    }
  });

  it('keeps a lone member on the style their id hashes to', () => {
    expect(assignMemberStyles(['anna']).get('anna')).toBe(memberHash('anna') % MEMBER_STYLE_COUNT);
  });

  it('moves the larger of two colliding ids to the next free style', () => {
    const all = ids(200);
    const first = all[0]!;
    const twin = all
      .slice(1)
      .find(
        (id) => memberHash(id) % MEMBER_STYLE_COUNT === memberHash(first) % MEMBER_STYLE_COUNT,
      )!;
    const styles = assignMemberStyles([twin, first]);
    const smaller = first < twin ? first : twin;
    const larger = first < twin ? twin : first;
    expect(styles.get(smaller)).toBe(memberHash(smaller) % MEMBER_STYLE_COUNT);
    expect(styles.get(larger)).toBe((styles.get(smaller)! + 1) % MEMBER_STYLE_COUNT);
  });

  it('still styles everyone when there are more members than styles, and ignores duplicates', () => {
    const styles = assignMemberStyles([...ids(20), 'member-3']);
    expect(styles.size).toBe(20);
  });
});
