import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './date';

describe('formatDate', () => {
  it.each([
    ['1991-04-01', '1 Apr 1991'],
    ['2021-01-31', '31 Jan 2021'],
    ['2026-11-23', '23 Nov 2026'],
    ['2021-09-09', '9 Sep 2021'],
    ['2024-02-29', '29 Feb 2024'],
    ['2022-12-31', '31 Dec 2022'],
  ])('formats %s as %s', (value, expected) => {
    expect(formatDate(value)).toBe(expected);
  });

  it('does not move the day in a time zone west of Greenwich', () => {
    const zone = process.env['TZ'];
    process.env['TZ'] = 'America/New_York';
    try {
      expect(formatDate('1991-04-01')).toBe('1 Apr 1991');
    } finally {
      process.env['TZ'] = zone;
    }
  });

  it.each(['', 'yesterday', '1991-4-1', '2023-02-29', '2023-13-01', '2023-00-10', '2023-04-31'])(
    'returns %j unchanged because it is not a calendar date',
    (value) => {
      expect(formatDate(value)).toBe(value);
    },
  );
});

describe('formatDateTime', () => {
  it('shows UK time with a short month', () => {
    expect(formatDateTime('2026-11-23T14:05:09Z')).toBe('23 Nov 2026, 14:05');
    // British Summer Time: an hour ahead of UTC.
    expect(formatDateTime('2026-07-01T08:30:00Z')).toBe('1 Jul 2026, 09:30');
    expect(formatDateTime('2026-03-01T00:00:00.000Z')).toBe('1 Mar 2026, 00:00');
  });

  it('leaves anything else as it is', () => {
    expect(formatDateTime('yesterday')).toBe('yesterday');
  });
});
