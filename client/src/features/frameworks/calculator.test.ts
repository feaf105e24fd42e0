import { describe, expect, it } from 'vitest';
import { calculate, readWholeNumber, type CalculatorPrice } from './calculator';

const perUserPerYear: CalculatorPrice = {
  pricingUnit: 'PER_USER',
  billingPeriod: 'ANNUAL',
  ceilingUnitPrice: { amount: '10.0000' },
  tiers: null,
  tierCalculation: null,
};

const band = (from: number, to: number | null, amount: string) => ({ from, to, unitPrice: { amount } });

describe('calculate', () => {
  it('1,200 users at £10 per user per year for 36 months: £36,000 in all, £12,000 a year', () => {
    const result = calculate(perUserPerYear, { quantity: '1200', termMonths: '36' });
    expect(result).toEqual({
      kind: 'quote',
      quantity: 1200,
      termMonths: 36,
      quote: {
        chargePerPeriod: '12000.00',
        totalCost: '36000.00',
        annualCost: '12000.00',
        effectiveAnnualUnitPrice: '10.0000',
      },
    });
  });

  it('charges each CUMULATIVE band at its own price', () => {
    // 100 × £125 + 1,100 × £117.50 = £141,750 a year.
    const price: CalculatorPrice = {
      ...perUserPerYear,
      ceilingUnitPrice: { amount: '125.0000' },
      tiers: [band(1, 100, '125.0000'), band(101, null, '117.5000')],
      tierCalculation: 'CUMULATIVE',
    };
    const result = calculate(price, { quantity: '1,200', termMonths: '36' });
    expect(result.kind === 'quote' && result.quote).toEqual({
      chargePerPeriod: '141750.00',
      totalCost: '425250.00',
      annualCost: '141750.00',
      effectiveAnnualUnitPrice: '118.1250',
    });
  });

  it('charges the whole quantity at one SINGLE_FIXED band’s price', () => {
    const price: CalculatorPrice = {
      ...perUserPerYear,
      tiers: [band(1, 100, '216.0000'), band(101, 500, '196.5000'), band(501, null, '180.5000')],
      tierCalculation: 'SINGLE_FIXED',
    };
    const result = calculate(price, { quantity: '1200', termMonths: '12' });
    expect(result.kind === 'quote' && result.quote.totalCost).toBe('216600.00');
  });

  it('prices a monthly charge and a one-off fixed charge over the term', () => {
    const monthly = calculate(
      { ...perUserPerYear, billingPeriod: 'MONTHLY', ceilingUnitPrice: { amount: '4.50' } },
      { quantity: '1200', termMonths: '36' },
    );
    expect(monthly.kind === 'quote' && monthly.quote.totalCost).toBe('194400.00');
    const fixed = calculate(
      {
        ...perUserPerYear,
        pricingUnit: 'FIXED',
        billingPeriod: 'ONE_OFF',
        ceilingUnitPrice: { amount: '25000' },
      },
      { quantity: 'ignored', termMonths: '36' },
    );
    expect(fixed.kind === 'quote' && fixed.quote).toMatchObject({
      totalCost: '25000.00',
      annualCost: '8333.33',
    });
  });

  it.each([
    ['', '36', { quantity: 'Enter the number of users' }],
    ['12.5', '36', { quantity: 'The number of users must be a whole number' }],
    ['lots', '36', { quantity: 'The number of users must be a whole number' }],
    ['0', '36', { quantity: 'The number of users must be 1 or more' }],
    ['-3', '36', { quantity: 'The number of users must be 1 or more' }],
    ['2000000000', '36', { quantity: 'The number of users must be 1,000,000,000 or fewer' }],
    ['1200', '', { termMonths: 'Enter the term in months' }],
    ['1200', '0', { termMonths: 'The term must be at least 1 month' }],
    ['1200', '601', { termMonths: 'The term must be 600 months (50 years) or less' }],
    ['1200', '3.5', { termMonths: 'The term must be a whole number of months' }],
    [
      'x',
      '0',
      {
        quantity: 'The number of users must be a whole number',
        termMonths: 'The term must be at least 1 month',
      },
    ],
  ])('quantity %j and term %j: %j', (quantity, termMonths, errors) => {
    expect(calculate(perUserPerYear, { quantity, termMonths })).toEqual({ kind: 'invalid', errors });
  });

  it('refuses a quantity beyond the last closed band, saying where the bands end', () => {
    const price: CalculatorPrice = {
      ...perUserPerYear,
      tiers: [band(1, 100, '12.0000'), band(101, 2000, '10.0000')],
      tierCalculation: 'SINGLE_FIXED',
    };
    expect(calculate(price, { quantity: '2001', termMonths: '36' })).toEqual({
      kind: 'invalid',
      errors: { quantity: 'The number of users must be 2,000 or fewer: the price’s last band ends there' },
    });
    expect(calculate(price, { quantity: '2000', termMonths: '36' }).kind).toBe('quote');
  });

  it('says so when the price’s own bands cannot be used', () => {
    const price: CalculatorPrice = {
      ...perUserPerYear,
      tiers: [band(1, 100, '12.0000'), band(150, null, '10.0000')],
      tierCalculation: 'CUMULATIVE',
    };
    expect(calculate(price, { quantity: '10', termMonths: '12' })).toEqual({
      kind: 'invalid',
      errors: { price: 'This price cannot be worked out. The volume bands are not valid.' },
    });
  });
});

describe('readWholeNumber', () => {
  it('reads numbers as people type them', () => {
    expect(readWholeNumber(' 1,200 ')).toEqual({ kind: 'number', value: 1200 });
    expect(readWholeNumber('1 200')).toEqual({ kind: 'number', value: 1200 });
    expect(readWholeNumber('-4')).toEqual({ kind: 'number', value: -4 });
    expect(readWholeNumber('')).toEqual({ kind: 'empty' });
    expect(readWholeNumber('1e3')).toEqual({ kind: 'not-whole' });
    expect(readWholeNumber('1.0')).toEqual({ kind: 'not-whole' });
  });
});
