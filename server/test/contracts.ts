// Contract fixtures for tests: the operations a client sends and a valid contract to start from.
import { expect } from 'vitest';
import { unique, type UserErrorShape } from './catalogue.js';
import type { SignedInClient } from './test-server.js';

export const CONTRACT_FIELDS = /* GraphQL */ `
  id
  reference
  title
  status
  route
  rowVersion
  startDate
  endDate
  maxEndDate
  priceVisibility
  notes
  benefitsStatement
  benefitsOwner
  terminationReason
  source
  viewerCanEdit
  anyAboveCeiling
  totalValue { amount }
  expectedAnnualBenefit { amount }
  annualCost { amount }
  buyer { odsCode name }
  supplier { id name }
  award { id lot { number framework { reference } } }
  lines {
    id
    lineReference
    description
    category
    role
    grade
    pricingUnit
    billingPeriod
    quantity
    discountPercent
    rebate
    bundle
    researchPartnership
    suppressed
    suppressionReason
    aboveCeiling
    unitPrice { amount }
    productVersion { id }
    ceilingPrice { id }
    observation {
      chargeType
      netUnitPrice { amount }
      annualUnitPrice { amount }
      oneOffUnitPrice { amount }
      annualCost { amount }
      totalCost { amount }
      ceilingAnnualUnitPrice { amount }
      aboveCeiling
    }
  }
`;

type Amount = { amount: string };
export type ContractLineShape = {
  id: string;
  lineReference: string;
  description: string;
  category: string;
  role: string | null;
  grade: string | null;
  pricingUnit: string;
  billingPeriod: string;
  quantity: string;
  discountPercent: string;
  suppressed: boolean;
  suppressionReason: string | null;
  aboveCeiling: boolean;
  unitPrice: Amount;
  productVersion: { id: string } | null;
  ceilingPrice: { id: string } | null;
  observation: {
    chargeType: string;
    netUnitPrice: Amount;
    annualUnitPrice: Amount;
    oneOffUnitPrice: Amount | null;
    annualCost: Amount;
    totalCost: Amount;
    ceilingAnnualUnitPrice: Amount | null;
    aboveCeiling: boolean;
  };
};
export type ContractShape = {
  id: string;
  reference: string;
  title: string;
  status: string;
  route: string | null;
  rowVersion: number;
  startDate: string;
  endDate: string;
  priceVisibility: string;
  terminationReason: string | null;
  viewerCanEdit: boolean;
  anyAboveCeiling: boolean;
  totalValue: Amount | null;
  annualCost: Amount;
  buyer: { odsCode: string; name: string };
  supplier: { id: string; name: string };
  award: { id: string; lot: { number: number; framework: { reference: string } } } | null;
  lines: ContractLineShape[];
};
export type ContractPayloadShape = { contract: ContractShape | null; userErrors: UserErrorShape[] };

const mutation = (name: string, input: string) => /* GraphQL */ `
  mutation ${name[0]!.toUpperCase()}${name.slice(1)}($input: ${input}!) {
    ${name}(input: $input) {
      contract { ${CONTRACT_FIELDS} }
      userErrors { field code message }
    }
  }
`;

export const CREATE_CONTRACT = mutation('createContract', 'CreateContractInput');
export const UPDATE_CONTRACT = mutation('updateContract', 'UpdateContractInput');
export const CONFIRM_CONTRACT = mutation('confirmContract', 'ContractVersionInput');
export const END_CONTRACT_EARLY = mutation('endContractEarly', 'EndContractEarlyInput');
export const DELETE_CONTRACT = /* GraphQL */ `
  mutation DeleteContract($input: ContractVersionInput!) {
    deleteContract(input: $input) {
      deletedContractId
      userErrors {
        field
        code
        message
      }
    }
  }
`;
export const CONTRACT = /* GraphQL */ `
  query Contract($id: String!) {
    contract(id: $id) { ${CONTRACT_FIELDS} }
  }
`;
export const CONTRACTS = /* GraphQL */ `
  query Contracts($first: Int, $after: String, $filter: ContractFilter, $orderBy: ContractOrder) {
    contracts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reference
          status
          endDate
          buyer {
            odsCode
          }
          supplier {
            name
          }
        }
      }
    }
  }
`;

