import type { MockLink } from '@apollo/client/testing';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateSupplierDocument,
  EditSupplierPageDocument,
  SupplierPageDocument,
  SuppliersPageDocument,
  UpdateSupplierDocument,
  type CreateSupplierMutationVariables,
  type SupplierPageQuery,
  type SuppliersPageQuery,
  type SuppliersPageQueryVariables,
  type UpdateSupplierMutationVariables,
} from '../../../gql/graphql';
import { FakeSession, renderFrame, type Me } from '../../../test/render-frame';
import { catalogueRoutes } from '../routes';
import { chris, pageInfo, userError } from '../test-data';

beforeAll(() => {
  // jsdom does not scroll; React Router's scroll restoration asks it to.
  window.scrollTo = () => undefined;
});
afterEach(cleanup);

const supplier: NonNullable<SupplierPageQuery['supplier']> = {
  __typename: 'Supplier',
  id: 'supplier-meridian',
  name: 'Meridian Clinical Systems Ltd',
  companiesHouseNumber: '01234567',
  sme: true,
  website: 'https://meridian.example',
  rowVersion: 3,
  viewerCanEdit: true,
  products: [
    {
      __typename: 'Product',
      id: 'product-1',
      name: 'Meridian EPR',
      category: 'EPR',
      versions: [{ __typename: 'ProductVersion', id: 'v1', version: '4.2' }],
    },
  ],
  awards: [
    {
      __typename: 'LotAward',
      id: 'award-1',
      awardedOn: '2026-07-01',
      lot: {
        __typename: 'Lot',
        id: 'lot-1',
        number: 2,
        title: 'Acute EPR',
        framework: {
          __typename: 'Framework',
          id: 'framework-1',
          reference: 'CDX-2026-001',
          title: 'Electronic Patient Records',
          status: 'PUBLISHED',
        },
      },
    },
  ],
};

const list: SuppliersPageQuery = {
  suppliers: {
    __typename: 'SupplierConnection',
    totalCount: 1,
    pageInfo,
    edges: [
      {
        __typename: 'SupplierEdge',
        node: {
          __typename: 'Supplier',
          id: supplier.id,
          name: supplier.name,
          companiesHouseNumber: supplier.companiesHouseNumber,
          sme: true,
          products: [{ __typename: 'Product', id: 'product-1' }],
          awards: [],
        },
      },
    ],
  },
};

