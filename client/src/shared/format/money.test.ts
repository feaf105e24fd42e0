import { describe, expect, it } from 'vitest';
import { formatMoney } from './money';

describe('formatMoney', () => {
  it.each([
    ['1234.56', '£1,234.56'],
    ['1234.5600', '£1,234.56'],
    ['0', '£0.00'],
    ['12.5', '£12.50'],
    ['0.0150', '£0.015'],
    ['2.1234', '£2.1234'],
    ['1000000.0000', '£1,000,000.00'],
    ['-5.25', '-£5.25'],
  ])('%s → %s', (amount, shown) => {
    expect(formatMoney(amount)).toBe(shown);
  });

  it('returns anything that is not a decimal unchanged', () => {
    expect(formatMoney('n/a')).toBe('n/a');
  });
});
