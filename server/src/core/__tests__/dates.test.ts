import { describe, expect, it } from 'vitest';
import { addDays, addMonths, readableDate, todayInEngland } from '../dates.js';

describe('dates', () => {
  it('shows a date as the client does, whatever the server’s time zone', () => {
    expect(readableDate('2026-04-01')).toBe('1 Apr 2026');
    expect(readableDate('2030-12-31')).toBe('31 Dec 2030');
  });

  it('takes today in England, not in UTC: 23:30 UTC in summer is the next day', () => {
    expect(todayInEngland(new Date('2026-07-01T23:30:00Z'))).toBe('2026-07-02');
    expect(todayInEngland(new Date('2026-01-01T23:30:00Z'))).toBe('2026-01-01');
  });

  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-29', 0, '2026-03-29'],
  ])('adds days across month, year and leap day: %s + %i is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-12-15', -12, '2025-12-15'],
    ['2026-04-01', 36, '2029-04-01'],
  ])('adds calendar months, the day clamped to the month’s end: %s + %i is %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});
