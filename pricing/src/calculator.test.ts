import { describe, expect, it } from 'vitest';
import { PricingError, quote, quoteAll, type PriceTerms } from './calculator.ts';
import { tierProblems, unitPriceProblem, type Tier } from './tiers.ts';

const bands: Tier[] = [
  { from: 1, to: 500, unitPrice: '5.00' },
  { from: 501, to: 1000, unitPrice: '4.00' },
  { from: 1001, to: null, unitPrice: '3.00' },
];
const monthly = (extra: Partial<PriceTerms> = {}): PriceTerms => ({
  billingPeriod: 'MONTHLY',
  perUnit: true,
  unitPrice: '4.50',
  ...extra,
});

describe('quote: worked examples', () => {
  it('flat monthly per-user price: 1,200 users at £4.50 for 36 months', () => {
    expect(quote(monthly(), 1200, 36)).toEqual({
      chargePerPeriod: '5400.00',
      totalCost: '194400.00',
      annualCost: '64800.00',
      effectiveAnnualUnitPrice: '54.0000',
    });
  });

  it('CUMULATIVE bands: each band charged at its own price', () => {
    // 500 × £5 + 500 × £4 + 200 × £3 = £5,100 a month
    expect(quote(monthly({ tiers: bands, tierCalculation: 'CUMULATIVE' }), 1200, 36)).toEqual({
      chargePerPeriod: '5100.00',
      totalCost: '183600.00',
      annualCost: '61200.00',
      effectiveAnnualUnitPrice: '51.0000',
    });
  });

  it('SINGLE_FIXED bands: the whole quantity at the price of the band it lands in', () => {
    // 1,200 × £3 = £3,600 a month
    expect(quote(monthly({ tiers: bands, tierCalculation: 'SINGLE_FIXED' }), 1200, 36)).toEqual({
      chargePerPeriod: '3600.00',
      totalCost: '129600.00',
      annualCost: '43200.00',
      effectiveAnnualUnitPrice: '36.0000',
    });
  });

  it.each([
    [500, '2500.00', '2500.00'],
    [501, '2504.00', '2004.00'],
    [1000, '4500.00', '4000.00'],
    [1001, '4503.00', '3003.00'],
    [1, '5.00', '5.00'],
    [0, '0.00', '0.00'],
  ])(
    'band boundaries: %i units → cumulative %s, single fixed %s a month',
    (quantity, cumulative, singleFixed) => {
      expect(
        quote(monthly({ tiers: bands, tierCalculation: 'CUMULATIVE' }), quantity, 12).chargePerPeriod,
      ).toBe(cumulative);
      expect(
        quote(monthly({ tiers: bands, tierCalculation: 'SINGLE_FIXED' }), quantity, 12).chargePerPeriod,
      ).toBe(singleFixed);
    },
  );

  it('a one-off fixed fee is spread over the term for the annual figure', () => {
    const implementation: PriceTerms = { billingPeriod: 'ONE_OFF', perUnit: false, unitPrice: '25000' };
    expect(quote(implementation, 1200, 36)).toEqual({
      chargePerPeriod: '25000.00',
      totalCost: '25000.00',
      annualCost: '8333.33',
      effectiveAnnualUnitPrice: '8333.3333',
    });
  });

  it('an annual per-bed price with 4 decimal places, over 24 months', () => {
    const perBed: PriceTerms = { billingPeriod: 'ANNUAL', perUnit: true, unitPrice: '120.1234' };
    expect(quote(perBed, 350, 24)).toEqual({
      chargePerPeriod: '42043.19',
      totalCost: '84086.38',
      annualCost: '42043.19',
      effectiveAnnualUnitPrice: '120.1234',
    });
  });

  it('one-off plus recurring: an implementation fee and a monthly licence together', () => {
    const implementation: PriceTerms = { billingPeriod: 'ONE_OFF', perUnit: false, unitPrice: '25000' };
    expect(quoteAll([implementation, monthly()], 1200, 36)).toEqual({
      totalCost: '219400.00',
      annualCost: '73133.33',
      effectiveAnnualUnitPrice: '60.9444',
    });
  });

  it('is exact where floating point is not (0.1 + 0.2)', () => {
    const tiny: Tier[] = [
      { from: 1, to: 1, unitPrice: '0.1' },
      { from: 2, to: null, unitPrice: '0.2' },
    ];
    const terms = monthly({ tiers: tiny, tierCalculation: 'CUMULATIVE' });
    expect(quote(terms, 2, 1).chargePerPeriod).toBe('0.30');
    expect(quote({ ...terms, tiers: null, unitPrice: '0.0001' }, 30_000_000, 120).totalCost).toBe(
      '360000.00',
    );
  });
});

