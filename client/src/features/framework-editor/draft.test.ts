import { describe, expect, it } from 'vitest';
import {
  afterSave,
  draftFromFramework,
  draftInput,
  draftProblems,
  draftReducer,
  fieldContext,
  fieldId,
  fieldOrder,
  hasChanges,
  publishErrors,
  publishProblems,
  serverErrors,
  serverFieldKey,
  withSavedIds,
  type DraftState,
  type LoadedFramework,
} from './draft';
import type { LoadedPrice } from './price-draft';

const money = (amount: string) => ({ amount });

const bandedPrice: LoadedPrice = {
  id: 'price-1',
  productVersion: { id: 'pv-ember-6', version: '6.0', product: { name: 'Ember EPR' } },
  pricingUnit: 'PER_BED',
  billingPeriod: 'ANNUAL',
  role: null,
  grade: null,
  ceilingUnitPrice: money('2045.0000'),
  tiers: [
    { from: 1, to: 250, unitPrice: money('2045.0000') },
    { from: 251, to: null, unitPrice: money('1920.5000') },
  ],
  tierCalculation: 'CUMULATIVE',
  validFrom: '2027-04-01',
  validTo: null,
};

const dayRate: LoadedPrice = {
  id: 'price-2',
  productVersion: { id: 'pv-services', version: '2026', product: { name: 'Implementation services' } },
  pricingUnit: 'PER_DAY',
  billingPeriod: 'ONE_OFF',
  role: 'Solution architect',
  grade: 'Senior',
  ceilingUnitPrice: money('950.0000'),
  tiers: null,
  tierCalculation: null,
  validFrom: '2027-04-01',
  validTo: '2029-03-31',
};

const loaded: LoadedFramework = {
  id: 'fw-1',
  rowVersion: 3,
  reference: 'CDX-2027-010',
  title: 'Clinical systems',
  description: 'Core clinical systems.',
  startDate: '2027-04-01',
  endDate: '2031-03-31',
  lots: [
    {
      id: 'lot-1',
      number: 1,
      title: 'Electronic patient records',
      scope: 'EPR software',
      category: 'EPR',
      requiredStandards: [{ code: 'DCB0129' }, { code: 'DTAC' }],
      awards: [
        {
          id: 'award-1',
          awardedOn: '2027-02-12',
          supplier: { id: 'sup-brightwater', name: 'Brightwater Ltd' },
          prices: [bandedPrice, dayRate],
        },
      ],
    },
  ],
};

const expectedInput = {
  id: 'fw-1',
  expectedRowVersion: 3,
  reference: 'CDX-2027-010',
  title: 'Clinical systems',
  description: 'Core clinical systems.',
  startDate: '2027-04-01',
  endDate: '2031-03-31',
  lots: [
    {
      id: 'lot-1',
      number: 1,
      title: 'Electronic patient records',
      scope: 'EPR software',
      category: 'EPR',
      requiredStandardCodes: ['DCB0129', 'DTAC'],
      awards: [
        {
          id: 'award-1',
          supplierId: 'sup-brightwater',
          awardedOn: '2027-02-12',
          prices: [
            {
              id: 'price-1',
              productVersionId: 'pv-ember-6',
              pricingUnit: 'PER_BED',
              billingPeriod: 'ANNUAL',
              role: null,
              grade: null,
              ceilingUnitPrice: '2045.00',
              tiers: [
                { from: 1, to: 250, unitPrice: '2045.00' },
                { from: 251, to: null, unitPrice: '1920.50' },
              ],
              tierCalculation: 'CUMULATIVE',
              validFrom: '2027-04-01',
              validTo: null,
            },
            {
              id: 'price-2',
              productVersionId: 'pv-services',
              pricingUnit: 'PER_DAY',
              billingPeriod: 'ONE_OFF',
              role: 'Solution architect',
              grade: 'Senior',
              ceilingUnitPrice: '950.00',
              tiers: null,
              tierCalculation: null,
              validFrom: '2027-04-01',
              validTo: '2029-03-31',
            },
          ],
        },
      ],
    },
  ],
};

