import { describe, expect, it } from 'vitest';
import { emptyDate } from '../../shared/forms/dates';
import {
  amountForInput,
  awardErrorKey,
  awardProblems,
  newPrice,
  priceErrorKey,
  priceInput,
  priceProblems,
  termsProblems,
  withBandAdded,
  withBandChanged,
  withBandRemoved,
  type PriceDraft,
  type PriceTermsDraft,
  type TierDraft,
} from './price-draft';

const keys = () => {
  let n = 0;
  return () => `t${++n}`;
};

const tier = (key: string, from: string, to: string, unitPrice: string): TierDraft => ({
  key,
  from,
  to,
  unitPrice,
});
const terms = (
  tiers: TierDraft[],
  tierCalculation: PriceTermsDraft['tierCalculation'] = 'CUMULATIVE',
): PriceTermsDraft => ({
  ceilingUnitPrice: '',
  tiers,
  tierCalculation,
});

const start = { day: '1', month: '4', year: '2027' };
const price = (patch: Partial<PriceDraft> = {}): PriceDraft => ({
  ...newPrice('p1', start),
  productVersionId: 'pv-1',
  productLabel: 'Ember PAS 9.4',
  pricingUnit: 'PER_USER',
  billingPeriod: 'ANNUAL',
  ceilingUnitPrice: '12.50',
  ...patch,
});
const dates = { start: '2027-04-01', end: '2031-03-31' };

describe('amountForInput', () => {
  it.each([
    ['2045.0000', '2045.00'],
    ['12.5000', '12.50'],
    ['0.0150', '0.015'],
    ['1.2345', '1.2345'],
    ['40', '40.00'],
  ])('%s → %s', (amount, typed) => {
    expect(amountForInput(amount)).toBe(typed);
  });
});

describe('volume bands', () => {
  it('starts with two bands, the first from 1 at the price typed so far', () => {
    const banded = withBandAdded({ ...terms([]), ceilingUnitPrice: '45.50' }, keys());
    expect(banded.tiers).toEqual([tier('t1', '1', '', '45.50'), tier('t2', '', '', '')]);
  });

  it('fills in where the next band starts: one after the end of the band before', () => {
    const next = keys();
    let bands = withBandAdded(terms([]), next);
    bands = withBandChanged(bands, 't1', { to: '100' });
    expect(bands.tiers[1]?.from).toBe('101');
    bands = withBandChanged(bands, 't2', { to: '500' });
    bands = withBandAdded(bands, next);
    expect(bands.tiers.map((t) => [t.from, t.to])).toEqual([
      ['1', '100'],
      ['101', '500'],
      ['501', ''],
    ]);
  });

  it('keeps following the end of the band before while it is being typed', () => {
    let bands = terms([tier('a', '1', '', '10'), tier('b', '', '', '9')]);
    for (const typed of ['2', '25', '250']) bands = withBandChanged(bands, 'a', { to: typed });
    expect(bands.tiers[1]?.from).toBe('251');
    bands = withBandChanged(bands, 'a', { to: '' });
    expect(bands.tiers[1]?.from).toBe('');
  });

  it('leaves a start the person set themselves', () => {
    let bands = terms([tier('a', '1', '100', '10'), tier('b', '150', '', '9')]);
    bands = withBandChanged(bands, 'a', { to: '120' });
    expect(bands.tiers[1]?.from).toBe('150');
  });

  it('closes the gap when a band in the middle is removed', () => {
    const bands = terms([
      tier('a', '1', '100', '10'),
      tier('b', '101', '500', '9'),
      tier('c', '501', '', '8'),
    ]);
    expect(withBandRemoved(bands, 'b').tiers.map((t) => t.from)).toEqual(['1', '101']);
    expect(withBandRemoved(bands, 'a').tiers.map((t) => t.from)).toEqual(['1', '501']);
  });

  it('goes back to one price, the first band’s, when the last band goes', () => {
    const one = terms([tier('a', '1', '', '10.25')]);
    expect(withBandRemoved(one, 'a')).toEqual({ ceilingUnitPrice: '10.25', tiers: [], tierCalculation: '' });
  });
});

