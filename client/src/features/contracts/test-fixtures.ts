import type {
  ContractFormSupplierQuery,
  ContractPage_ContractFragment,
  ContractRegisterQuery,
  EditContractPageQuery,
} from '../../gql/graphql';
import { procurementAtRoyalFree, user, type Me } from '../../test/render-frame';

/** Test data for the contract pages' component tests, in the shapes their queries ask for. */

const money = (amount: string) => ({ __typename: 'Money' as const, amount });

/** A procurement lead at the Royal Free, who records the trust's contracts. */
export const priya: Me = user('Priya Procurement', [procurementAtRoyalFree]);

export const royalFree = {
  __typename: 'Organisation',
  id: 'org-ral',
  odsCode: 'RAL',
  name: 'Royal Free London NHS Foundation Trust',
} as const;

export const brightwater = {
  __typename: 'Supplier',
  id: 'sup-brightwater',
  name: 'Brightwater Clinical Informatics UK Ltd',
} as const;

type Line = ContractPage_ContractFragment['lines'][number];

/** 300 beds at £2,100 a year, above the banded ceiling of £1,920 a bed a year. */
export const recurringLine: Line = {
  __typename: 'ContractLine',
  id: 'line-1',
  lineReference: 'L1',
  description: 'Sentinel Care Record 8.5',
  category: 'EPR',
  role: null,
  grade: null,
  pricingUnit: 'PER_BED',
  billingPeriod: 'ANNUAL',
  quantity: '300.00',
  discountPercent: '0.00',
  rebate: false,
  bundle: true,
  researchPartnership: false,
  suppressed: false,
  suppressionReason: null,
  aboveCeiling: true,
  unitPrice: money('2100.0000'),
  productVersion: {
    __typename: 'ProductVersion',
    id: 'pv-sentinel-85',
    version: '8.5',
    product: { __typename: 'Product', id: 'product-sentinel', name: 'Sentinel Care Record' },
  },
  observation: {
    __typename: 'PriceObservation',
    chargeType: 'RECURRING',
    aboveCeiling: true,
    netUnitPrice: money('2100.0000'),
    annualUnitPrice: money('2100.0000'),
    oneOffUnitPrice: null,
    annualCost: money('630000.00'),
    ceilingAnnualUnitPrice: money('1920.0000'),
  },
};

/** Implementation at £90,000 a site, once, spread over 36 months: £30,000 a year. */
export const oneOffLine: Line = {
  ...recurringLine,
  id: 'line-2',
  lineReference: 'L2',
  description: 'Implementation',
  category: 'PROFESSIONAL_SERVICES',
  pricingUnit: 'PER_SITE',
  billingPeriod: 'ONE_OFF',
  quantity: '2.00',
  bundle: false,
  suppressed: true,
  suppressionReason: 'Includes data migration from the old system',
  aboveCeiling: false,
  unitPrice: money('90000.0000'),
  productVersion: null,
  observation: {
    __typename: 'PriceObservation',
    chargeType: 'ONE_OFF',
    aboveCeiling: false,
    netUnitPrice: money('90000.0000'),
    annualUnitPrice: money('30000.0000'),
    oneOffUnitPrice: money('90000.0000'),
    annualCost: money('60000.00'),
    ceilingAnnualUnitPrice: null,
  },
};