/** The draft with one more lot, supplier and price added on the page, as a person would. */
function withAdditions(state: DraftState): DraftState {
  let next = draftReducer(state, { type: 'addLot', key: 'n1' });
  next = draftReducer(next, {
    type: 'lot',
    lot: 'n1',
    patch: { title: 'Patient flow', category: 'PATIENT_FLOW' },
  });
  next = draftReducer(next, {
    type: 'addAward',
    lot: 'n1',
    key: 'n2',
    supplier: { id: 'sup-eastling', name: 'Eastling Ltd' },
  });
  next = draftReducer(next, { type: 'addPrice', lot: 'n1', award: 'n2', key: 'n3' });
  const price = next.lots[1]?.awards[0]?.prices[0];
  if (!price) throw new Error('no price added');
  return draftReducer(next, {
    type: 'price',
    lot: 'n1',
    award: 'n2',
    price: {
      ...price,
      productVersionId: 'pv-flow',
      productLabel: 'Flow 2.0',
      pricingUnit: 'PER_BED',
      billingPeriod: 'MONTHLY',
      ceilingUnitPrice: '3.2500',
    },
  });
}

describe('draftFromFramework and draftInput', () => {
  it('give back what was loaded, with every id, as UpdateFrameworkInput', () => {
    expect(draftInput(draftFromFramework(loaded))).toEqual(expectedInput);
  });

  it('show amounts as a person types them, and give items keys by position', () => {
    const state = draftFromFramework(loaded);
    const price = state.lots[0]?.awards[0]?.prices[0];
    expect(state.lots[0]?.key).toBe('l1');
    expect(price?.key).toBe('l1a1p1');
    expect(price?.ceilingUnitPrice).toBe('2045.00');
    expect(price?.tiers.map((t) => [t.key, t.from, t.to, t.unitPrice])).toEqual([
      ['l1a1p1t1', '1', '250', '2045.00'],
      ['l1a1p1t2', '251', '', '1920.50'],
    ]);
    expect(price?.open).toBe(false);
  });

  it('trims and upper-cases what the server would, and leaves out ids of new items', () => {
    const state = withAdditions({
      ...draftFromFramework(loaded),
      reference: ' cdx-2027-010 ',
      title: ' Clinical systems ',
    });
    const input = draftInput(state);
    expect(input.reference).toBe('CDX-2027-010');
    expect(input.title).toBe('Clinical systems');
    expect(input.lots[1]).toEqual({
      number: 2,
      title: 'Patient flow',
      scope: '',
      category: 'PATIENT_FLOW',
      requiredStandardCodes: [],
      awards: [
        {
          supplierId: 'sup-eastling',
          awardedOn: null,
          prices: [
            {
              productVersionId: 'pv-flow',
              pricingUnit: 'PER_BED',
              billingPeriod: 'MONTHLY',
              role: null,
              grade: null,
              ceilingUnitPrice: '3.2500',
              tiers: null,
              tierCalculation: null,
              validFrom: '2027-04-01',
              validTo: null,
            },
          ],
        },
      ],
    });
  });
});

describe('draftReducer', () => {
  it('numbers a new lot after the highest', () => {
    const state = draftReducer(draftFromFramework(loaded), { type: 'addLot', key: 'n1' });
    expect(state.lots.map((lot) => lot.number)).toEqual(['1', '2']);
  });

  it('starts a new price at the framework’s start date, open for editing', () => {
    const state = withAdditions(draftFromFramework(loaded));
    const price = state.lots[1]?.awards[0]?.prices[0];
    expect(price?.validFrom).toEqual({ day: '1', month: '4', year: '2027' });
    expect(price?.open).toBe(true);
  });

  it('removes a lot, an award or a price by key', () => {
    const state = withAdditions(draftFromFramework(loaded));
    expect(
      draftReducer(state, { type: 'removePrice', lot: 'l1', award: 'l1a1', price: 'l1a1p1' }).lots[0]
        ?.awards[0]?.prices,
    ).toHaveLength(1);
    expect(draftReducer(state, { type: 'removeAward', lot: 'n1', award: 'n2' }).lots[1]?.awards).toEqual([]);
    expect(draftReducer(state, { type: 'removeLot', lot: 'l1' }).lots.map((lot) => lot.key)).toEqual(['n1']);
  });
});

