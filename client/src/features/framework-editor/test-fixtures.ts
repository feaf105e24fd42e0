import type { DraftEditor_FrameworkFragment, EditFrameworkPageQuery } from '../../gql/graphql';
import { chris, nhsEngland } from '../../test/render-frame';

/** Test data for the editor's component tests, in the shapes its queries ask for. */

const money = (amount: string) => ({ __typename: 'Money' as const, amount, currency: 'GBP' });

export { chris, nhsEngland };

export const draftFramework: DraftEditor_FrameworkFragment = {
  __typename: 'Framework',
  id: 'fw-1',
  rowVersion: 3,
  reference: 'CDX-2027-010',
  title: 'Clinical systems',
  description: 'Core clinical systems.',
  startDate: '2027-04-01',
  endDate: '2031-03-31',
  updatedAt: '2026-11-23T10:15:00Z',
  owner: nhsEngland,
  lots: [
    {
      __typename: 'Lot',
      id: 'lot-1',
      number: 1,
      title: 'Electronic patient records',
      scope: 'EPR software',
      category: 'EPR',
      requiredStandards: [{ __typename: 'Standard', id: 'std-dtac', code: 'DTAC' }],
      awards: [
        {
          __typename: 'LotAward',
          id: 'award-1',
          awardedOn: null,
          supplier: { __typename: 'Supplier', id: 'sup-brightwater', name: 'Brightwater Ltd' },
          prices: [
            {
              __typename: 'CataloguePrice',
              id: 'price-1',
              productVersion: {
                __typename: 'ProductVersion',
                id: 'pv-ember-6',
                version: '6.0',
                product: { __typename: 'Product', id: 'product-ember', name: 'Ember EPR' },
              },
              pricingUnit: 'PER_BED',
              billingPeriod: 'ANNUAL',
              role: null,
              grade: null,
              ceilingUnitPrice: money('2045.0000'),
              tiers: [
                { __typename: 'PriceTier', from: 1, to: 250, unitPrice: money('2045.0000') },
                { __typename: 'PriceTier', from: 251, to: null, unitPrice: money('1920.0000') },
              ],
              tierCalculation: 'CUMULATIVE',
              validFrom: '2027-04-01',
              validTo: null,
            },
          ],
        },
      ],
    },
  ],
};

export function editPageData(
  framework: Partial<NonNullable<EditFrameworkPageQuery['framework']>> = {},
): EditFrameworkPageQuery {
  return {
    framework: {
      ...draftFramework,
      status: 'DRAFT',
      viewerCanEdit: true,
      viewerCanAmend: false,
      ...framework,
    },
    standards: {
      __typename: 'StandardConnection',
      edges: [
        {
          __typename: 'StandardEdge',
          node: {
            __typename: 'Standard',
            id: 'std-dtac',
            code: 'DTAC',
            name: 'Digital Technology Assessment Criteria',
            category: 'ASSURANCE',
            status: 'EFFECTIVE',
          },
        },
      ],
    },
    me: { __typename: 'Me', user: chris.user },
  };
}

/** The draft's lots as the publish and withdraw answers select them (`ForgetSales_framework`). */
export const soldThrough = draftFramework.lots.map((lot) => ({
  __typename: 'Lot' as const,
  id: lot.id,
  awards: lot.awards.map((award) => ({
    __typename: 'LotAward' as const,
    id: award.id,
    supplier: { __typename: 'Supplier' as const, id: award.supplier.id },
    prices: award.prices.map((price) => ({
      __typename: 'CataloguePrice' as const,
      id: price.id,
      productVersion: { __typename: 'ProductVersion' as const, id: price.productVersion.id },
    })),
  })),
}));
