import type {
  CentralSavingsQuery,
  CentralUptakeQuery,
  ComplianceNoticesQuery,
  EndingContractsQuery,
  TrustSavingsQuery,
} from '../../gql/graphql';

type Opportunity = TrustSavingsQuery['savingsOpportunities']['opportunities'][number];

export function opportunity(overrides: Partial<Opportunity> = {}): Opportunity {
  return {
    __typename: 'SavingsOpportunity',
    contractId: 'contract-1',
    contractReference: 'RAL-2026-001',
    lineReference: 'L1',
    trustName: 'Royal Free London NHS Foundation Trust',
    supplierName: 'Brightwater Clinical Informatics UK Ltd',
    item: 'Sentinel Care Record',
    productId: 'product-sentinel',
    serviceRole: null,
    grade: null,
    pricingUnit: 'PER_USER',
    unitPrice: { __typename: 'Money', amount: '80.0000' },
    targetPrice: { __typename: 'Money', amount: '60.0000' },
    annualSaving: { __typename: 'Money', amount: '2000.00' },
    ...overrides,
  };
}

export function trustSavingsAnswer(
  target: 'MEDIAN' | 'CEILING',
  opportunities: Opportunity[],
  lineCount = opportunities.length,
  total = '2000.00',
): TrustSavingsQuery {
  return {
    savingsOpportunities: {
      __typename: 'SavingsOpportunities',
      target,
      lineCount,
      totalAnnualSaving: { __typename: 'Money', amount: total },
      opportunities,
    },
  };
}

type Member = EndingContractsQuery['collaborationOpportunities'][number]['members'][number];

export const member = (
  trustName: string,
  endDate: string,
  own = false,
  contractId: string | null = null,
): Member => ({
  __typename: 'CollaborationMember',
  trustName,
  trustOdsCode: trustName.slice(0, 3).toUpperCase(),
  endDate,
  own,
  contractId,
});

export function endingAnswer(): EndingContractsQuery {
  return {
    contracts: {
      __typename: 'ContractConnection',
      totalCount: 1,
      edges: [
        {
          __typename: 'ContractEdge',
          node: {
            __typename: 'Contract',
            id: 'contract-9',
            reference: 'RAL-2025-009',
            title: 'Pathology system',
            endDate: '2027-03-31',
            supplier: { __typename: 'Supplier', id: 'sup-1', name: 'Quillon Clinical Informatics Limited' },
            annualCost: { __typename: 'Money', amount: '120000.00' },
          },
        },
      ],
    },
    collaborationOpportunities: [
      {
        __typename: 'CollaborationGroup',
        areaName: 'NHS West and North London Integrated Care Board',
        category: 'LIMS',
        combinedAnnualValue: { __typename: 'Money', amount: '400000.00' },
        // Barts ends two months after the Royal Free; Hillingdon (chained on through Barts) eight.
        members: [
          member('Royal Free London NHS Foundation Trust', '2027-03-31', true, 'contract-9'),
          member('Barts Health NHS Trust', '2027-05-31'),
          member('Barts Health NHS Trust', '2027-06-30'),
          member('The Hillingdon Hospitals NHS Foundation Trust', '2027-11-30'),
        ],
      },
    ],
  };
}

type Total = CentralSavingsQuery['savingsOpportunities']['byRegion'][number];
const total = (key: string, label: string, amount: string, lineCount: number): Total => ({
  __typename: 'SavingsTotal',
  key,
  label,
  lineCount,
  annualSaving: { __typename: 'Money', amount },
});

