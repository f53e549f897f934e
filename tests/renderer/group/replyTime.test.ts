import { describe, expect, it } from 'vitest';
import { replyTime } from '../../../renderer/group/replyTime';

const NOW = new Date('2026-11-30T12:00:00.000Z');

describe('replyTime', () => {
  it('says how long ago within a day, with the full date and time beside it', () => {
    expect(replyTime('2026-11-30T11:59:40.000Z', 'en', NOW).label).toBe('now');
    expect(replyTime('2026-11-30T11:55:00.000Z', 'en', NOW).label).toBe('5 minutes ago');
    expect(replyTime('2026-11-30T09:00:00.000Z', 'en', NOW).label).toBe('3 hours ago');
    expect(replyTime('2026-11-30T11:55:00.000Z', 'zh', NOW).label).toBe('5分钟前');
    expect(replyTime('2026-11-30T09:00:00.000Z', 'en', NOW).absolute).toMatch(/Nov 30, 2026/);
  });

  it('gives the date and time for anything a day old or dated in the future', () => {
    const old = replyTime('2026-11-28T09:00:00.000Z', 'en', NOW);
    expect(old.label).toBe(old.absolute);
    expect(old.label).toMatch(/Nov 28, 2026/);
    const ahead = replyTime('2026-12-05T09:00:00.000Z', 'en', NOW);
    expect(ahead.label).toBe(ahead.absolute);
  });

  it('shows an unreadable timestamp as it is', () => {
    expect(replyTime('yesterday', 'en', NOW)).toEqual({
      label: 'yesterday',
      absolute: 'yesterday',
    });
  });
});