describe('hasChanges', () => {
  it('notices changes, but not a new row version alone', () => {
    const state = draftFromFramework(loaded);
    expect(hasChanges(state, state)).toBe(false);
    expect(hasChanges({ ...state, rowVersion: 9 }, state)).toBe(false);
    expect(hasChanges({ ...state, title: 'Other' }, state)).toBe(true);
    expect(hasChanges(draftReducer(state, { type: 'addLot', key: 'n1' }), state)).toBe(true);
  });
});

describe('draftProblems', () => {
  const messages = (state: DraftState) =>
    Object.fromEntries(Object.entries(draftProblems(state)).map(([key, problem]) => [key, problem.message]));

  it('finds nothing wrong with a good draft', () => {
    expect(messages(withAdditions(draftFromFramework(loaded)))).toEqual({});
  });

  it('checks the framework’s own fields', () => {
    const state = {
      ...draftFromFramework(loaded),
      reference: 'x',
      title: '',
      endDate: { day: '1', month: '1', year: '2027' },
    };
    expect(messages(state)).toEqual({
      reference: 'Enter a reference of 2 to 40 letters, digits, hyphens, dots or slashes, like RM6221',
      title: 'Enter the framework’s title',
      // Only here: the prices are not also blamed for starting outside dates that make no sense.
      endDate: 'The end date must be after the start date',
    });
  });

  it('checks lots: numbers, titles, categories, and each supplier once', () => {
    let state = withAdditions(draftFromFramework(loaded));
    state = draftReducer(state, { type: 'lot', lot: 'n1', patch: { number: '1', title: ' ', category: '' } });
    state = draftReducer(state, {
      type: 'addAward',
      lot: 'n1',
      key: 'n9',
      supplier: { id: 'sup-eastling', name: 'Eastling Ltd' },
    });
    expect(messages(state)).toEqual({
      'lots.n1.number': 'Lot number 1 is used twice: give each lot its own number',
      'lots.n1.title': 'Enter the lot’s title',
      'lots.n1.category': 'Choose the kind of product the lot covers',
      'lots.n1.awards.n9.supplierId': 'Eastling Ltd is already approved on this lot',
    });
  });

  it('checks every band of every price', () => {
    const state = draftFromFramework(loaded);
    const price = state.lots[0]?.awards[0]?.prices[0];
    if (!price) throw new Error('no price');
    const overlapping = draftReducer(state, {
      type: 'price',
      lot: 'l1',
      award: 'l1a1',
      price: {
        ...price,
        tiers: price.tiers.map((t, i) => (i === 1 ? { ...t, from: '200', unitPrice: '0' } : t)),
      },
    });
    expect(messages(overlapping)).toEqual({
      'lots.l1.awards.l1a1.prices.l1a1p1.tiers.l1a1p1t2.from':
        'This band overlaps the one before (which ends at 250)',
      'lots.l1.awards.l1a1.prices.l1a1p1.tiers.l1a1p1t2.unitPrice': 'The price must be more than £0',
    });
  });
});

describe('publishProblems', () => {
  it('needs a lot, a supplier on every lot, a price for every supplier and an end still to come', () => {
    const empty = { ...draftFromFramework(loaded), lots: [] };
    expect(Object.keys(publishProblems(empty, '2027-01-01'))).toEqual(['lots']);
    let state = draftReducer(draftFromFramework(loaded), { type: 'addLot', key: 'n1' });
    state = draftReducer(state, {
      type: 'addAward',
      lot: 'l1',
      key: 'n2',
      supplier: { id: 's2', name: 'Second Ltd' },
    });
    expect(publishProblems(state, '2031-04-01')).toEqual({
      'lots.l1.awards.n2.prices': { message: 'Add at least one price for this supplier before publishing' },
      'lots.n1.awards': { message: 'Approve at least one supplier on this lot before publishing' },
      endDate: { message: 'The end date has passed: change it before publishing' },
    });
  });
});

