import { describe, expect, it } from 'vitest';
import {
  amendmentFieldKey,
  amendmentFieldOrder,
  amendmentInput,
  amendmentProblems,
  newAmendment,
  withdrawalProblems,
  withPriceChosen,
  type AmendedFramework,
  type AmendmentState,
} from './amendment';
import { withBandAdded, withBandChanged, newAward, newPrice } from './price-draft';

const today = { day: '23', month: '11', year: '2026' };

const framework: AmendedFramework = {
  id: 'fw-1',
  rowVersion: 7,
  startDate: '2026-01-05',
  endDate: '2029-12-31',
  lots: [
    {
      id: 'lot-1',
      number: 1,
      title: 'Electronic patient records',
      awards: [
        {
          id: 'award-1',
          awardedOn: null,
          supplier: { id: 'sup-1', name: 'Brightwater Ltd' },
          prices: [
            {
              id: 'price-1',
              productVersion: { id: 'pv-1', version: '6.0', product: { name: 'Ember EPR' } },
              pricingUnit: 'PER_BED',
              billingPeriod: 'ANNUAL',
              role: null,
              grade: null,
              ceilingUnitPrice: { amount: '2045.0000' },
              tiers: [
                { from: 1, to: 250, unitPrice: { amount: '2045.0000' } },
                { from: 251, to: null, unitPrice: { amount: '1920.0000' } },
              ],
              tierCalculation: 'CUMULATIVE',
              validFrom: '2026-01-05',
              validTo: null,
            },
          ],
        },
      ],
    },
  ],
};

const messages = (state: AmendmentState) =>
  Object.fromEntries(
    Object.entries(amendmentProblems(state, framework)).map(([key, problem]) => [key, problem.message]),
  );

describe('amendmentProblems', () => {
  it('asks what to change and why', () => {
    expect(messages(newAmendment(today))).toEqual({
      kind: 'Choose what kind of change to make',
      reason: 'Say why the change is made',
    });
  });

  it('extends only to a later end date, from a day the framework is in force', () => {
    const state = {
      ...newAmendment({ day: '1', month: '1', year: '2031' }),
      kind: 'extend' as const,
      reason: 'More time',
      endDate: { day: '31', month: '12', year: '2029' },
    };
    expect(messages(state)).toEqual({
      'extend.endDate': 'The new end date must be after the current one, 31 Dec 2029',
      effectiveFrom:
        'The change must take effect while the framework is in force (5 Jan 2026 to 31 Dec 2029)',
    });
  });

  it('changes a price from after it began, with good bands', () => {
    let state: AmendmentState = {
      ...newAmendment({ day: '5', month: '1', year: '2026' }),
      kind: 'changePrice',
      reason: 'Review',
    };
    expect(messages(state)).toEqual({ 'changePrice.priceId': 'Choose the price to change' });
    state = withPriceChosen(state, framework, 'price-1');
    expect(state.terms.tiers.map((t) => [t.from, t.to, t.unitPrice])).toEqual([
      ['1', '250', '2045.00'],
      ['251', '', '1920.00'],
    ]);
    state = { ...state, terms: withBandChanged(state.terms, 'cpt1', { to: '300' }) };
    expect(state.terms.tiers[1]?.from).toBe('301');
    state = {
      ...state,
      terms: {
        ...state.terms,
        tiers: state.terms.tiers.map((t, i) => (i === 1 ? { ...t, from: '290' } : t)),
      },
    };
    expect(messages(state)).toEqual({
      effectiveFrom: 'A price change must take effect after the price began (5 Jan 2026)',
      'changePrice.tiers.cpt2.from': 'This band overlaps the one before (which ends at 300)',
    });
  });

  it('adds a supplier not already on the lot, with at least one good price', () => {
    let state: AmendmentState = { ...newAmendment(today), kind: 'addAward', reason: 'Passed assurance' };
    expect(messages(state)).toEqual({
      'addAward.lotId': 'Choose the lot to add the supplier to',
      'addAward.supplierId': 'Choose the supplier to add',
    });
    state = { ...state, lotId: 'lot-1', award: newAward('new', { id: 'sup-1', name: 'Brightwater Ltd' }) };
    expect(messages(state)).toEqual({
      'addAward.supplierId': 'Brightwater Ltd is already approved on this lot',
      'addAward.prices': 'Add at least one price for the supplier',
    });
    const price = {
      ...newPrice('p1', today),
      productVersionId: 'pv-9',
      pricingUnit: 'PER_DAY' as const,
      billingPeriod: 'ONE_OFF' as const,
      ceilingUnitPrice: '650',
    };
    state = {
      ...state,
      award: { ...newAward('new', { id: 'sup-2', name: 'Eastling Ltd' }), prices: [price] },
    };
    expect(messages(state)).toEqual({
      'addAward.prices.p1.role': 'Name the role this day rate is for',
      'addAward.prices.p1.grade': 'Name the grade this day rate is for',
    });
  });
});

