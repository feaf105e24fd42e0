import { describe, expect, it } from 'vitest';
import { readableDate, todayInEngland } from '../dates.js';

describe('dates', () => {
  it('shows a date as the client does, whatever the server’s time zone', () => {
    expect(readableDate('2026-04-01')).toBe('1 Apr 2026');
    expect(readableDate('2030-12-31')).toBe('31 Dec 2030');
  });

  it('takes today in England, not in UTC: 23:30 UTC in summer is the next day', () => {
    expect(todayInEngland(new Date('2026-07-01T23:30:00Z'))).toBe('2026-07-02');
    expect(todayInEngland(new Date('2026-01-01T23:30:00Z'))).toBe('2026-01-01');
  });
});
