import { describe, expect, it } from 'vitest';
import {
  boundedEditDistance,
  findApproximate,
  leadingAlignmentDistance,
  trailingAlignmentDistance,
} from '../../../main/annotations/fuzzyMatch';

describe('boundedEditDistance', () => {
  it('counts one edit per changed, added or removed Chinese character', () => {
    expect(boundedEditDistance('开放包容', '开放包容', 2)).toBe(0);
    expect(boundedEditDistance('开放包容', '开放包融', 2)).toBe(1);
    expect(boundedEditDistance('开放包容', '开放与包容', 2)).toBe(1);
    expect(boundedEditDistance('开放包容', '放包容', 2)).toBe(1);
    expect(boundedEditDistance('大湾区', '粤港澳', 3)).toBe(3);
  });

  it('stops at max + 1 once the strings are known to differ more', () => {
    expect(boundedEditDistance('大湾区', '粤港澳', 1)).toBe(2);
    expect(boundedEditDistance('人民日报', '人民日报社评论员文章', 2)).toBe(3);
  });
});

describe('context alignment', () => {
  const text = '本报记者姜晓丹报道：大湾区的发展成就令人赞叹。';
  const at = text.indexOf('大湾区');

  it('measures how well a stored prefix still ends where the highlight starts', () => {
    expect(trailingAlignmentDistance('姜晓丹报道：', text, at)).toBe(0);
    expect(trailingAlignmentDistance('姜晓丹来稿：', text, at)).toBe(2);
    expect(trailingAlignmentDistance('姜晓丹：', text, at)).toBe(2);
  });

  it('measures how well a stored suffix still follows the highlight, ignoring where it ends', () => {
    expect(leadingAlignmentDistance('的发展成就', text, at + 3)).toBe(0);
    expect(leadingAlignmentDistance('的发展和成就', text, at + 3)).toBe(1);
  });
});

describe('findApproximate', () => {
  const text = '甲地的大湾区建设很快。乙地的大湾区建设也很快。丙地的粤港澳大湾区建设更快。';

  it('finds the closest substring within the error budget, nearest to the hint on a tie', () => {
    const first = findApproximate(text, '的大湾区建设很快', 2, 0);
    expect(first).toMatchObject({ start: 2, end: 10, distance: 0 });
    const tie = findApproximate(text, '的大湾区建设', 0, 14);
    expect(tie?.start).toBe(text.indexOf('的大湾区建设', 5));
  });

  it('maps pattern offsets into the text, leaving inserted words outside the marked range', () => {
    const third = text.slice(text.indexOf('丙'));
    const match = findApproximate(third, '丙地的大湾区建设更快', 3, 0, [
      { offset: 3, side: 'start' },
      { offset: 6, side: 'end' },
    ]);
    expect(match?.distance).toBe(3);
    const [start, end] = match!.marks;
    expect(third.slice(start, end)).toBe('大湾区');
  });

  it('returns null when nothing is within the budget', () => {
    expect(findApproximate(text, '网络空间命运共同体', 2, 0)).toBeNull();
    expect(findApproximate('', '大湾区', 1, 0)).toBeNull();
  });
});
