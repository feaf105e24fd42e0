import { describe, expect, it } from 'vitest';
import { PricingError } from './calculator.ts';
import { ceilingAnnualUnitPrice, normaliseLine, termMonths, type LineTerms } from './normalise.ts';

const threeYears = { startDate: '2026-04-01', endDate: '2029-03-31' };
const line = (extra: Partial<LineTerms>): LineTerms => ({
  billingPeriod: 'MONTHLY',
  perUnit: true,
  quantity: '1200',
  unitPrice: '4.50',
  ...extra,
});

describe('termMonths: whole calendar months, then the rest as a fraction of its month', () => {
  it.each([
    ['2026-04-01', '2029-03-31', '36.0000'],
    ['2026-04-15', '2027-04-14', '12.0000'],
    ['2026-04-01', '2026-06-15', '2.5000'], // April, May, then 15 of June's 30 days
    // A month from 31 Jan ends on 27 Feb, the day before "the same day" of February (clamped to the 28th)
    ['2026-01-31', '2026-02-27', '1.0000'],
    ['2026-01-31', '2026-02-28', '1.0323'], // then 1 day of the 31 from 28 Feb to 31 Mar
    ['2026-04-01', '2026-04-01', '0.0333'], // one day of April's 30
    ['2028-02-01', '2028-02-29', '1.0000'], // a leap February
  ])('%s to %s is %s months', (start, end, months) => {
    expect(termMonths(start, end)).toBe(months);
  });

  it('refuses an end before the start', () => {
    expect(() => termMonths('2026-04-02', '2026-04-01')).toThrow(PricingError);
  });
});

describe('normaliseLine: worked examples', () => {
  it('a monthly per-user line becomes a year’s price per user', () => {
    // £4.50 a month per user × 12 = £54 a year; 1,200 users = £64,800 a year, £194,400 over 36 months
    expect(normaliseLine(line({}), threeYears)).toEqual({
      netUnitPrice: '4.5000',
      annualUnitPrice: '54.0000',
      oneOffUnitPrice: null,
      annualCost: '64800.00',
      totalCost: '194400.00',
      termMonths: '36.0000',
    });
  });

  it('an annual per-user line at £54 compares equal to the monthly one at £4.50', () => {
    const annual = normaliseLine(line({ billingPeriod: 'ANNUAL', unitPrice: '54' }), threeYears);
    expect(annual.annualUnitPrice).toBe(normaliseLine(line({}), threeYears).annualUnitPrice);
    expect(annual.totalCost).toBe('194400.00');
  });

  it('the discount comes off the unit price first: £60 less 12.5% is £52.50', () => {
    const result = normaliseLine(
      line({ billingPeriod: 'ANNUAL', unitPrice: '60', discountPercent: '12.5' }),
      threeYears,
    );
    expect(result.netUnitPrice).toBe('52.5000');
    expect(result.annualUnitPrice).toBe('52.5000');
    expect(result.annualCost).toBe('63000.00');
  });

  it('a one-off charge is reported apart and spread over the term', () => {
    // £90,000 implementation once, over 36 months: £30,000 a year
    const result = normaliseLine(
      { billingPeriod: 'ONE_OFF', perUnit: false, quantity: '1', unitPrice: '90000' },
      threeYears,
    );
    expect(result).toEqual({
      netUnitPrice: '90000.0000',
      annualUnitPrice: '30000.0000',
      oneOffUnitPrice: '90000.0000',
      annualCost: '30000.00',
      totalCost: '90000.00',
      termMonths: '36.0000',
    });
  });

  it('a one-off per-device price over a 2.5-month term', () => {
    // £600 a laptop once; 2.5 months is 5/24 of a year, so £600 × 12 / 2.5 = £2,880 a year per device
    const result = normaliseLine(
      { billingPeriod: 'ONE_OFF', perUnit: true, quantity: '10', unitPrice: '600' },
      { startDate: '2026-04-01', endDate: '2026-06-15' },
    );
    expect(result.annualUnitPrice).toBe('2880.0000');
    expect(result.oneOffUnitPrice).toBe('600.0000');
    expect(result.totalCost).toBe('6000.00');
  });

  it('a FIXED line ignores its quantity', () => {
    const result = normaliseLine(
      { billingPeriod: 'ANNUAL', perUnit: false, quantity: '1', unitPrice: '25000' },
      threeYears,
    );
    expect(result.annualCost).toBe('25000.00');
    expect(result.totalCost).toBe('75000.00');
  });

  it('day rates with fractional days keep 4 decimal places exactly', () => {
    const result = normaliseLine(
      {
        billingPeriod: 'ONE_OFF',
        perUnit: true,
        quantity: '12.5',
        unitPrice: '725.3333',
        discountPercent: '3',
      },
      { startDate: '2026-04-01', endDate: '2027-03-31' },
    );
    // 725.3333 × 0.97 = 703.573301 → 703.5733 a day
    expect(result.netUnitPrice).toBe('703.5733');
    expect(result.totalCost).toBe('8794.67');
  });

  it.each([
    [{ quantity: '-1' }, /quantity/],
    [{ unitPrice: 'abc' }, /unit price/],
    [{ discountPercent: '101' }, /discount/],
  ])('refuses bad terms %o', (extra, message) => {
    expect(() => normaliseLine(line(extra), threeYears)).toThrow(message);
  });
});

describe('ceilingAnnualUnitPrice: the ceiling on the line’s footing', () => {
  it('annualises a monthly ceiling', () => {
    expect(
      ceilingAnnualUnitPrice(
        { billingPeriod: 'MONTHLY', perUnit: true, unitPrice: '5.00' },
        '1200',
        threeYears,
      ),
    ).toBe('60.0000');
  });

  it('applies cumulative bands at the line’s quantity', () => {
    // 500 × £5 + 500 × £4 + 200 × £3 = £5,100 a month for 1,200: £4.25 each, £51 a year
    const ceiling = {
      billingPeriod: 'MONTHLY' as const,
      perUnit: true,
      unitPrice: '5.00',
      tierCalculation: 'CUMULATIVE' as const,
      tiers: [
        { from: 1, to: 500, unitPrice: '5.00' },
        { from: 501, to: 1000, unitPrice: '4.00' },
        { from: 1001, to: null, unitPrice: '3.00' },
      ],
    };
    expect(ceilingAnnualUnitPrice(ceiling, '1200', threeYears)).toBe('51.0000');
  });

  it('spreads a one-off ceiling over the line’s term', () => {
    expect(
      ceilingAnnualUnitPrice(
        { billingPeriod: 'ONE_OFF', perUnit: false, unitPrice: '90000' },
        '1',
        threeYears,
      ),
    ).toBe('30000.0000');
  });
});
