// Catalogue fixtures for tests: operations a client would send, and helpers that set data up
// through the API (a central user at a central body, suppliers, products, frameworks).
import { expect } from 'vitest';
import { declareConformance, signInForSupplier } from './compliance.js';
import type { Role } from '../src/modules/identity/role.js';
import { createUser, TEST_PASSWORD } from './factories.js';
import type { SignedInClient, TestServer } from './test-server.js';

export type UserErrorShape = { field: string[] | null; code: string; message: string };

const USER_ERRORS = 'userErrors { field code message }';

export const FRAMEWORK_FIELDS = /* GraphQL */ `
  id
  reference
  title
  status
  rowVersion
  startDate
  endDate
  withdrawnReason
  viewerCanEdit
  viewerCanAmend
  ocdsUrl
  owner {
    odsCode
  }
  lots {
    id
    number
    title
    category
    requiredStandards {
      code
    }
    awards {
      id
      supplier {
        id
        name
      }
      prices {
        id
        pricingUnit
        billingPeriod
        role
        grade
        ceilingUnitPrice {
          amount
          currency
        }
        tiers {
          from
          to
          unitPrice {
            amount
          }
        }
        tierCalculation
        validFrom
        validTo
        productVersion {
          id
          version
        }
      }
    }
  }
  amendments {
    kind
    summary
    reason
    effectiveFrom
  }
`;

export type PriceShape = {
  id: string;
  pricingUnit: string;
  billingPeriod: string;
  role: string | null;
  grade: string | null;
  ceilingUnitPrice: { amount: string; currency: string };
  tiers: { from: number; to: number | null; unitPrice: { amount: string } }[] | null;
  tierCalculation: string | null;
  validFrom: string;
  validTo: string | null;
  productVersion: { id: string; version: string };
};

export type FrameworkShape = {
  id: string;
  reference: string;
  title: string;
  status: string;
  rowVersion: number;
  startDate: string;
  endDate: string;
  withdrawnReason: string | null;
  viewerCanEdit: boolean;
  viewerCanAmend: boolean;
  ocdsUrl: string | null;
  owner: { odsCode: string };
  lots: {
    id: string;
    number: number;
    title: string;
    category: string;
    requiredStandards: { code: string }[];
    awards: { id: string; supplier: { id: string; name: string }; prices: PriceShape[] }[];
  }[];
  amendments: { kind: string; summary: string; reason: string; effectiveFrom: string }[];
};

export type FrameworkPayloadShape = { framework: FrameworkShape | null; userErrors: UserErrorShape[] };

const mutation = (name: string, input: string) => /* GraphQL */ `
  mutation ${name[0]!.toUpperCase()}${name.slice(1)}($input: ${input}!) {
    ${name}(input: $input) {
      framework {
        ${FRAMEWORK_FIELDS}
      }
      ${USER_ERRORS}
    }
  }
`;

export const CREATE_FRAMEWORK = mutation('createFramework', 'CreateFrameworkInput');
export const UPDATE_FRAMEWORK = mutation('updateFramework', 'UpdateFrameworkInput');
export const PUBLISH_FRAMEWORK = mutation('publishFramework', 'FrameworkVersionInput');
export const AMEND_FRAMEWORK = mutation('amendFramework', 'AmendFrameworkInput');
export const WITHDRAW_FRAMEWORK = mutation('withdrawFramework', 'WithdrawFrameworkInput');

export const FRAMEWORK = /* GraphQL */ `
  query Framework($id: String, $reference: String) {
    framework(id: $id, reference: $reference) {
      ${FRAMEWORK_FIELDS}
    }
  }
`;

export const CREATE_SUPPLIER = /* GraphQL */ `
  mutation CreateSupplier($input: CreateSupplierInput!) {
    createSupplier(input: $input) {
      supplier { id name companiesHouseNumber sme website rowVersion }
      ${USER_ERRORS}
    }
  }
`;

export const CREATE_PRODUCT = /* GraphQL */ `
  mutation CreateProduct($input: CreateProductInput!) {
    createProduct(input: $input) {
      product { id name category rowVersion cpv { code label } supplier { id } versions { id version } }
      ${USER_ERRORS}
    }
  }
`;

let sequence = 0;
/** A unique-enough suffix for references, names and Companies House numbers within one run. */
export const unique = () => `${process.pid % 1000}${(sequence += 1)}`.padStart(6, '0').slice(-6);

/** Signs in a user acting in one membership (a fresh user each time). */
export async function signInAs(
  server: TestServer,
  role: Role,
  odsCode: string | null,
): Promise<SignedInClient> {
  const user = await createUser(server.server.orm.em.fork(), [[role, odsCode]]);
  return server.signIn(user.email, TEST_PASSWORD);
}

/**
 * A supplier with one product in one version, made through the API by a central user; the
 * supplier's own user then declares the version COMPLIANT with `conformsTo` (DCB0129 unless told:
 * what `draftInput`'s lot requires of products), so it can be offered on a framework lot.
 */