function renderAt(url: string, me: Me | null, mocks: MockLink.MockedResponse[] = []) {
  const session = new FakeSession(me);
  const listRequests: SuppliersPageQueryVariables[] = [];
  const frame = renderFrame({
    url,
    routes: catalogueRoutes,
    mocks: [
      session.viewerMock(),
      {
        request: {
          query: SuppliersPageDocument,
          variables: (variables: SuppliersPageQueryVariables) => {
            listRequests.push(variables);
            return true;
          },
        },
        result: { data: list },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      {
        request: { query: SupplierPageDocument, variables: { id: supplier.id } },
        result: { data: { supplier } },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      ...mocks,
    ],
  });
  return { ...frame, listRequests };
}

describe('the supplier list', () => {
  it('lists suppliers with their numbers and counts, and keeps the filters in the address', async () => {
    const person = userEvent.setup();
    const { router, listRequests } = renderAt('/suppliers?q=meridian', null);
    const link = await screen.findByRole('link', { name: 'Meridian Clinical Systems Ltd' });
    expect(link.getAttribute('href')).toBe('/suppliers/supplier-meridian');
    const row = link.closest('tr') as HTMLElement;
    expect(within(row).getByText('01234567')).toBeTruthy();
    expect(within(row).getByText('SME')).toBeTruthy();
    expect(within(row).getAllByRole('cell')[1]?.className).toContain('nhsuk-table__cell--numeric');
    expect(screen.getByRole('status').textContent).toBe('1 supplier matches “meridian”');
    expect(listRequests[0]).toEqual({ filter: { search: 'meridian' }, first: 25 });

    await person.selectOptions(screen.getByLabelText('Size'), 'SMEs only');
    await person.click(screen.getByRole('button', { name: 'Apply' }));
    expect(router.state.location.search).toBe('?q=meridian&sme=yes');
    await waitFor(() =>
      expect(listRequests.at(-1)).toEqual({ filter: { search: 'meridian', sme: true }, first: 25 }),
    );
  });

  it('offers "Add a supplier" to those the server says may add suppliers, whatever their role', async () => {
    renderAt('/suppliers', chris);
    expect(await screen.findByRole('button', { name: 'Add a supplier' })).toBeTruthy();
    cleanup();
    renderAt('/suppliers', null);
    await screen.findByRole('link', { name: 'Meridian Clinical Systems Ltd' });
    expect(screen.queryByRole('button', { name: 'Add a supplier' })).toBeNull();
    cleanup();
    renderAt('/suppliers', { ...chris, viewerCanCurateCatalogue: false });
    await screen.findByRole('link', { name: 'Meridian Clinical Systems Ltd' });
    expect(screen.queryByRole('button', { name: 'Add a supplier' })).toBeNull();
  });
});

describe('the supplier page', () => {
  it('shows the details, products and lots, linking to the framework by reference', async () => {
    renderAt('/suppliers/supplier-meridian', null);
    await screen.findByRole('heading', { level: 1, name: 'Meridian Clinical Systems Ltd' });
    expect(screen.getByText('Small or medium-sized enterprise (SME)')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Meridian EPR' }).getAttribute('href')).toBe(
      '/products/product-1',
    );
    expect(screen.getByRole('link', { name: 'Electronic Patient Records' }).getAttribute('href')).toBe(
      '/frameworks/CDX-2026-001',
    );
    expect(screen.getByText('Lot 2: Acute EPR')).toBeTruthy();
    expect(screen.getByText('1 Jul 2026')).toBeTruthy();
  });

  it('offers editing and adding a product when the server says the viewer may', async () => {
    renderAt('/suppliers/supplier-meridian', chris);
    await screen.findByRole('heading', { level: 1, name: 'Meridian Clinical Systems Ltd' });
    const edit = screen.getByRole('button', { name: /^Edit details\s*of Meridian Clinical Systems Ltd$/ });
    expect(edit.getAttribute('href')).toBe('/suppliers/supplier-meridian/edit');
    expect(screen.getByRole('button', { name: 'Add a product' }).getAttribute('href')).toBe(
      '/products/new?supplierId=supplier-meridian',
    );
  });
});

describe('adding a supplier', () => {
  it('checks the answers first, with an error summary linking to each field', async () => {
    const person = userEvent.setup();
    renderAt('/suppliers/new', chris);
    await screen.findByRole('heading', { level: 1, name: 'Add a supplier' });
    await person.type(screen.getByLabelText('Companies House number'), '123');
    await person.click(screen.getByRole('button', { name: 'Add supplier' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Enter the supplier’s name', '#name'],
      [
        'Enter a Companies House number of 8 digits, or 2 letters and 6 digits, like 01234567 or SC123456',
        '#companies-house-number',
      ],
      ['Select yes if the supplier is a small or medium-sized enterprise', '#sme'],
    ]);
    expect(document.activeElement?.className).toBe('nhsuk-error-summary');
    expect(document.title).toBe('Error: Add a supplier – Concord');
  });

  it('puts the server’s reason on the field it names, then opens the new supplier with a notice', async () => {
    const person = userEvent.setup();
    const sent: CreateSupplierMutationVariables[] = [];
    let answer: 'conflict' | 'saved' = 'conflict';
    const { router } = renderAt('/suppliers/new', chris, [
      {
        request: {
          query: CreateSupplierDocument,
          variables: (variables: CreateSupplierMutationVariables) => {
            sent.push(variables);
            return true;
          },
        },
        maxUsageCount: Number.POSITIVE_INFINITY,
        result: () => ({
          data: {
            createSupplier: {
              __typename: 'CreateSupplierPayload',
              supplier: answer === 'saved' ? { ...supplier } : null,
              userErrors:
                answer === 'saved'
                  ? []
                  : [
                      userError(
                        ['companiesHouseNumber'],
                        'CONFLICT',
                        'Another supplier already has Companies House number 01234567.',
                      ),
                    ],
            },
          },
        }),
      },
    ]);
    await screen.findByRole('heading', { level: 1, name: 'Add a supplier' });
    await person.type(screen.getByLabelText('Name'), 'Meridian Clinical Systems Ltd');
    await person.type(screen.getByLabelText('Companies House number'), '0123 4567');
    await person.click(screen.getByLabelText('Yes'));
    await person.click(screen.getByRole('button', { name: 'Add supplier' }));

    expect(
      await screen.findByText('Another supplier already has Companies House number 01234567.', {
        selector: '.nhsuk-error-message',
      }),
    ).toBeTruthy();
    expect(sent[0]).toEqual({
      input: {
        name: 'Meridian Clinical Systems Ltd',
        companiesHouseNumber: '01234567',
        sme: true,
        website: null,
      },
    });

    answer = 'saved';
    await person.click(screen.getByRole('button', { name: 'Add supplier' }));
    await screen.findByRole('heading', { level: 1, name: 'Meridian Clinical Systems Ltd' });
    expect(router.state.location.pathname).toBe('/suppliers/supplier-meridian');
    expect(screen.getByText('Meridian Clinical Systems Ltd has been added.')).toBeTruthy();
  });

  it('tells a signed-in user the server does not let add suppliers that they have no access', async () => {
    renderAt('/suppliers/new', { ...chris, viewerCanCurateCatalogue: false });
    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have access' })).toBeTruthy();
  });
});

describe('editing a supplier', () => {
  it('sends the version loaded, and offers a reload when someone else saved first', async () => {
    const person = userEvent.setup();
    const sent: UpdateSupplierMutationVariables[] = [];
    let loads = 0;
    renderAt('/suppliers/supplier-meridian/edit', chris, [
      {
        request: { query: EditSupplierPageDocument, variables: { id: supplier.id } },
        maxUsageCount: Number.POSITIVE_INFINITY,
        result: () => {
          loads += 1;
          // The second load finds the other person's save.
          const saved = loads === 1 ? supplier : { ...supplier, name: 'Meridian Health Ltd', rowVersion: 4 };
          const { products: _products, awards: _awards, ...details } = saved;
          return { data: { supplier: details } };
        },
      },
      {
        request: {
          query: UpdateSupplierDocument,
          variables: (variables: UpdateSupplierMutationVariables) => {
            sent.push(variables);
            return true;
          },
        },
        result: {
          data: {
            updateSupplier: {
              __typename: 'UpdateSupplierPayload',
              supplier: null,
              userErrors: [
                userError(
                  ['expectedRowVersion'],
                  'STALE_VERSION',
                  'This supplier has changed since you loaded it (someone else saved it). Reload to see their changes, then make yours again.',
                ),
              ],
            },
          },
        },
      },
    ]);
    const name = await screen.findByLabelText('Name');
    expect((name as HTMLInputElement).value).toBe('Meridian Clinical Systems Ltd');
    expect((screen.getByLabelText('Yes') as HTMLInputElement).checked).toBe(true);
    await person.clear(screen.getByLabelText('Website (optional)'));
    await person.click(screen.getByRole('button', { name: 'Save changes' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('Someone else has changed this supplier')).toBeTruthy();
    expect(sent[0]?.input).toEqual({
      id: 'supplier-meridian',
      expectedRowVersion: 3,
      name: 'Meridian Clinical Systems Ltd',
      companiesHouseNumber: '01234567',
      sme: true,
      website: null,
    });

    await person.click(within(summary).getByRole('button', { name: 'Reload the supplier' }));
    await waitFor(() =>
      expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Meridian Health Ltd'),
    );
    expect(
      screen.getByText('The form now shows the supplier as it was last saved. Make your changes again.'),
    ).toBeTruthy();
    expect(screen.queryByText('Someone else has changed this supplier')).toBeNull();
  });
});
