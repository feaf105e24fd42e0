import type { MockLink } from '@apollo/client/testing';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  AddProductVersionDocument,
  CpvCodeChoicesDocument,
  CreateProductDocument,
  NewProductPageDocument,
  ProductPageDocument,
  type AddProductVersionMutationVariables,
  type CreateProductMutationVariables,
  type ProductPageQuery,
} from '../../../gql/graphql';
import { FakeSession, renderFrame, type Me } from '../../../test/render-frame';
import { catalogueRoutes } from '../routes';
import { chris, meridian, sam, userError } from '../test-data';

beforeAll(() => {
  // jsdom does not scroll; React Router's scroll restoration asks it to.
  window.scrollTo = () => undefined;
});
afterEach(cleanup);

const lot = {
  __typename: 'Lot',
  id: 'lot-2',
  number: 2,
  title: 'Patient flow and bed management',
  framework: {
    __typename: 'Framework',
    id: 'fw-7',
    reference: 'CDX-2026-007',
    title: 'Digital Dictation and Patient Flow',
  },
} as const;

const product = (viewerCanEdit: boolean): NonNullable<ProductPageQuery['product']> => ({
  __typename: 'Product',
  id: 'product-cirrus',
  name: 'Cirrus Bed Manager',
  category: 'PATIENT_FLOW',
  description: 'Real-time bed state.\n\nDischarge planning.',
  rowVersion: 1,
  viewerCanEdit,
  cpv: { __typename: 'CpvCode', code: '48814000-7', label: 'Medical information systems' },
  supplier: { __typename: 'Supplier', id: meridian.id, name: meridian.name },
  versions: [
    { __typename: 'ProductVersion', id: 'v1', version: '2024.1', releasedOn: null, cataloguePrices: [] },
    {
      __typename: 'ProductVersion',
      id: 'v2',
      version: '2024.2',
      releasedOn: '2024-11-23',
      cataloguePrices: [
        {
          __typename: 'CataloguePrice',
          id: 'price-1',
          pricingUnit: 'PER_SITE',
          billingPeriod: 'ONE_OFF',
          role: null,
          grade: null,
          validFrom: '2026-07-01',
          validTo: null,
          tierCalculation: null,
          ceilingUnitPrice: { __typename: 'Money', amount: '41000.0000' },
          tiers: null,
          award: { __typename: 'LotAward', id: 'award-1', lot },
        },
        {
          __typename: 'CataloguePrice',
          id: 'price-2',
          pricingUnit: 'PER_BED',
          billingPeriod: 'ANNUAL',
          role: null,
          grade: null,
          validFrom: '2026-07-01',
          validTo: '2028-06-30',
          tierCalculation: 'CUMULATIVE',
          ceilingUnitPrice: { __typename: 'Money', amount: '720.0000' },
          tiers: [
            {
              __typename: 'PriceTier',
              from: 1,
              to: 250,
              unitPrice: { __typename: 'Money', amount: '720.0000' },
            },
            {
              __typename: 'PriceTier',
              from: 251,
              to: null,
              unitPrice: { __typename: 'Money', amount: '665.5000' },
            },
          ],
          award: { __typename: 'LotAward', id: 'award-1', lot },
        },
      ],
    },
  ],
});

function renderAt(url: string, me: Me | null, mocks: MockLink.MockedResponse[] = []) {
  const session = new FakeSession(me);
  return renderFrame({ url, routes: catalogueRoutes, mocks: [session.viewerMock(), ...mocks] });
}

