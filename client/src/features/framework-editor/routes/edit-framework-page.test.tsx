import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parse } from 'graphql';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  EditFrameworkPageDocument,
  FrameworkEditorSupplierProductsDocument,
  PublishFrameworkDocument,
  UpdateFrameworkDocument,
  type EditFrameworkPageQuery,
  type PublishFrameworkMutationVariables,
  type UpdateFrameworkMutation,
  type UpdateFrameworkMutationVariables,
} from '../../../gql/graphql';
import { FakeSession, renderFrame } from '../../../test/render-frame';
import { chris, draftFramework, editPageData, soldThrough } from '../test-fixtures';
import { EditFrameworkPage } from './edit-framework-page';

let updates: UpdateFrameworkMutationVariables[] = [];
let publishes: PublishFrameworkMutationVariables[] = [];

beforeAll(() => {
  window.scrollTo = () => undefined;
});

afterEach(() => {
  cleanup();
  updates = [];
  publishes = [];
});

type UserErrors = UpdateFrameworkMutation['updateFramework']['userErrors'];

function renderEditor({
  page = editPageData(),
  refuse = [],
}: {
  page?: EditFrameworkPageQuery;
  /** What the server says to a save; empty to accept it. */
  refuse?: UserErrors;
} = {}) {
  const session = new FakeSession(chris);
  const saved = { ...draftFramework, rowVersion: 4 };
  return renderFrame({
    url: '/frameworks/CDX-2027-010/edit',
    routes: [
      { path: '/frameworks/:reference/edit', element: <EditFrameworkPage /> },
      { path: '/frameworks/:reference', element: <h1>Framework page</h1> },
    ],
    mocks: [
      session.viewerMock(),
      {
        request: { query: EditFrameworkPageDocument, variables: { reference: 'CDX-2027-010' } },
        result: { data: page },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      {
        request: { query: FrameworkEditorSupplierProductsDocument, variables: { id: 'sup-brightwater' } },
        result: {
          data: {
            supplier: {
              __typename: 'Supplier',
              id: 'sup-brightwater',
              name: 'Brightwater Ltd',
              products: [
                {
                  __typename: 'Product',
                  id: 'product-ember',
                  name: 'Ember EPR',
                  category: 'EPR',
                  versions: [{ __typename: 'ProductVersion', id: 'pv-ember-6', version: '6.0' }],
                },
              ],
            },
          },
        },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      {
        request: {
          query: UpdateFrameworkDocument,
          variables: (variables: UpdateFrameworkMutationVariables) => {
            updates.push(variables);
            return true;
          },
        },
        maxUsageCount: Number.POSITIVE_INFINITY,
        result: (): { data: UpdateFrameworkMutation } => ({
          data: {
            updateFramework: {
              __typename: 'UpdateFrameworkPayload',
              framework:
                refuse.length === 0
                  ? {
                      ...saved,
                      status: 'DRAFT',
                      updatedAt: '2026-11-23T11:00:00Z',
                      viewerCanEdit: true,
                      viewerCanAmend: false,
                      lots: saved.lots.map((lot) => ({
                        ...lot,
                        awards: lot.awards.map((award) => ({
                          ...award,
                          pricesInForce: award.prices.map(({ __typename, id }) => ({ __typename, id })),
                        })),
                      })),
                    }
                  : null,
              userErrors: refuse,
            },
          },
        }),
      },
      {
        request: {
          query: PublishFrameworkDocument,
          variables: (variables: PublishFrameworkMutationVariables) => {
            publishes.push(variables);
            return true;
          },
        },
        result: {
          data: {
            publishFramework: {
              __typename: 'PublishFrameworkPayload',
              framework: {
                __typename: 'Framework',
                id: 'fw-1',
                reference: 'CDX-2027-010',
                status: 'PUBLISHED',
                rowVersion: 5,
                publishedAt: '2026-11-23T11:05:00Z',
                updatedAt: '2026-11-23T11:05:00Z',
                ocdsUrl: '/ocds/frameworks/CDX-2027-010.json',
                viewerCanEdit: false,
                viewerCanAmend: true,
                lots: soldThrough,
              },
              userErrors: [],
            },
          },
        },
      },
    ],
  });
}

const band2 = 'fe-lots-l1-awards-l1a1-prices-l1a1p1-tiers-l1a1p1t2';

async function openPrice() {
  const person = userEvent.setup();
  await screen.findByRole('heading', { name: 'Edit CDX-2027-010' });
  await person.click(screen.getByRole('button', { name: 'Change price 1' }));
  return person;
}

describe('EditFrameworkPage', () => {
  it('shows the whole draft: details, lots, suppliers and a summary of each price', async () => {
    renderEditor();
    await screen.findByRole('heading', { name: 'Edit CDX-2027-010' });
    expect((screen.getByLabelText('Reference') as HTMLInputElement).value).toBe('CDX-2027-010');
    expect(screen.getByRole('heading', { name: 'Lot 1: Electronic patient records' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Brightwater Ltd' })).toBeTruthy();
    expect(
      screen.getByText('£2,045.00 per bed per year · 2 volume bands, cumulative · from 1 Apr 2027'),
    ).toBeTruthy();
    expect(screen.getByText('Required standards (1 chosen)')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('All changes are saved.');
  });

  it('points out overlapping bands and a zero price inline and in the summary, without asking the server', async () => {
    renderEditor();
    const person = await openPrice();
    const from = document.getElementById(`${band2}-from`) as HTMLInputElement;
    const price = document.getElementById(`${band2}-unitPrice`) as HTMLInputElement;
    await person.clear(from);
    await person.type(from, '200');
    await person.clear(price);
    await person.type(price, '0');
    // Leaving a field with a wrong value says so at once.
    await person.tab();
    expect(document.getElementById(`${band2}-unitPrice-error`)?.textContent).toBe(
      'Error: The price must be more than £0',
    );

    await person.click(screen.getByRole('button', { name: 'Save draft' }));
    const summary = screen.getByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      [
        'Lot 1, Brightwater Ltd, price 1 (Ember EPR 6.0), band 2: This band overlaps the one before (which ends at 250)',
        `#${band2}-from`,
      ],
      [
        'Lot 1, Brightwater Ltd, price 1 (Ember EPR 6.0), band 2: The price must be more than £0',
        `#${band2}-unitPrice`,
      ],
    ]);
    expect(from.className).toContain('nhsuk-input--error');
    await person.click(within(summary).getAllByRole('link')[0] as HTMLElement);
    expect(document.activeElement).toBe(from);
    expect(updates).toEqual([]);

    // Fixing the band takes its message away at once.
    await person.clear(from);
    await person.type(from, '251');
    expect(document.getElementById(`${band2}-from-error`)).toBeNull();
  });

  it('fills in where the next band starts and keeps the ceiling at the first band’s price', async () => {
    renderEditor();
    const person = await openPrice();
    const firstEnd = document.getElementById(
      'fe-lots-l1-awards-l1a1-prices-l1a1p1-tiers-l1a1p1t1-to',
    ) as HTMLInputElement;
    await person.clear(firstEnd);
    await person.type(firstEnd, '300');
    expect((document.getElementById(`${band2}-from`) as HTMLInputElement).value).toBe('301');
    const firstPrice = document.getElementById(
      'fe-lots-l1-awards-l1a1-prices-l1a1p1-tiers-l1a1p1t1-unitPrice',
    ) as HTMLInputElement;
    await person.clear(firstPrice);
    await person.type(firstPrice, '1999.5');
    expect(screen.getByText('£1,999.50')).toBeTruthy();

    await person.click(screen.getByRole('button', { name: 'Save draft' }));
    await screen.findByText('Draft CDX-2027-010 has been saved.');
    const price = updates[0]?.input.lots?.[0]?.awards?.[0]?.prices[0];
    expect(price).toMatchObject({
      id: 'price-1',
      ceilingUnitPrice: '1999.5',
      tiers: [
        { from: 1, to: 300, unitPrice: '1999.5' },
        { from: 301, to: null, unitPrice: '1920.00' },
      ],
      tierCalculation: 'CUMULATIVE',
    });
    expect(updates[0]?.input).toMatchObject({ id: 'fw-1', expectedRowVersion: 3, reference: 'CDX-2027-010' });
  });

  it("puts the server's messages on the nested field they name, opening the price", async () => {
    const message = 'This band overlaps the one before (which ends at 250).';
    renderEditor({
      refuse: [
        {
          __typename: 'UserError',
          code: 'INVALID',
          field: ['lots', '0', 'awards', '0', 'prices', '0', 'tiers', '1', 'from'],
          message,
        },
      ],
    });
    const person = userEvent.setup();
    await screen.findByRole('heading', { name: 'Edit CDX-2027-010' });
    await person.click(screen.getByRole('button', { name: 'Save draft' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getByRole('link', { name: `Lot 1, Brightwater Ltd, price 1 (Ember EPR 6.0), band 2: ${message}` })
        .getAttribute('href'),
    ).toBe(`#${band2}-from`);
    // The price was shown as a summary; it opens so the message is next to its field.
    expect(document.getElementById(`${band2}-from-error`)?.textContent).toBe(`Error: ${message}`);
  });

  it('says clearly when someone else saved the draft first, keeping what was typed', async () => {
    renderEditor({
      refuse: [
        {
          __typename: 'UserError',
          code: 'STALE_VERSION',
          field: ['expectedRowVersion'],
          message: 'This framework has changed since you loaded it.',
        },
      ],
    });
    const person = userEvent.setup();
    await screen.findByRole('heading', { name: 'Edit CDX-2027-010' });
    const title = screen.getByLabelText('Title', { selector: '#fe-title' }) as HTMLInputElement;
    await person.clear(title);
    await person.type(title, 'My new title');
    await person.click(screen.getByRole('button', { name: 'Save draft' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading').textContent).toBe('This draft has changed since you loaded it');
    expect(within(alert).getByRole('button', { name: 'Reload the saved draft' })).toBeTruthy();
    expect(title.value).toBe('My new title');
    expect(screen.getByRole('status').textContent).toBe('You have changes that are not saved yet.');
  });

  it('will not publish without a price for every supplier', async () => {
    const page = editPageData();
    const lot = page.framework?.lots[0];
    const award = lot?.awards[0];
    if (!page.framework || !lot || !award) throw new Error('fixture');
    renderEditor({
      page: {
        ...page,
        framework: { ...page.framework, lots: [{ ...lot, awards: [{ ...award, prices: [] }] }] },
      },
    });
    const person = userEvent.setup();
    await screen.findByRole('heading', { name: 'Edit CDX-2027-010' });
    await person.click(screen.getByRole('button', { name: 'Publish framework' }));
    expect(within(screen.getByRole('alert')).getByRole('link').textContent).toBe(
      'Lot 1, Brightwater Ltd: Add at least one price for this supplier before publishing',
    );
    expect(publishes).toEqual([]);
  });

  it('publishes after a confirmation and opens the framework page with a notice', async () => {
    const { router, cache } = renderEditor();
    const person = userEvent.setup();
    await screen.findByRole('heading', { name: 'Edit CDX-2027-010' });
    // What the supplier's and the product's pages showed before: no longer true once published.
    cache.writeFragment({
      id: 'Supplier:sup-brightwater',
      fragment: parse('fragment Lots on Supplier { id awards { id } }'),
      data: { __typename: 'Supplier', id: 'sup-brightwater', awards: [] },
    });
    cache.writeFragment({
      id: 'ProductVersion:pv-ember-6',
      fragment: parse('fragment Prices on ProductVersion { id cataloguePrices { id } }'),
      data: { __typename: 'ProductVersion', id: 'pv-ember-6', cataloguePrices: [] },
    });
    await person.click(screen.getByRole('button', { name: 'Publish framework' }));
    const confirm = screen.getByRole('group', { name: 'Publish CDX-2027-010?' });
    expect(confirm.textContent).toContain('Once published it changes only through recorded amendments');
    await person.click(within(confirm).getByRole('button', { name: 'Yes, publish CDX-2027-010' }));

    await screen.findByRole('heading', { name: 'Framework page' });
    expect(router.state.location.pathname).toBe('/frameworks/CDX-2027-010');
    expect(screen.getByRole('alert').textContent).toContain('CDX-2027-010 has been published.');
    // Nothing had changed, so nothing was saved first.
    expect(updates).toEqual([]);
    expect(publishes).toEqual([{ input: { id: 'fw-1', expectedRowVersion: 3 } }]);
    // Fetched again when those pages are next shown.
    expect(cache.extract()['Supplier:sup-brightwater']).not.toHaveProperty('awards');
    expect(cache.extract()['ProductVersion:pv-ember-6']).not.toHaveProperty('cataloguePrices');
  });

  it('tells the owner a published framework changes only through amendments', async () => {
    renderEditor({ page: editPageData({ status: 'PUBLISHED', viewerCanEdit: false, viewerCanAmend: true }) });
    await screen.findByRole('heading', { name: 'CDX-2027-010 is published' });
    expect(screen.getByRole('link', { name: 'Amend CDX-2027-010' }).getAttribute('href')).toBe(
      '/frameworks/CDX-2027-010/amend',
    );
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Save draft' })).toBeNull());
  });
});