export function contractFixture(
  overrides: Partial<ContractPage_ContractFragment> = {},
): ContractPage_ContractFragment {
  return {
    __typename: 'Contract',
    id: 'contract-1',
    reference: 'RAL-2026-001',
    title: 'Sentinel EPR',
    status: 'ACTIVE',
    rowVersion: 2,
    viewerCanEdit: true,
    anyAboveCeiling: true,
    startDate: '2026-04-01',
    endDate: '2029-03-31',
    maxEndDate: '2031-03-31',
    priceVisibility: 'ANONYMOUS',
    route: null,
    source: 'MANUAL',
    notes: '',
    terminationReason: null,
    ocdsUrl: null,
    createdAt: '2026-11-23T10:15:00Z',
    updatedAt: '2026-11-23T10:15:00Z',
    benefitsStatement: '',
    benefitsOwner: '',
    expectedAnnualBenefit: null,
    totalValue: money('1500000.00'),
    annualCost: money('690000.00'),
    buyer: royalFree,
    supplier: brightwater,
    award: {
      __typename: 'LotAward',
      id: 'award-1',
      lot: {
        __typename: 'Lot',
        id: 'lot-1',
        number: 1,
        title: 'Electronic patient records',
        framework: {
          __typename: 'Framework',
          id: 'fw-1',
          reference: 'CDX-2026-001',
          title: 'Clinical Digital Systems 2',
        },
      },
    },
    lines: [recurringLine, oneOffLine],
    history: [
      {
        __typename: 'AuditEvent',
        id: '42',
        action: 'createContract',
        occurredAt: '2026-11-23T10:15:00Z',
        actorUserId: 'user-priya',
        actor: { __typename: 'User', id: 'user-priya', name: 'Priya Procurement' },
      },
    ],
    ...overrides,
  };
}

export function registerAnswer(
  nodes: ContractRegisterQuery['contracts']['edges'][number]['node'][] = [
    {
      __typename: 'Contract',
      id: 'contract-1',
      reference: 'RAL-2026-001',
      title: 'Sentinel EPR',
      status: 'ACTIVE',
      endDate: '2029-03-31',
      anyAboveCeiling: true,
      totalValue: money('1500000.00'),
      annualCost: money('690000.00'),
      supplier: brightwater,
      buyer: royalFree,
    },
  ],
): ContractRegisterQuery {
  return {
    contracts: {
      __typename: 'ContractConnection',
      totalCount: nodes.length,
      pageInfo: {
        __typename: 'PageInfo',
        hasNextPage: false,
        hasPreviousPage: false,
        startCursor: nodes.length ? 'a' : null,
        endCursor: nodes.length ? 'a' : null,
      },
      edges: nodes.map((node) => ({ __typename: 'ContractEdge', node })),
    },
  };
}

/** The edit page's answer: the contract above, off-framework, as the form loads it. */
export function editPageData(): EditContractPageQuery {
  const contract = contractFixture({ award: null, route: 'DIRECT_AWARD' });
  return {
    contract: {
      ...contract,
      lines: contract.lines.map(({ observation: _observation, aboveCeiling: _above, ...line }) => line),
    },
  };
}

/** What the form asks of Brightwater: its products, and the lot it is approved on with a banded ceiling. */
export const brightwaterForForm: ContractFormSupplierQuery = {
  supplier: {
    ...brightwater,
    products: [
      {
        __typename: 'Product',
        id: 'product-sentinel',
        name: 'Sentinel Care Record',
        category: 'EPR',
        versions: [{ __typename: 'ProductVersion', id: 'pv-sentinel-85', version: '8.5' }],
      },
    ],
    awards: [
      {
        __typename: 'LotAward',
        id: 'award-1',
        lot: {
          __typename: 'Lot',
          id: 'lot-1',
          number: 1,
          title: 'Electronic patient records',
          framework: {
            __typename: 'Framework',
            id: 'fw-1',
            reference: 'CDX-2026-001',
            title: 'Clinical Digital Systems 2',
            status: 'PUBLISHED',
            startDate: '2026-01-05',
            endDate: '2029-12-31',
          },
        },
        prices: [
          {
            __typename: 'CataloguePrice',
            id: 'price-1',
            pricingUnit: 'PER_BED',
            billingPeriod: 'ANNUAL',
            role: null,
            grade: null,
            validFrom: '2026-01-05',
            validTo: null,
            tierCalculation: 'CUMULATIVE',
            ceilingUnitPrice: money('2045.0000'),
            tiers: [
              { __typename: 'PriceTier', from: 1, to: 250, unitPrice: money('2045.0000') },
              { __typename: 'PriceTier', from: 251, to: null, unitPrice: money('1920.0000') },
            ],
            productVersion: { __typename: 'ProductVersion', id: 'pv-sentinel-85' },
          },
        ],
      },
    ],
  },
};