export async function supplierWithProduct(
  central: SignedInClient,
  options: { category?: string; cpvCode?: string; conformsTo?: string[] } = {},
): Promise<{ supplierId: string; supplierName: string; productId: string; versionId: string }> {
  const n = unique();
  const supplier = await central.gql<{
    createSupplier: { supplier: { id: string; name: string } | null; userErrors: UserErrorShape[] };
  }>(CREATE_SUPPLIER, {
    input: { name: `Fixture Supplier ${n} Ltd`, companiesHouseNumber: `ZY${n}`, sme: true },
  });
  expect(supplier.data?.createSupplier.userErrors).toEqual([]);
  const product = await central.gql<{
    createProduct: {
      product: { id: string; versions: { id: string }[] } | null;
      userErrors: UserErrorShape[];
    };
  }>(CREATE_PRODUCT, {
    input: {
      supplierId: supplier.data!.createSupplier.supplier!.id,
      name: `Fixture Record ${n}`,
      category: options.category ?? 'EPR',
      cpvCode: options.cpvCode ?? '48180000-3',
      versions: ['1.0'],
    },
  });
  expect(product.data?.createProduct.userErrors).toEqual([]);
  const supplierId = supplier.data!.createSupplier.supplier!.id;
  const versionId = product.data!.createProduct.product!.versions[0]!.id;
  const conformsTo = options.conformsTo ?? ['DCB0129'];
  if (conformsTo.length) {
    await declareConformance(await signInForSupplier(central.server, supplierId), versionId, conformsTo);
  }
  return {
    supplierId: supplier.data!.createSupplier.supplier!.id,
    supplierName: supplier.data!.createSupplier.supplier!.name,
    productId: product.data!.createProduct.product!.id,
    versionId: product.data!.createProduct.product!.versions[0]!.id,
  };
}

/** A draft's input with one lot, one award and a tiered per-user price (and a one-off). */
export function draftInput(
  offer: { supplierId: string; versionId: string },
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    reference: `TST-${unique()}`,
    title: 'Test Clinical Systems',
    description: 'A framework made by a test.',
    startDate: '2026-01-01',
    endDate: '2029-12-31',
    lots: [
      {
        number: 1,
        title: 'Electronic patient records',
        scope: 'EPR software and implementation',
        category: 'EPR',
        requiredStandardCodes: ['DCB0129', 'DSPT'],
        awards: [
          {
            supplierId: offer.supplierId,
            prices: [
              {
                productVersionId: offer.versionId,
                pricingUnit: 'PER_USER',
                billingPeriod: 'ANNUAL',
                ceilingUnitPrice: '12.50',
                tiers: [
                  { from: 1, to: 1000, unitPrice: '12.50' },
                  { from: 1001, to: null, unitPrice: '10.25' },
                ],
                tierCalculation: 'CUMULATIVE',
                validFrom: '2026-01-01',
              },
              {
                productVersionId: offer.versionId,
                pricingUnit: 'FIXED',
                billingPeriod: 'ONE_OFF',
                ceilingUnitPrice: '25000',
                validFrom: '2026-01-01',
              },
            ],
          },
        ],
      },
    ],
    ...overrides,
  };
}

/** The document `updateFramework` needs to keep a framework as it is (ids included). */
export function asDraftInput(framework: FrameworkShape): Record<string, unknown> {
  return {
    id: framework.id,
    expectedRowVersion: framework.rowVersion,
    reference: framework.reference,
    title: framework.title,
    startDate: framework.startDate,
    endDate: framework.endDate,
    lots: framework.lots.map((lot) => ({
      id: lot.id,
      number: lot.number,
      title: lot.title,
      category: lot.category,
      requiredStandardCodes: lot.requiredStandards.map((s) => s.code),
      awards: lot.awards.map((award) => ({
        id: award.id,
        supplierId: award.supplier.id,
        prices: award.prices.map((p) => ({
          id: p.id,
          productVersionId: p.productVersion.id,
          pricingUnit: p.pricingUnit,
          billingPeriod: p.billingPeriod,
          role: p.role,
          grade: p.grade,
          ceilingUnitPrice: p.ceilingUnitPrice.amount,
          tiers: p.tiers?.map((t) => ({ from: t.from, to: t.to, unitPrice: t.unitPrice.amount })) ?? null,
          tierCalculation: p.tierCalculation,
          validFrom: p.validFrom,
          validTo: p.validTo,
        })),
      })),
    })),
  };
}

/** Creates and publishes a framework through the API; returns it as published. */
export async function publishedFramework(
  central: SignedInClient,
  offer: { supplierId: string; versionId: string },
  overrides: Record<string, unknown> = {},
): Promise<FrameworkShape> {
  const created = await central.gql<{ createFramework: FrameworkPayloadShape }>(CREATE_FRAMEWORK, {
    input: draftInput(offer, overrides),
  });
  expect(created.data?.createFramework.userErrors).toEqual([]);
  const draft = created.data!.createFramework.framework!;
  const published = await central.gql<{ publishFramework: FrameworkPayloadShape }>(PUBLISH_FRAMEWORK, {
    input: { id: draft.id, expectedRowVersion: draft.rowVersion },
  });
  expect(published.data?.publishFramework.userErrors).toEqual([]);
  return published.data!.publishFramework.framework!;
}