const productMock = (viewerCanEdit: boolean): MockLink.MockedResponse => ({
  request: { query: ProductPageDocument, variables: { id: 'product-cirrus' } },
  result: { data: { product: product(viewerCanEdit) } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

describe('the product page', () => {
  it('shows the details, versions and where each version can be bought, prices right-aligned', async () => {
    renderAt('/products/product-cirrus', null, [productMock(false)]);
    await screen.findByRole('heading', { level: 1, name: 'Cirrus Bed Manager' });
    expect(screen.getByRole('link', { name: meridian.name }).getAttribute('href')).toBe(
      '/suppliers/supplier-meridian',
    );
    expect(screen.getByText('Patient flow and bed management', { selector: 'dd' })).toBeTruthy();
    expect(screen.getByText('48814000-7: Medical information systems', { exact: false })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Other products with this code' }).getAttribute('href')).toBe(
      '/products?cpv=48814000-7',
    );
    expect(screen.getByText('Discharge planning.')).toBeTruthy();
    expect(screen.getByText('23 Nov 2024')).toBeTruthy();

    // Demo prices say so.
    expect(screen.getByText('Demo data')).toBeTruthy();
    const prices = screen.getByRole('table', {
      name: 'Framework ceiling prices of Cirrus Bed Manager version 2024.2',
    });
    const [siteRow, bedRow] = within(prices).getAllByRole('row').slice(1);
    expect(
      within(siteRow as HTMLElement)
        .getByRole('link', { name: 'Digital Dictation and Patient Flow' })
        .getAttribute('href'),
    ).toBe('/frameworks/CDX-2026-007');
    expect(within(siteRow as HTMLElement).getByText('Per site, one-off')).toBeTruthy();
    const ceiling = within(siteRow as HTMLElement)
      .getByText('£41,000.00')
      .closest('td');
    expect(ceiling?.className).toContain('nhsuk-table__cell--numeric');
    expect(within(bedRow as HTMLElement).getByText('£665.50')).toBeTruthy();
    expect(within(bedRow as HTMLElement).getByText('to 30 Jun 2028')).toBeTruthy();
    expect(screen.getByText('Version 2024.1 has no framework prices.')).toBeTruthy();

    // Nothing to change for a visitor.
    expect(screen.queryByRole('form', { name: 'Add a version' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Edit details/ })).toBeNull();
  });

  it('adds a version for those who may edit: checked first, then shown at once with a notice', async () => {
    const person = userEvent.setup();
    const sent: AddProductVersionMutationVariables[] = [];
    renderAt('/products/product-cirrus', sam, [
      productMock(true),
      {
        request: {
          query: AddProductVersionDocument,
          variables: (variables: AddProductVersionMutationVariables) => {
            sent.push(variables);
            return true;
          },
        },
        result: {
          data: {
            addProductVersion: {
              __typename: 'AddProductVersionPayload',
              productVersion: {
                __typename: 'ProductVersion',
                id: 'v3',
                version: '2025.1',
                releasedOn: '2025-03-05',
                cataloguePrices: [],
              },
              userErrors: [],
            },
          },
        },
      },
    ]);
    const form = await screen.findByRole('form', { name: 'Add a version' });
    await person.type(within(form).getByLabelText('Version'), '2024.2');
    await person.type(within(form).getByLabelText('Day'), '31');
    await person.type(within(form).getByLabelText('Month'), '2');
    await person.type(within(form).getByLabelText('Year'), '2025');
    await person.click(within(form).getByRole('button', { name: 'Add version' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['#new-version', '#released-on']);
    expect(within(summary).getByText('The product already has version 2024.2')).toBeTruthy();
    expect(within(summary).getByText('Release date must be a real date')).toBeTruthy();
    expect(document.title).toBe('Error: Cirrus Bed Manager – Concord');
    expect(sent).toEqual([]);

    await person.clear(within(form).getByLabelText('Version'));
    await person.type(within(form).getByLabelText('Version'), '2025.1');
    await person.clear(within(form).getByLabelText('Day'));
    await person.type(within(form).getByLabelText('Day'), '5');
    await person.clear(within(form).getByLabelText('Month'));
    await person.type(within(form).getByLabelText('Month'), '3');
    await person.click(within(form).getByRole('button', { name: 'Add version' }));

    await screen.findByText('Version 2025.1 of Cirrus Bed Manager has been added.');
    expect(sent[0]).toEqual({
      input: { productId: 'product-cirrus', version: '2025.1', releasedOn: '2025-03-05' },
    });
    const versions = screen.getByRole('table', { name: 'Versions of Cirrus Bed Manager' });
    expect(within(versions).getByText('2025.1')).toBeTruthy();
    expect(within(versions).getByText('5 Mar 2025')).toBeTruthy();
    expect((within(form).getByLabelText('Version') as HTMLInputElement).value).toBe('');
    expect(screen.queryByRole('alert', { name: /There is a problem/ })).toBeNull();
  });
});

describe('adding a product', () => {
  const cpvMock: MockLink.MockedResponse = {
    request: { query: CpvCodeChoicesDocument, variables: () => true },
    result: {
      data: {
        cpvCodes: [
          { __typename: 'CpvCode', code: '48180000-3', label: 'Medical software package' },
          { __typename: 'CpvCode', code: '48814000-7', label: 'Medical information systems' },
        ],
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };

  it('adds a product for the supplier in the address, with a CPV code chosen from a search', async () => {
    const person = userEvent.setup();
    const sent: CreateProductMutationVariables[] = [];
    let answer: 'refuse' | 'save' = 'refuse';
    const { router } = renderAt('/products/new?supplierId=supplier-meridian', chris, [
      cpvMock,
      {
        request: {
          query: NewProductPageDocument,
          variables: { supplierId: 'supplier-meridian', withSupplier: true, chooseSupplier: false },
        },
        result: { data: { supplier: { ...meridian, viewerCanEdit: true } } },
      },
      {
        request: {
          query: CreateProductDocument,
          variables: (variables: CreateProductMutationVariables) => {
            sent.push(variables);
            return true;
          },
        },
        maxUsageCount: Number.POSITIVE_INFINITY,
        result: () => ({
          data: {
            createProduct: {
              __typename: 'CreateProductPayload',
              product:
                answer === 'save'
                  ? {
                      ...product(true),
                      versions: [
                        { __typename: 'ProductVersion', id: 'v1', version: '1.0', releasedOn: null },
                      ],
                    }
                  : null,
              userErrors:
                answer === 'save'
                  ? []
                  : [
                      userError(
                        ['versions', '1'],
                        'INVALID',
                        'A version is 1 to 40 letters, digits, dots or hyphens.',
                      ),
                    ],
            },
          },
        }),
      },
      productMock(true),
    ]);
    await screen.findByRole('heading', { level: 1, name: 'Add a product' });
    expect(screen.getByText(meridian.name, { selector: 'strong' })).toBeTruthy();
    expect(screen.queryByLabelText('Supplier')).toBeNull();

    await person.type(screen.getByLabelText('Product name'), 'Cirrus Bed Manager');
    await person.selectOptions(screen.getByLabelText('Category'), 'Patient flow and bed management');
    await person.type(screen.getByLabelText('CPV code'), 'medical');
    await person.click(await screen.findByRole('radio', { name: '48814000-7 Medical information systems' }));
    expect(screen.getByText('2 codes match “medical”.')).toBeTruthy();
    await person.type(screen.getByLabelText('Version 1'), '1.0');
    await person.click(screen.getByRole('button', { name: 'Add another version' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Version 2')));
    await person.type(screen.getByLabelText('Version 2'), '1.1');
    await person.click(screen.getByRole('button', { name: 'Add product' }));

    // The server's reason lands on the second version's box.
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link').getAttribute('href')).toBe('#version-1');
    expect(sent[0]).toEqual({
      input: {
        supplierId: 'supplier-meridian',
        name: 'Cirrus Bed Manager',
        category: 'PATIENT_FLOW',
        cpvCode: '48814000-7',
        description: '',
        versions: ['1.0', '1.1'],
      },
    });

    answer = 'save';
    await person.click(screen.getByRole('button', { name: /^Remove\s*version 2$/ }));
    await person.click(screen.getByRole('button', { name: 'Add product' }));
    await screen.findByText('Cirrus Bed Manager has been added.');
    expect(router.state.location.pathname).toBe('/products/product-cirrus');
    expect(sent[1]?.input.versions).toEqual(['1.0']);
  });

  it('refuses a product with no CPV code chosen, even with a search typed', async () => {
    const person = userEvent.setup();
    renderAt('/products/new?supplierId=supplier-meridian', sam, [
      cpvMock,
      {
        request: {
          query: NewProductPageDocument,
          variables: { supplierId: 'supplier-meridian', withSupplier: true, chooseSupplier: false },
        },
        result: { data: { supplier: { ...meridian, viewerCanEdit: true } } },
      },
    ]);
    await screen.findByRole('heading', { level: 1, name: 'Add a product' });
    await person.type(screen.getByLabelText('CPV code'), '48814000-7');
    await person.click(screen.getByRole('button', { name: 'Add product' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getByRole('link', { name: 'Search for a CPV code and choose one from the list' })
        .getAttribute('href'),
    ).toBe('#cpv-search');
  });
});
