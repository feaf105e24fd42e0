import { describe, expect, it } from 'vitest';
import { formatCount, formatInteger, formatPercent, formatQuantity } from './count';

describe('formatInteger', () => {
  it('groups thousands with commas', () => {
    expect(formatInteger(0)).toBe('0');
    expect(formatInteger(202)).toBe('202');
    expect(formatInteger(1234567)).toBe('1,234,567');
  });
});

describe('formatCount', () => {
  it('uses the singular only for exactly one', () => {
    expect(formatCount(0, 'organisation')).toBe('0 organisations');
    expect(formatCount(1, 'organisation')).toBe('1 organisation');
    expect(formatCount(2, 'organisation')).toBe('2 organisations');
    expect(formatCount(1500, 'organisation')).toBe('1,500 organisations');
  });

  it('takes an irregular plural', () => {
    expect(formatCount(3, 'body', 'bodies')).toBe('3 bodies');
    expect(formatCount(1, 'body', 'bodies')).toBe('1 body');
  });
});

describe('formatQuantity and formatPercent', () => {
  it('drops trailing zeros and groups thousands', () => {
    expect(formatQuantity('1200.00')).toBe('1,200');
    expect(formatQuantity('12.50')).toBe('12.5');
    expect(formatQuantity('0.25')).toBe('0.25');
    expect(formatQuantity('7')).toBe('7');
    expect(formatPercent('12.50')).toBe('12.5%');
    expect(formatPercent('0.00')).toBe('0%');
  });
});