/** An off-framework contract for the supplier's product: a monthly per-user licence and a one-off fee. */
export function contractInput(
  offer: { supplierId: string; versionId: string },
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    supplierId: offer.supplierId,
    route: 'DIRECT_AWARD',
    reference: `C-${unique()}`,
    title: 'Electronic patient record licences',
    startDate: '2026-04-01',
    endDate: '2029-03-31',
    maxEndDate: '2031-03-31',
    totalValue: '£250,000.00'.replace(/[£,]/g, ''),
    notes: 'Negotiated with the regional hub.',
    benefits: {
      expectedAnnualBenefit: '12000',
      statement: 'Fewer paper records.',
      owner: 'Chief Nursing Officer',
    },
    lines: [
      {
        lineReference: 'L1',
        productVersionId: offer.versionId,
        pricingUnit: 'PER_USER',
        billingPeriod: 'MONTHLY',
        quantity: '1200',
        unitPrice: '4.50',
      },
      {
        lineReference: 'L2',
        description: 'Implementation',
        category: 'EPR',
        pricingUnit: 'FIXED',
        billingPeriod: 'ONE_OFF',
        quantity: '1',
        unitPrice: '90000',
      },
    ],
    ...overrides,
  };
}

/** Creates a contract through the API and returns it, failing the test on any error. */
export async function createdContract(
  as: SignedInClient,
  input: Record<string, unknown>,
): Promise<ContractShape> {
  const res = await as.gql<{ createContract: ContractPayloadShape }>(CREATE_CONTRACT, { input });
  expect(res.errors).toBeUndefined();
  expect(res.data!.createContract.userErrors).toEqual([]);
  return res.data!.createContract.contract!;
}

/** The document `updateContract` needs to keep a contract as it is (line ids included). */
export function asUpdateInput(
  contract: ContractShape,
  offer: { supplierId: string },
): Record<string, unknown> {
  return {
    id: contract.id,
    expectedRowVersion: contract.rowVersion,
    supplierId: offer.supplierId,
    lotId: null,
    route: contract.route,
    reference: contract.reference,
    title: contract.title,
    startDate: contract.startDate,
    endDate: contract.endDate,
    lines: contract.lines.map((l) => ({
      id: l.id,
      lineReference: l.lineReference,
      productVersionId: l.productVersion?.id ?? null,
      description: l.description,
      category: l.category,
      role: l.role,
      grade: l.grade,
      pricingUnit: l.pricingUnit,
      billingPeriod: l.billingPeriod,
      quantity: l.quantity,
      unitPrice: l.unitPrice.amount,
      discountPercent: l.discountPercent,
      suppressed: l.suppressed,
      suppressionReason: l.suppressionReason,
    })),
  };
}

/**
 * A contract for one priced line of the offer's product (100 users at `unitPrice` a year unless
 * told otherwise), in force through 2026–2028: the comparisons' unit of test data.
 */
export function oneLineContractInput(
  offer: { supplierId: string; versionId: string },
  line: {
    buyerOdsCode: string;
    unitPrice: string;
    quantity?: string;
    pricingUnit?: string;
    billingPeriod?: string;
    visibility?: string;
    suppressed?: boolean;
  },
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return contractInput(offer, {
    buyerOdsCode: line.buyerOdsCode,
    priceVisibility: line.visibility ?? 'ANONYMOUS',
    startDate: '2026-01-01',
    endDate: '2028-12-31',
    maxEndDate: null,
    lines: [
      {
        lineReference: 'L1',
        productVersionId: offer.versionId,
        pricingUnit: line.pricingUnit ?? 'PER_USER',
        billingPeriod: line.billingPeriod ?? 'ANNUAL',
        quantity: line.quantity ?? '100',
        unitPrice: line.unitPrice,
        ...(line.suppressed ? { suppressed: true, suppressionReason: 'Research partnership price' } : {}),
      },
    ],
    ...overrides,
  });
}