describe('termsProblems', () => {
  const messages = (t: PriceTermsDraft, unit: PriceDraft['pricingUnit'] = 'PER_USER') =>
    Object.fromEntries(
      Object.entries(termsProblems(t, 'p', unit)).map(([key, problem]) => [key, problem.message]),
    );

  it('accepts good bands', () => {
    expect(messages(terms([tier('a', '1', '100', '10'), tier('b', '101', '', '9.5')]))).toEqual({});
  });

  it.each([
    ['0', 'The price must be more than £0'],
    ['-5', 'The price must be more than £0'],
    ['12.34567', 'Prices can have at most 4 decimal places'],
    ['twelve', 'Enter a price in pounds, like 12.50'],
  ])('refuses a ceiling price of %s', (amount, message) => {
    expect(messages({ ...terms([]), ceilingUnitPrice: amount })).toEqual({ 'p.ceilingUnitPrice': message });
  });

  it('asks for a missing price only as missing (shown once the person tries to save)', () => {
    expect(termsProblems(terms([]), 'p', 'PER_USER')).toEqual({
      'p.ceilingUnitPrice': { message: 'Enter the ceiling unit price', missing: true },
    });
  });

  it('names overlaps and gaps on the band that starts wrong', () => {
    expect(messages(terms([tier('a', '1', '100', '10'), tier('b', '90', '', '9')]))).toEqual({
      'p.tiers.b.from': 'This band overlaps the one before (which ends at 100)',
    });
    expect(messages(terms([tier('a', '1', '100', '10'), tier('b', '105', '', '9')]))).toEqual({
      'p.tiers.b.from': 'There is a gap: the band before ends at 100, so this one must start at 101',
    });
    expect(messages(terms([tier('a', '2', '', '10')]))).toEqual({
      'p.tiers.a.from': 'The first band must start at 1',
    });
  });

  it('asks for the end of a band that is not the last, without blaming the next one', () => {
    expect(termsProblems(terms([tier('a', '1', '', '10'), tier('b', '', '', '9')]), 'p', 'PER_USER')).toEqual(
      {
        'p.tiers.a.to': {
          message: 'Enter the last unit of the band: only the last band can be open-ended',
          missing: true,
        },
        'p.tiers.b.from': { message: 'Enter the first unit of the band', missing: true },
      },
    );
  });

  it('checks each band’s price and end', () => {
    expect(messages(terms([tier('a', '1', '0', '10'), tier('b', '1', '', '0.00001')]))).toEqual({
      'p.tiers.a.to': 'A band must end at a whole number no smaller than its start',
      'p.tiers.b.unitPrice': 'Prices can have at most 4 decimal places',
    });
    expect(messages(terms([tier('a', '1', '10.5', '10')]))).toEqual({
      'p.tiers.a.to': 'Enter the last unit as a whole number, or leave it empty for “and above”',
    });
  });

  it('wants to know how the bands apply, and refuses bands on a fixed price', () => {
    expect(messages(terms([tier('a', '1', '', '10')], ''), 'FIXED')).toEqual({
      'p.tiers': 'A fixed price has no volume bands: remove the bands or choose another unit',
      'p.tierCalculation': 'Choose how the bands apply: cumulative or single fixed',
    });
  });
});

describe('priceProblems', () => {
  const messages = (p: PriceDraft) =>
    Object.fromEntries(
      Object.entries(priceProblems(p, 'x', dates)).map(([key, problem]) => [key, problem.message]),
    );

  it('accepts a complete price', () => {
    expect(messages(price())).toEqual({});
  });

  it('needs a role and grade for a day rate only', () => {
    expect(messages(price({ pricingUnit: 'PER_DAY' }))).toEqual({
      'x.role': 'Name the role this day rate is for',
      'x.grade': 'Name the grade this day rate is for',
    });
  });

  it('keeps the price within the framework’s dates, ending after it starts', () => {
    expect(
      messages(
        price({
          validFrom: { day: '1', month: '1', year: '2027' },
          validTo: { day: '1', month: '1', year: '2026' },
        }),
      ),
    ).toEqual({
      'x.validFrom': 'The price must start while the framework is in force (1 Apr 2027 to 31 Mar 2031)',
      'x.validTo': 'A price cannot end before it starts',
    });
    expect(messages(price({ validFrom: emptyDate }))).toEqual({
      'x.validFrom': 'Enter the day the price applies from',
    });
  });
});

