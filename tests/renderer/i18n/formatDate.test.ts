import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../renderer/i18n/formatDate';

describe('formatDate', () => {
  // Noon UTC is the same calendar day in every time zone from UTC-11 to UTC+11.
  const NOON = '2025-03-05T12:00:00.000Z';

  it('writes the date in the UI language', () => {
    expect(formatDate(NOON, 'en')).toBe('Mar 5, 2025');
    expect(formatDate(NOON, 'zh')).toBe('2025年3月5日');
  });

  it('shows an unreadable timestamp as it is rather than "Invalid Date"', () => {
    expect(formatDate('not a date', 'en')).toBe('not a date');
  });
});
