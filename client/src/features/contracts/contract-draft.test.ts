import { describe, expect, it } from 'vitest';
import {
  amountProblem,
  ceilingFor,
  contractProblems,
  createInput,
  draftFromContract,
  emptyContract,
  fieldContext,
  linePreview,
  newLine,
  serverErrors,
  updateInput,
  type CeilingPrice,
  type ContractDraft,
  type LineDraft,
} from './contract-draft';
import { editPageData } from './test-fixtures';

const day = (iso: string) => {
  const [year = '', month = '', date = ''] = iso.split('-');
  return { day: String(Number(date)), month: String(Number(month)), year };
};

const line = (patch: Partial<LineDraft> = {}): LineDraft => ({
  ...newLine('n1'),
  kind: 'service',
  description: 'Licences',
  category: 'EPR',
  pricingUnit: 'PER_USER',
  billingPeriod: 'MONTHLY',
  quantity: '1,200',
  unitPrice: '£4.50',
  ...patch,
});

const complete = (patch: Partial<ContractDraft> = {}): ContractDraft => ({
  ...emptyContract,
  supplier: { id: 'sup-1', name: 'Brightwater' },
  basis: 'off-framework',
  route: 'DIRECT_AWARD',
  reference: ' RAL-2026-009 ',
  title: 'Patient portal',
  startDate: day('2026-04-01'),
  endDate: day('2029-03-31'),
  lines: [line()],
  ...patch,
});

const term = { startDate: '2026-04-01', endDate: '2029-03-31' };

describe('amountProblem', () => {
  it('follows the server: a number, not negative, with at most so many decimal places', () => {
    expect(amountProblem('12.5', 4, 'unit price')).toBeNull();
    expect(amountProblem('£1,200.50', 2, 'total value')).toBeNull();
    expect(amountProblem('0.12345', 4, 'unit price')).toBe(
      'The unit price can have at most 4 decimal places',
    );
    expect(amountProblem('-3', 2, 'quantity')).toBe('The quantity cannot be negative');
    expect(amountProblem('twelve', 2, 'quantity')).toBe('Enter the quantity as a number, like 12.50');
  });
});

describe('contractProblems', () => {
  it('finds nothing wrong with a complete contract', () => {
    expect(contractProblems(complete(), { askBuyer: false, asDraft: false })).toEqual({});
  });

  it('asks for what is missing, waiting for a save to say so', () => {
    const problems = contractProblems(emptyContract, { askBuyer: true, asDraft: false });
    expect(Object.keys(problems)).toEqual([
      'buyerOdsCode',
      'supplierId',
      'basis',
      'reference',
      'title',
      'startDate',
      'endDate',
      'lines',
    ]);
    expect(Object.values(problems).every((problem) => problem.missing)).toBe(true);
    // A draft may have no lines yet.
    expect(contractProblems(emptyContract, { askBuyer: false, asDraft: true })).not.toHaveProperty('lines');
  });

  it('checks each line as the server does: a day rate’s role and grade, prices, discounts, a reason to suppress', () => {
    const problems = contractProblems(
      complete({
        lines: [
          line({
            pricingUnit: 'PER_DAY',
            unitPrice: '703.57331',
            discountPercent: '120',
            flags: ['suppressed'],
          }),
        ],
      }),
      { askBuyer: false, asDraft: false },
    );
    expect(
      Object.fromEntries(Object.entries(problems).map(([key, problem]) => [key, problem.message])),
    ).toEqual({
      'lines.n1.role': 'Name the role this day rate is for',
      'lines.n1.grade': 'Name the grade this day rate is for',
      'lines.n1.unitPrice': 'The unit price can have at most 4 decimal places',
      'lines.n1.discountPercent': 'The discount cannot be more than 100%',
      'lines.n1.suppressionReason': 'Say why the line is kept out of comparisons',
    });
  });

  it('keeps a call-off’s start inside its framework’s dates', () => {
    const problems = contractProblems(complete({ basis: 'call-off', lotId: 'lot-1', route: '' }), {
      askBuyer: false,
      asDraft: false,
      lots: [
        {
          lotId: 'lot-1',
          framework: { reference: 'CDX-2027-001', startDate: '2027-01-01', endDate: '2030-12-31' },
          prices: [],
        },
      ],
    });
    expect(problems['startDate']?.message).toBe(
      'A call-off must start while CDX-2027-001 is in force (1 Jan 2027 to 31 Dec 2030)',
    );
  });
});