describe('amendmentInput', () => {
  it('sends exactly one change with the version loaded', () => {
    const extend: AmendmentState = {
      ...newAmendment(today),
      kind: 'extend',
      reason: ' More time ',
      endDate: { day: '31', month: '12', year: '2030' },
    };
    expect(amendmentInput(extend, framework)).toEqual({
      id: 'fw-1',
      expectedRowVersion: 7,
      reason: 'More time',
      effectiveFrom: '2026-11-23',
      extend: { endDate: '2030-12-31' },
    });
  });

  it('sends the new terms of a changed price, its ceiling the first band’s', () => {
    let state: AmendmentState = { ...newAmendment(today), kind: 'changePrice', reason: 'Review' };
    state = withPriceChosen(state, framework, 'price-1');
    state = {
      ...state,
      terms: {
        ...state.terms,
        tiers: state.terms.tiers.map((t, i) => (i === 0 ? { ...t, unitPrice: '1999' } : t)),
      },
    };
    expect(amendmentInput(state, framework).changePrice).toEqual({
      priceId: 'price-1',
      ceilingUnitPrice: '1999',
      tiers: [
        { from: 1, to: 250, unitPrice: '1999' },
        { from: 251, to: null, unitPrice: '1920.00' },
      ],
      tierCalculation: 'CUMULATIVE',
    });
  });

  it('sends a new supplier with its prices', () => {
    const price = {
      ...newPrice('p1', today),
      productVersionId: 'pv-9',
      pricingUnit: 'PER_USER' as const,
      billingPeriod: 'ANNUAL' as const,
      ceilingUnitPrice: '12',
    };
    const banded = withBandAdded(price, () => 'b1');
    const state: AmendmentState = {
      ...newAmendment(today),
      kind: 'addAward',
      reason: 'New',
      lotId: 'lot-1',
      award: { ...newAward('new', { id: 'sup-2', name: 'Eastling Ltd' }), prices: [price] },
    };
    expect(amendmentInput(state, framework).addAward).toEqual({
      lotId: 'lot-1',
      award: {
        supplierId: 'sup-2',
        awardedOn: null,
        prices: [
          {
            productVersionId: 'pv-9',
            pricingUnit: 'PER_USER',
            billingPeriod: 'ANNUAL',
            role: null,
            grade: null,
            ceilingUnitPrice: '12',
            tiers: null,
            tierCalculation: null,
            validFrom: '2026-11-23',
            validTo: null,
          },
        ],
      },
    });
    expect(banded.tiers[0]?.unitPrice).toBe('12');
  });
});

describe('amendmentFieldKey', () => {
  const price = newPrice('p1', today);
  const state: AmendmentState = {
    ...withPriceChosen({ ...newAmendment(today), kind: 'changePrice' }, framework, 'price-1'),
    award: { ...newAward('new', { id: 'sup-2', name: 'Eastling Ltd' }), prices: [price] },
  };

  it.each([
    [['reason'], 'reason'],
    [['effectiveFrom'], 'effectiveFrom'],
    [['extend', 'endDate'], 'extend.endDate'],
    [['addAward', 'lotId'], 'addAward.lotId'],
    [['addAward', 'award', 'supplierId'], 'addAward.supplierId'],
    [['addAward', 'award', 'prices', '0', 'validFrom'], 'addAward.prices.p1.validFrom'],
    [['changePrice', 'priceId'], 'changePrice.priceId'],
    [['changePrice', 'ceilingUnitPrice'], 'changePrice.tiers.cpt1.unitPrice'],
    [['changePrice', 'tiers', '1', 'from'], 'changePrice.tiers.cpt2.from'],
    [['changePrice', 'tierCalculation'], 'changePrice.tierCalculation'],
  ])('%j lands on %s', (path, key) => {
    expect(amendmentFieldKey(path, state)).toBe(key);
  });

  it('leaves the rest to the summary', () => {
    expect(amendmentFieldKey([], state)).toBeUndefined();
    expect(amendmentFieldKey(['id'], state)).toBeUndefined();
  });

  it('orders the fields of the chosen change between the kind and the reason', () => {
    expect(amendmentFieldOrder({ ...newAmendment(today), kind: 'extend' })).toEqual([
      'kind',
      'extend.endDate',
      'reason',
      'effectiveFrom',
    ]);
  });
});

describe('withdrawalProblems', () => {
  it('needs a reason of at most 2,000 characters', () => {
    expect(withdrawalProblems(' ')).toEqual({
      reason: { message: 'Say why the framework is withdrawn', missing: true },
    });
    expect(withdrawalProblems('x'.repeat(2001))).toEqual({
      reason: { message: 'The reason must be 2,000 characters or fewer' },
    });
    expect(withdrawalProblems('Replaced')).toEqual({});
  });
});
