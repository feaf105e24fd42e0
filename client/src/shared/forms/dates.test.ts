import { describe, expect, it } from 'vitest';
import { addMonths, isoOrNull, readDate, toDateParts, todayInEngland } from './dates';

describe('readDate', () => {
  const date = (day: string, month: string, year: string) => readDate({ day, month, year }, 'Start date');

  it('reads a real date as a LocalDate, with or without leading zeros', () => {
    expect(date('1', '4', '2027')).toEqual({ kind: 'date', iso: '2027-04-01' });
    expect(date(' 09 ', '09', '2027')).toEqual({ kind: 'date', iso: '2027-09-09' });
    expect(date(' 29 ', '02', '2028')).toEqual({ kind: 'date', iso: '2028-02-29' });
  });

  it('says nothing was entered when all three boxes are empty', () => {
    expect(date('', ' ', '')).toEqual({ kind: 'empty' });
  });

  it.each([
    [['31', '2', '2027'], 'Start date must be a real date'],
    [['29', '2', '2027'], 'Start date must be a real date'],
    [['1', '13', '2027'], 'Start date must be a real date'],
    [['0', '2', '2027'], 'Start date must be a real date'],
    [['a', '1', '2027'], 'Start date must be a real date'],
    [['1', '2', '1066'], 'Start date must be a real date'],
    [['1', '', '2027'], 'Start date must include a month'],
    [['', '', '2027'], 'Start date must include a day and month'],
    [['1', '4', '27'], 'Year must include 4 numbers'],
  ] as const)('explains %j in the NHS words', ([day, month, year], message) => {
    expect(date(day, month, year)).toEqual({ kind: 'invalid', message });
  });

  it('knows leap years', () => {
    expect(isoOrNull({ day: '29', month: '2', year: '2028' })).toBe('2028-02-29');
    expect(isoOrNull({ day: '29', month: '2', year: '2027' })).toBeNull();
  });
});

describe('toDateParts', () => {
  it('splits a LocalDate into what a person would type', () => {
    expect(toDateParts('2027-04-01')).toEqual({ day: '1', month: '4', year: '2027' });
    expect(toDateParts(null)).toEqual({ day: '', month: '', year: '' });
  });
});

describe('todayInEngland', () => {
  it('is the date in London, not in UTC', () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in British Summer Time.
    expect(todayInEngland(new Date('2027-06-30T23:30:00Z'))).toBe('2027-07-01');
    expect(todayInEngland(new Date('2027-01-15T23:30:00Z'))).toBe('2027-01-15');
  });
});

describe('addMonths', () => {
  it('moves to the same day months later, or the end of a shorter month', () => {
    expect(addMonths('2026-12-02', 12)).toBe('2027-12-02');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2027-11-15', 3)).toBe('2028-02-15');
  });
});