describe('createInput and updateInput', () => {
  it('sends amounts as the API takes them, and only what applies to each line', () => {
    const input = createInput(
      complete({
        buyerOdsCode: 'ral',
        totalValue: '£250,000',
        lines: [
          line({ discountPercent: '12.5%', role: 'Ignored' }),
          line({ key: 'n2', pricingUnit: 'FIXED', quantity: '' }),
        ],
      }),
      { askBuyer: true, asDraft: true },
    );
    expect(input).toMatchObject({
      buyerOdsCode: 'RAL',
      asDraft: true,
      supplierId: 'sup-1',
      lotId: null,
      route: 'DIRECT_AWARD',
      reference: 'RAL-2026-009',
      startDate: '2026-04-01',
      endDate: '2029-03-31',
      maxEndDate: null,
      totalValue: '250000',
      priceVisibility: 'ANONYMOUS',
    });
    expect(input.lines[0]).toEqual({
      productVersionId: null,
      description: 'Licences',
      category: 'EPR',
      pricingUnit: 'PER_USER',
      billingPeriod: 'MONTHLY',
      role: null,
      grade: null,
      quantity: '1200',
      unitPrice: '4.50',
      discountPercent: '12.5',
      rebate: false,
      bundle: false,
      researchPartnership: false,
      suppressed: false,
      suppressionReason: null,
    });
    expect(input.lines[1]?.quantity).toBe('1');
  });

  it('keeps the ids of loaded lines, so a save updates them, and sends the version loaded', () => {
    const loaded = editPageData().contract;
    if (!loaded) throw new Error('fixture');
    const state = draftFromContract(loaded);
    expect(state.lines[0]).toMatchObject({
      id: 'line-1',
      kind: 'product',
      productVersionId: 'pv-sentinel-85',
      // Named after its product by the server: not typed, so not sent back as typed.
      description: '',
      quantity: '300',
      unitPrice: '2100.00',
      flags: ['bundle'],
    });
    const input = updateInput(state, { id: 'contract-1', rowVersion: 2 });
    expect(input).toMatchObject({
      id: 'contract-1',
      expectedRowVersion: 2,
      lotId: null,
      route: 'DIRECT_AWARD',
    });
    expect(input.lines.map((each) => [each.id, each.lineReference])).toEqual([
      ['line-1', 'L1'],
      ['line-2', 'L2'],
    ]);
  });
});

describe('serverErrors', () => {
  it('puts each message on the field its path names, by the line’s key rather than its position', () => {
    const sent = complete({ lines: [line({ key: 'n7' }), line({ key: 'n9' })] });
    const errors = serverErrors(
      [
        {
          code: 'INVALID',
          field: ['lines', '1', 'unitPrice'],
          message: 'The unit price can have at most 4 decimal places.',
        },
        { code: 'CONFLICT', field: ['reference'], message: 'Taken.' },
        { code: 'INVALID', field: ['benefits', 'owner'], message: 'Too long.' },
        { code: 'NOT_FOUND', field: ['id'], message: 'There is no such contract.' },
      ],
      sent,
    );
    expect(errors.fields).toEqual({
      'lines.n9.unitPrice': 'The unit price can have at most 4 decimal places.',
      reference: 'Taken.',
      benefitsOwner: 'Too long.',
    });
    expect(errors.form).toEqual(['There is no such contract.']);
    expect(fieldContext('lines.n9.unitPrice', sent)).toBe('Line 2');
  });

  it('puts "choose a lot or a route" on the choice itself while neither is made', () => {
    const errors = serverErrors(
      [{ code: 'INVALID', field: ['route'], message: 'Choose the framework lot…' }],
      complete({ basis: '' }),
    );
    expect(errors.fields).toEqual({ basis: 'Choose the framework lot…' });
  });
});