export function centralSavingsAnswer(
  target: CentralSavingsQuery['savingsOpportunities']['target'],
): CentralSavingsQuery {
  return {
    savingsOpportunities: {
      __typename: 'SavingsOpportunities',
      target,
      lineCount: 3,
      totalAnnualSaving: { __typename: 'Money', amount: '5500.00' },
      byTrust: [
        { __typename: 'SavingsTotal', key: 'RAL' },
        { __typename: 'SavingsTotal', key: 'RRK' },
      ],
      byRegion: [total('Y56', 'London', '3500.00', 2), total('Y60', 'Midlands', '2000.00', 1)],
      byIcb: [
        total('Z9B2Z', 'NHS West and North London Integrated Care Board', '3500.00', 2),
        total('QHL', 'NHS Birmingham and Solihull Integrated Care Board', '2000.00', 1),
      ],
      byCategory: [total('EPR', 'EPR', '5500.00', 3)],
      opportunities: [
        opportunity({ annualSaving: { __typename: 'Money', amount: '3500.00' } }),
        opportunity({
          contractId: 'contract-2',
          contractReference: 'RRK-2026-004',
          trustName: 'University Hospitals Birmingham NHS Foundation Trust',
        }),
      ],
    },
  };
}

type Share = CentralUptakeQuery['frameworkUptake']['total'];
const share = (
  key: string,
  label: string,
  contracts: number,
  on: number,
  spend: string,
  onSpend: string,
): Share => ({
  __typename: 'UptakeShare',
  key,
  label,
  contracts,
  onFrameworkContracts: on,
  annualSpend: { __typename: 'Money', amount: spend },
  onFrameworkSpend: { __typename: 'Money', amount: onSpend },
});

export function centralUptakeAnswer(): CentralUptakeQuery {
  return {
    frameworkUptake: {
      __typename: 'FrameworkUptake',
      activeOn: '2026-12-02',
      total: share('ALL', 'All contracts', 4, 3, '400000.00', '300000.00'),
      byRegion: [
        share('Y56', 'London', 3, 3, '300000.00', '300000.00'),
        share('Y60', 'Midlands', 1, 0, '100000.00', '0.00'),
      ],
      byFramework: [share('NHSE-2026-EPR', 'Electronic patient records', 3, 3, '300000.00', '300000.00')],
      byCategory: [share('EPR', 'EPR', 4, 3, '400000.00', '300000.00')],
      offFrameworkWithAlternative: [
        {
          __typename: 'FrameworkAlternative',
          contractId: 'contract-7',
          contractReference: 'RRK-2025-002',
          trustName: 'University Hospitals Birmingham NHS Foundation Trust',
          supplierName: 'Brightwater Clinical Informatics UK Ltd',
          annualSpend: { __typename: 'Money', amount: '100000.00' },
          frameworks: ['NHSE-2026-EPR'],
        },
      ],
    },
  };
}

type Notice = ComplianceNoticesQuery['complianceNotices'][number];

export function notice(overrides: Partial<Notice> = {}): Notice {
  return {
    __typename: 'ComplianceNotice',
    kind: 'REJECTED',
    declarationId: 'declaration-iso',
    subjectName: 'Royal Free London NHS Foundation Trust',
    standardCode: 'ISO27001',
    standardName: 'ISO/IEC 27001 Information security management systems',
    date: '2026-11-20',
    comment: 'The certificate named does not cover the trust’s data centre.',
    ...overrides,
  };
}

/** A trust's notices: one rejected, one plan overdue, one certificate lapsing. */
export function noticesAnswer(notices: Notice[] = defaultNotices()): ComplianceNoticesQuery {
  return { complianceNotices: notices };
}

const defaultNotices = (): Notice[] => [
  notice(),
  notice({
    kind: 'REMEDIATION_OVERDUE',
    declarationId: 'declaration-gs1',
    standardCode: 'GS1',
    standardName: 'GS1 identification standards (Scan4Safety)',
    date: '2026-10-01',
    comment: null,
  }),
  notice({
    kind: 'LAPSING_SOON',
    declarationId: 'declaration-ce-plus',
    standardCode: 'CE_PLUS',
    standardName: 'Cyber Essentials Plus',
    date: '2027-01-16',
    comment: null,
  }),
];
