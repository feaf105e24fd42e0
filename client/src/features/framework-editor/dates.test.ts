import { describe, expect, it } from 'vitest';
import { datePartsFromIso, isoOrNull, readDate, todayInEngland } from './dates';

describe('readDate', () => {
  it('reads a real date as ISO, with or without leading zeros', () => {
    expect(readDate({ day: '1', month: '4', year: '2027' }, 'Start date')).toEqual({
      kind: 'date',
      iso: '2027-04-01',
    });
    expect(readDate({ day: ' 09 ', month: '09', year: '2027' }, 'Start date')).toEqual({
      kind: 'date',
      iso: '2027-09-09',
    });
  });

  it('says nothing was entered when all three boxes are empty', () => {
    expect(readDate({ day: '', month: ' ', year: '' }, 'Start date')).toEqual({ kind: 'empty' });
  });

  it.each([
    [{ day: '31', month: '2', year: '2027' }, 'Start date must be a real date'],
    [{ day: '29', month: '2', year: '2027' }, 'Start date must be a real date'],
    [{ day: '1', month: '13', year: '2027' }, 'Start date must be a real date'],
    [{ day: 'a', month: '1', year: '2027' }, 'Start date must be a real date'],
    [{ day: '1', month: '', year: '2027' }, 'Start date must include a month'],
    [{ day: '', month: '', year: '2027' }, 'Start date must include a day and a month'],
    [{ day: '1', month: '4', year: '27' }, 'Year must include 4 numbers'],
  ])('explains %j', (parts, message) => {
    expect(readDate(parts, 'Start date')).toEqual({ kind: 'invalid', message });
  });

  it('knows leap years', () => {
    expect(isoOrNull({ day: '29', month: '2', year: '2028' })).toBe('2028-02-29');
  });
});

describe('datePartsFromIso', () => {
  it('splits a LocalDate into what a person would type', () => {
    expect(datePartsFromIso('2027-04-01')).toEqual({ day: '1', month: '4', year: '2027' });
    expect(datePartsFromIso(null)).toEqual({ day: '', month: '', year: '' });
  });
});

describe('todayInEngland', () => {
  it('is the date in London, not in UTC', () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in British Summer Time.
    expect(todayInEngland(new Date('2027-06-30T23:30:00Z'))).toBe('2027-07-01');
    expect(todayInEngland(new Date('2027-01-15T23:30:00Z'))).toBe('2027-01-15');
  });
});
