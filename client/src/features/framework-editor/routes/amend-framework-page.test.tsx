import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parse } from 'graphql';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  AmendFrameworkDocument,
  AmendFrameworkPageDocument,
  type AmendFrameworkMutationVariables,
  type AmendFrameworkPageQuery,
} from '../../../gql/graphql';
import { todayInEngland } from '../../../shared/forms/dates';
import { FakeSession, renderFrame } from '../../../test/render-frame';
import { chris, draftFramework, nhsEngland } from '../test-fixtures';
import { AmendFrameworkPage } from './amend-framework-page';

let amendments: AmendFrameworkMutationVariables[] = [];

beforeAll(() => {
  window.scrollTo = () => undefined;
});

afterEach(() => {
  cleanup();
  amendments = [];
});

const page: AmendFrameworkPageQuery = {
  framework: {
    ...draftFramework,
    // In force from long ago until well after today, whenever the test runs.
    startDate: '2020-01-01',
    endDate: '2099-12-31',
    status: 'PUBLISHED',
    viewerCanAmend: true,
    owner: nhsEngland,
    lots: draftFramework.lots.map((lot) => ({
      ...lot,
      awards: lot.awards.map((award) => ({
        ...award,
        prices: award.prices.map((price) => ({ ...price, validFrom: '2020-01-01' })),
      })),
    })),
  },
  me: { __typename: 'Me', user: chris.user },
};

function renderAmend() {
  const session = new FakeSession(chris);
  return renderFrame({
    url: '/frameworks/CDX-2027-010/amend',
    routes: [
      { path: '/frameworks/:reference/amend', element: <AmendFrameworkPage /> },
      { path: '/frameworks/:reference', element: <h1>Framework page</h1> },
    ],
    mocks: [
      session.viewerMock(),
      {
        request: { query: AmendFrameworkPageDocument, variables: { reference: 'CDX-2027-010' } },
        result: { data: page },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      {
        request: {
          query: AmendFrameworkDocument,
          variables: (variables: AmendFrameworkMutationVariables) => {
            amendments.push(variables);
            return true;
          },
        },
        result: {
          data: {
            amendFramework: {
              __typename: 'AmendFrameworkPayload',
              framework: {
                __typename: 'Framework',
                id: 'fw-1',
                reference: 'CDX-2027-010',
                status: 'PUBLISHED',
                rowVersion: 4,
                endDate: '2099-12-31',
                updatedAt: '2026-11-23T12:00:00Z',
                viewerCanEdit: false,
                viewerCanAmend: true,
              },
              userErrors: [],
            },
          },
        },
      },
    ],
  });
}

async function typeDate(
  person: ReturnType<typeof userEvent.setup>,
  legend: string,
  [day, month, year]: string[],
) {
  const group = screen.getByRole('group', { name: legend });
  for (const [label, value] of [
    ['Day', day],
    ['Month', month],
    ['Year', year],
  ] as const) {
    const box = within(group).getByLabelText(label);
    await person.clear(box);
    if (value) await person.type(box, value);
  }
}

describe('AmendFrameworkPage', () => {
  it('asks what to change and why; an extension must end later than now', async () => {
    renderAmend();
    const person = userEvent.setup();
    await screen.findByRole('heading', { name: 'Amend Clinical systems' });
    await person.click(screen.getByRole('button', { name: 'Record amendment' }));
    expect(
      within(screen.getByRole('alert'))
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Choose what kind of change to make', 'Say why the change is made']);

    await person.click(screen.getByLabelText('Extend the end date'));
    await typeDate(person, 'New end date', ['1', '1', '2099']);
    await person.type(screen.getByLabelText('Why is the change made?'), 'More time');
    await person.click(screen.getByRole('button', { name: 'Record amendment' }));
    expect(within(screen.getByRole('alert')).getByRole('link').textContent).toBe(
      'The new end date must be after the current one, 31 Dec 2099',
    );
    expect(amendments).toEqual([]);
  });

  it('changes a price from today with new bands and opens the framework page with a notice', async () => {
    const { router, cache } = renderAmend();
    const person = userEvent.setup();
    await screen.findByRole('heading', { name: 'Amend Clinical systems' });
    // What the product's page showed before: its version's prices change with the amendment.
    cache.writeFragment({
      id: 'ProductVersion:pv-ember-6',
      fragment: parse('fragment Prices on ProductVersion { id cataloguePrices { id } }'),
      data: {
        __typename: 'ProductVersion',
        id: 'pv-ember-6',
        cataloguePrices: [{ __typename: 'CataloguePrice', id: 'price-1' }],
      },
    });
    await person.click(screen.getByLabelText('Change a price'));
    await person.selectOptions(screen.getByLabelText('Price to change'), 'price-1');
    // The new terms start from the current ones.
    const secondBandPrice = screen.getByLabelText('Band 2: unit price in pounds') as HTMLInputElement;
    expect(secondBandPrice.value).toBe('1920.00');
    await person.clear(secondBandPrice);
    await person.type(secondBandPrice, '1850');
    await person.type(screen.getByLabelText('Why is the change made?'), 'Annual review');
    await person.click(screen.getByRole('button', { name: 'Record amendment' }));

    await screen.findByRole('heading', { name: 'Framework page' });
    expect(router.state.location.pathname).toBe('/frameworks/CDX-2027-010');
    expect(screen.getByRole('alert').textContent).toContain(
      'The amendment to CDX-2027-010 has been recorded.',
    );
    expect(amendments).toEqual([
      {
        input: {
          id: 'fw-1',
          expectedRowVersion: 3,
          reason: 'Annual review',
          effectiveFrom: todayInEngland(),
          changePrice: {
            priceId: 'price-1',
            ceilingUnitPrice: '2045.00',
            tiers: [
              { from: 1, to: 250, unitPrice: '2045.00' },
              { from: 251, to: null, unitPrice: '1850' },
            ],
            tierCalculation: 'CUMULATIVE',
          },
        },
      },
    ]);
    // Fetched again when the product's page is next shown.
    expect(cache.extract()['ProductVersion:pv-ember-6']).not.toHaveProperty('cataloguePrices');
  });
});