describe('serverFieldKey', () => {
  const state = withAdditions(draftFromFramework(loaded));

  it.each([
    [['reference'], 'reference'],
    [['endDate'], 'endDate'],
    [['lots'], 'lots'],
    [['lots', '1', 'number'], 'lots.n1.number'],
    [['lots', '0', 'requiredStandardCodes', '1'], 'lots.l1.standards'],
    [['lots', '0', 'id'], 'lots.l1.title'],
    [['lots', '1', 'awards'], 'lots.n1.awards'],
    [['lots', '1', 'awards', '0', 'supplierId'], 'lots.n1.awards.n2.supplierId'],
    [['lots', '0', 'awards', '0', 'prices', '1', 'grade'], 'lots.l1.awards.l1a1.prices.l1a1p2.grade'],
    [
      ['lots', '0', 'awards', '0', 'prices', '0', 'tiers', '1', 'from'],
      'lots.l1.awards.l1a1.prices.l1a1p1.tiers.l1a1p1t2.from',
    ],
    [
      ['lots', '0', 'awards', '0', 'prices', '0', 'ceilingUnitPrice'],
      'lots.l1.awards.l1a1.prices.l1a1p1.tiers.l1a1p1t1.unitPrice',
    ],
    [
      ['lots', '1', 'awards', '0', 'prices', '0', 'ceilingUnitPrice'],
      'lots.n1.awards.n2.prices.n3.ceilingUnitPrice',
    ],
    [
      ['lots', '1', 'awards', '0', 'prices', '0', 'productVersionId'],
      'lots.n1.awards.n2.prices.n3.productVersionId',
    ],
    [['lots', '5', 'title'], 'lots'],
  ])('%j lands on %s', (path, key) => {
    expect(serverFieldKey(path, state.lots)).toBe(key);
  });

  it('leaves paths that name no field on the page to the summary', () => {
    expect(serverFieldKey(['id'], state.lots)).toBeUndefined();
    expect(serverFieldKey([], state.lots)).toBeUndefined();
  });

  it('lands on the same field after an item before it is removed', () => {
    // Messages are keyed by item, so removing lot 1 leaves lot 2's message on lot 2.
    const key = serverFieldKey(['lots', '1', 'title'], state.lots);
    const after = draftReducer(state, { type: 'removeLot', lot: 'l1' });
    expect(key).toBe('lots.n1.title');
    expect(fieldOrder(after)).toContain(key);
  });
});

describe('serverErrors', () => {
  const state = draftFromFramework(loaded);

  it('puts each message on its field, the first one for a field winning', () => {
    const errors = serverErrors(
      [
        {
          code: 'CONFLICT',
          field: ['reference'],
          message: 'Another framework already has the reference CDX-2027-010.',
        },
        {
          code: 'INVALID',
          field: ['lots', '0', 'awards', '0', 'prices', '0', 'tiers', '1', 'unitPrice'],
          message: 'The price must be more than £0.',
        },
        {
          code: 'INVALID',
          field: ['lots', '0', 'awards', '0', 'prices', '0', 'tiers', '1', 'unitPrice'],
          message: 'Second.',
        },
        { code: 'INVALID', field: [], message: 'Make exactly one change.' },
      ],
      state.lots,
    );
    expect(errors).toEqual({
      fields: {
        reference: 'Another framework already has the reference CDX-2027-010.',
        'lots.l1.awards.l1a1.prices.l1a1p1.tiers.l1a1p1t2.unitPrice': 'The price must be more than £0.',
      },
      form: ['Make exactly one change.'],
      stale: null,
    });
  });

  it('says when the draft was stale', () => {
    const message = 'This framework has changed since you loaded it (someone else saved it).';
    expect(
      serverErrors([{ code: 'STALE_VERSION', field: ['expectedRowVersion'], message }], state.lots),
    ).toEqual({
      fields: {},
      form: [],
      stale: message,
    });
  });

  it('keeps publishing’s messages about lots and awards for the summary (its positions are not the page’s)', () => {
    const errors = publishErrors(
      [
        {
          code: 'INVALID',
          field: ['lots', '0', 'awards'],
          message: 'Lot 2 has no approved suppliers: award at least one.',
        },
        {
          code: 'INVALID',
          field: ['endDate'],
          message: 'The end date has passed: change it before publishing.',
        },
      ],
      state.lots,
    );
    expect(errors.fields).toEqual({ endDate: 'The end date has passed: change it before publishing.' });
    expect(errors.form).toEqual(['Lot 2 has no approved suppliers: award at least one.']);
  });
});

