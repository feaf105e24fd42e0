import { describe, expect, it } from 'vitest';
import { shortAreaName, shortPounds } from './bar-chart';

describe('shortAreaName', () => {
  it('drops what every ICB name shares', () => {
    expect(shortAreaName('NHS North Central London Integrated Care Board')).toBe('North Central London');
  });

  it('leaves a region’s name alone', () => {
    expect(shortAreaName('North East and Yorkshire')).toBe('North East and Yorkshire');
  });
});

describe('shortPounds', () => {
  it.each([
    [950.4, '£950'],
    [1_234, '£1.2k'],
    [2_000, '£2k'],
    [34_500, '£35k'],
    [1_260_000, '£1.3m'],
    [12_600_000, '£13m'],
  ])('reads %d as %s', (value, text) => {
    expect(shortPounds(value)).toBe(text);
  });
});