describe('awardProblems', () => {
  it('refuses the same product, unit and period twice for one supplier', () => {
    const award = {
      key: 'a',
      id: null,
      supplierId: 's',
      supplierName: 'S',
      awardedOn: emptyDate,
      prices: [price(), price({ key: 'p2' })],
    };
    expect(awardProblems(award, 'w', dates)).toEqual({
      'w.prices.p2.pricingUnit': {
        message: 'This product already has a price for this unit and billing period',
      },
    });
  });
});

describe('priceInput', () => {
  it('sends the first band’s price as the ceiling, and numbers for the bands', () => {
    const banded = price({
      ceilingUnitPrice: '99',
      tiers: [tier('a', '1', '100', ' 45.50 '), tier('b', '101', '', '40')],
      tierCalculation: 'SINGLE_FIXED',
    });
    expect(priceInput(banded)).toEqual({
      productVersionId: 'pv-1',
      pricingUnit: 'PER_USER',
      billingPeriod: 'ANNUAL',
      role: null,
      grade: null,
      ceilingUnitPrice: '45.50',
      tiers: [
        { from: 1, to: 100, unitPrice: '45.50' },
        { from: 101, to: null, unitPrice: '40' },
      ],
      tierCalculation: 'SINGLE_FIXED',
      validFrom: '2027-04-01',
      validTo: null,
    });
  });

  it('sends role and grade only for a day rate, and no calculation without bands', () => {
    const input = priceInput(
      price({ id: 'price-1', role: 'Architect', grade: 'Senior', tierCalculation: 'CUMULATIVE' }),
    );
    expect(input).toMatchObject({
      id: 'price-1',
      role: null,
      grade: null,
      tiers: null,
      tierCalculation: null,
    });
    expect(priceInput(price({ pricingUnit: 'PER_DAY', role: ' Architect ', grade: 'Senior' }))).toMatchObject(
      {
        role: 'Architect',
        grade: 'Senior',
      },
    );
  });
});

describe('server paths below a price or an award', () => {
  const banded = price({ tiers: [tier('a', '1', '100', '10'), tier('b', '101', '', '9')] });

  it('finds the field, the band and the band’s field', () => {
    expect(priceErrorKey(['tiers', '1', 'from'], banded, 'x')).toBe('x.tiers.b.from');
    expect(priceErrorKey(['tiers', '7', 'from'], banded, 'x')).toBe('x.tiers');
    expect(priceErrorKey(['tiers'], banded, 'x')).toBe('x.tiers');
    expect(priceErrorKey(['validTo'], banded, 'x')).toBe('x.validTo');
    expect(priceErrorKey(['productVersionId'], banded, 'x')).toBe('x.productVersionId');
  });

  it('puts a ceiling price message on the first band’s price when there are bands', () => {
    expect(priceErrorKey(['ceilingUnitPrice'], banded, 'x')).toBe('x.tiers.a.unitPrice');
    expect(priceErrorKey(['ceilingUnitPrice'], price(), 'x')).toBe('x.ceilingUnitPrice');
  });

  it('finds the award’s own fields and its prices', () => {
    const award = {
      key: 'a',
      id: null,
      supplierId: 's',
      supplierName: 'S',
      awardedOn: emptyDate,
      prices: [banded],
    };
    expect(awardErrorKey(['supplierId'], award, 'w')).toBe('w.supplierId');
    expect(awardErrorKey(['prices'], award, 'w')).toBe('w.prices');
    expect(awardErrorKey(['prices', '0', 'tiers', '0', 'unitPrice'], award, 'w')).toBe(
      'w.prices.p1.tiers.a.unitPrice',
    );
  });
});