describe('after a save', () => {
  const saved: LoadedFramework = {
    ...loaded,
    rowVersion: 4,
    lots: [
      ...loaded.lots,
      {
        id: 'lot-2',
        number: 2,
        title: 'Patient flow',
        scope: '',
        category: 'PATIENT_FLOW',
        requiredStandards: [],
        awards: [
          {
            id: 'award-2',
            awardedOn: null,
            supplier: { id: 'sup-eastling', name: 'Eastling Ltd' },
            prices: [
              {
                ...bandedPrice,
                id: 'price-3',
                productVersion: { id: 'pv-flow', version: '2.0', product: { name: 'Flow' } },
                billingPeriod: 'MONTHLY',
                tiers: null,
                tierCalculation: null,
                ceilingUnitPrice: money('3.2500'),
              },
            ],
          },
        ],
      },
    ],
  };

  it('gives what was added the ids the server gave it, keeping the values and keys on the page', () => {
    const state = withAdditions(draftFromFramework(loaded));
    const next = withSavedIds(state, saved);
    expect(next.rowVersion).toBe(4);
    expect(next.lots[1]).toMatchObject({ key: 'n1', id: 'lot-2', title: 'Patient flow' });
    expect(next.lots[1]?.awards[0]).toMatchObject({ key: 'n2', id: 'award-2' });
    expect(next.lots[1]?.awards[0]?.prices[0]).toMatchObject({
      key: 'n3',
      id: 'price-3',
      ceilingUnitPrice: '3.2500',
    });
    expect(draftInput(next).lots[1]).toMatchObject({
      id: 'lot-2',
      awards: [{ id: 'award-2', prices: [{ id: 'price-3' }] }],
    });
  });

  it('only moves the row version on when the saved draft fetched is not the one just saved', () => {
    const state = withAdditions(draftFromFramework(loaded));
    const next = afterSave(state, 5, saved);
    expect(next.rowVersion).toBe(5);
    expect(next.lots[1]?.id).toBeNull();
    expect(afterSave(state, 4, null).lots[1]?.id).toBeNull();
  });
});

describe('fieldOrder, fieldId and fieldContext', () => {
  const state = withAdditions(draftFromFramework(loaded));

  it('lists fields in page order, bands inside their price', () => {
    const order = fieldOrder(state);
    const at = (key: string) => order.indexOf(key);
    expect(order.slice(0, 5)).toEqual(['reference', 'title', 'description', 'startDate', 'endDate']);
    expect(at('lots.l1.awards.l1a1.prices.l1a1p1.tiers.l1a1p1t2.from')).toBeGreaterThan(
      at('lots.l1.awards.l1a1.prices.l1a1p1.ceilingUnitPrice'),
    );
    expect(at('lots.l1.awards.l1a1.prices.l1a1p1.tierCalculation')).toBeGreaterThan(
      at('lots.l1.awards.l1a1.prices.l1a1p1.tiers.l1a1p1t2.unitPrice'),
    );
    expect(at('lots.n1.number')).toBeGreaterThan(at('lots.l1.awards'));
    expect(order.at(-1)).toBe('lots');
  });

  it('makes element ids from keys', () => {
    expect(fieldId('lots.l1.awards.l1a1.prices.l1a1p1.tiers.l1a1p1t2.from')).toBe(
      'fe-lots-l1-awards-l1a1-prices-l1a1p1-tiers-l1a1p1t2-from',
    );
  });

  it('names where a field sits for the summary', () => {
    expect(fieldContext('title', state)).toBeNull();
    expect(fieldContext('lots.n1.title', state)).toBe('Lot 2');
    expect(fieldContext('lots.l1.awards.l1a1.prices.l1a1p1.tiers.l1a1p1t2.from', state)).toBe(
      'Lot 1, Brightwater Ltd, price 1 (Ember EPR 6.0), band 2',
    );
  });
});