describe('linePreview', () => {
  it('works out a year’s price of one unit as the person types', () => {
    const preview = linePreview(line(), term);
    expect(preview).toMatchObject({
      kind: 'priced',
      figures: {
        netUnitPrice: '4.5000',
        annualUnitPrice: '54.0000',
        annualCost: '64800.00',
        totalCost: '194400.00',
      },
    });
  });

  it('spreads a one-off charge over the term and keeps it apart', () => {
    const preview = linePreview(
      line({ pricingUnit: 'PER_SITE', billingPeriod: 'ONE_OFF', quantity: '2', unitPrice: '90000' }),
      term,
    );
    expect(preview).toMatchObject({
      kind: 'priced',
      figures: { oneOffUnitPrice: '90000.0000', annualUnitPrice: '30000.0000', termMonths: '36.0000' },
    });
  });

  it('says what it still needs', () => {
    expect(linePreview(line(), null)).toEqual({
      kind: 'waiting',
      reason: 'Enter the contract’s start and end dates',
    });
    expect(linePreview(line({ unitPrice: '1.23456' }), term)).toEqual({
      kind: 'waiting',
      reason: 'Enter the unit price',
    });
    expect(linePreview(line({ billingPeriod: '' }), term).kind).toBe('waiting');
  });

  it('puts a call-off’s ceiling on the same footing, bands applied at the line’s quantity', () => {
    const ceiling: CeilingPrice = {
      productVersionId: 'pv-1',
      pricingUnit: 'PER_USER',
      billingPeriod: 'ANNUAL',
      role: null,
      grade: null,
      validFrom: '2026-01-01',
      validTo: null,
      ceilingUnitPrice: '12.50',
      tiers: [
        { from: 1, to: 1000, unitPrice: '12.50' },
        { from: 1001, to: null, unitPrice: '10.25' },
      ],
      tierCalculation: 'CUMULATIVE',
    };
    const product = line({
      kind: 'product',
      productVersionId: 'pv-1',
      billingPeriod: 'ANNUAL',
      unitPrice: '13',
    });
    expect(linePreview(product, term, [ceiling])).toMatchObject({
      kind: 'priced',
      figures: { annualUnitPrice: '13.0000' },
      ceiling: '12.1250',
    });
  });
});

describe('ceilingFor', () => {
  const price = (patch: Partial<CeilingPrice>): CeilingPrice => ({
    productVersionId: 'pv-1',
    pricingUnit: 'PER_DAY',
    billingPeriod: 'ONE_OFF',
    role: 'Developer',
    grade: 'Senior',
    validFrom: '2026-01-01',
    validTo: null,
    ceilingUnitPrice: '700',
    tiers: null,
    tierCalculation: null,
    ...patch,
  });

  it('matches a day rate by role and grade, and prefers the price in force at the start', () => {
    const old = price({ validTo: '2026-03-31', ceilingUnitPrice: '650' });
    const current = price({ validFrom: '2026-04-01' });
    const junior = price({ grade: 'Junior', ceilingUnitPrice: '400' });
    const chosen = ceilingFor(
      [old, junior, current],
      {
        productVersionId: 'pv-1',
        pricingUnit: 'PER_DAY',
        billingPeriod: 'ONE_OFF',
        role: ' developer',
        grade: 'SENIOR',
      },
      '2026-06-01',
    );
    expect(chosen).toBe(current);
    expect(
      ceilingFor(
        [old],
        {
          productVersionId: 'pv-1',
          pricingUnit: 'PER_DAY',
          billingPeriod: 'MONTHLY',
          role: 'Developer',
          grade: 'Senior',
        },
        '2026-06-01',
      ),
    ).toBeNull();
  });
});