describe('quote: refusals', () => {
  it.each([
    ['a fractional quantity', 1.5, 12, /whole number/],
    ['a negative quantity', -1, 12, /whole number/],
    ['a zero term', 10, 0, /term/],
  ])('refuses %s', (_label, quantity, term, message) => {
    expect(() => quote(monthly(), quantity, term)).toThrow(message);
  });

  it('refuses a quantity beyond the last closed band', () => {
    const closed = bands.slice(0, 2);
    expect(() => quote(monthly({ tiers: closed, tierCalculation: 'CUMULATIVE' }), 1001, 12)).toThrow(
      PricingError,
    );
    expect(() => quote(monthly({ tiers: closed, tierCalculation: 'CUMULATIVE' }), 1001, 12)).toThrow(
      /last ends at 1000/,
    );
  });

  it('refuses to price with invalid bands', () => {
    const gapped = [bands[0]!, { ...bands[2]! }];
    expect(() => quote(monthly({ tiers: gapped, tierCalculation: 'CUMULATIVE' }), 10, 12)).toThrow(
      /not valid/,
    );
  });
});

describe('tierProblems', () => {
  it('accepts contiguous bands from 1 with an open-ended last band', () => {
    expect(tierProblems(bands)).toEqual([]);
  });

  it.each<[string, Tier[], { index: number; field: string; message: RegExp }]>([
    [
      'a first band not starting at 1',
      [{ from: 2, to: null, unitPrice: '1' }],
      { index: 0, field: 'from', message: /start at 1/ },
    ],
    [
      'a gap',
      [
        { from: 1, to: 10, unitPrice: '2' },
        { from: 12, to: null, unitPrice: '1' },
      ],
      { index: 1, field: 'from', message: /gap.*start at 11/ },
    ],
    [
      'an overlap',
      [
        { from: 1, to: 10, unitPrice: '2' },
        { from: 10, to: null, unitPrice: '1' },
      ],
      { index: 1, field: 'from', message: /overlaps/ },
    ],
    [
      'an open-ended band before the last',
      [
        { from: 1, to: null, unitPrice: '2' },
        { from: 11, to: null, unitPrice: '1' },
      ],
      { index: 1, field: 'from', message: /Only the last band/ },
    ],
    [
      'a band ending before it starts',
      [{ from: 1, to: 0, unitPrice: '2' }],
      { index: 0, field: 'to', message: /no smaller than its start/ },
    ],
    [
      'a zero price',
      [{ from: 1, to: null, unitPrice: '0' }],
      { index: 0, field: 'unitPrice', message: /more than £0/ },
    ],
    [
      'five decimal places',
      [{ from: 1, to: null, unitPrice: '1.00001' }],
      { index: 0, field: 'unitPrice', message: /4 decimal places/ },
    ],
  ])('names %s', (_label, tiers, problem) => {
    expect(tierProblems(tiers)).toContainEqual({
      ...problem,
      message: expect.stringMatching(problem.message),
    });
  });
});

describe('unitPriceProblem', () => {
  it.each([
    ['12.50', null],
    ['0.0001', null],
    ['-1', 'Enter a price in pounds, like 12.50.'],
    ['abc', 'Enter a price in pounds, like 12.50.'],
    ['1e3', 'Enter a price in pounds, like 12.50.'],
  ])('%s → %s', (value, problem) => {
    expect(unitPriceProblem(value)).toBe(problem);
  });
});
