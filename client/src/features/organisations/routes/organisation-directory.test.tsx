import { MockedProvider } from '@apollo/client/testing/react';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FormattedExecutionResult } from 'graphql';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { createCache } from '../../../app/apollo';
import {
  OrganisationDirectoryDocument,
  type OrganisationDirectoryQuery,
  type OrganisationDirectoryQueryVariables,
} from '../../../gql/graphql';
import { OrganisationDirectory } from './organisation-directory';

const london = { __typename: 'Region', code: 'Y56', name: 'London' } as const;
const midlands = { __typename: 'Region', code: 'Y60', name: 'Midlands' } as const;

const data: OrganisationDirectoryQuery = {
  organisations: {
    __typename: 'OrganisationConnection',
    totalCount: 1,
    pageInfo: {
      __typename: 'PageInfo',
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: 'a',
      endCursor: 'a',
    },
    edges: [
      {
        __typename: 'OrganisationEdge',
        node: {
          __typename: 'Organisation',
          id: '1',
          odsCode: 'RAL',
          name: 'Royal Free London NHS Foundation Trust',
          kind: 'TRUST',
          trustType: 'NOT_ESTABLISHED',
          isOpen: true,
          region: london,
          icb: { __typename: 'Icb', code: 'Z9B2Z', name: 'NHS West and North London Integrated Care Board' },
        },
      },
    ],
  },
  regions: [london, midlands],
  icbs: [
    { __typename: 'Icb', code: 'QMF', name: 'NHS North East London Integrated Care Board', region: london },
    {
      __typename: 'Icb',
      code: 'QHL',
      name: 'NHS Birmingham and Solihull Integrated Care Board',
      region: midlands,
    },
  ],
};

let requests: OrganisationDirectoryQueryVariables[] = [];
afterEach(() => {
  cleanup();
  requests = [];
});

function renderDirectory(
  url: string,
  result: FormattedExecutionResult<OrganisationDirectoryQuery> = { data },
) {
  const router = createMemoryRouter([{ path: '/organisations', element: <OrganisationDirectory /> }], {
    initialEntries: [url],
  });
  const mocks = [
    {
      request: {
        query: OrganisationDirectoryDocument,
        variables: (variables: OrganisationDirectoryQueryVariables) => {
          requests.push(variables);
          return true;
        },
      },
      result,
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
  ];
  render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <RouterProvider router={router} />
    </MockedProvider>,
  );
  return router;
}

describe('OrganisationDirectory', () => {
  it('shows the count and a row per organisation, linking to its page', async () => {
    renderDirectory('/organisations?q=royal+free');
    const link = await screen.findByRole('link', { name: 'Royal Free London NHS Foundation Trust' });
    expect(link.getAttribute('href')).toBe('/organisations/RAL');
    expect(screen.getByRole('status').textContent).toBe('1 organisation matches “royal free”');
    const row = link.closest('tr');
    expect(row).not.toBeNull();
    expect(within(row as HTMLElement).getByText('Not established')).toBeTruthy();
    expect(requests[0]).toEqual({
      filter: { search: 'royal free' },
      orderBy: { field: 'NAME', direction: 'ASC' },
      first: 25,
    });
  });

  it('keeps the search and drops the page cursor when a filter is applied', async () => {
    const user = userEvent.setup();
    const router = renderDirectory('/organisations?q=royal&after=abc');
    await screen.findByRole('link', { name: 'Royal Free London NHS Foundation Trust' });

    await user.click(screen.getByLabelText('Include closed organisations'));
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    expect(router.state.location.search).toBe('?q=royal&closed=include');
    await screen.findByRole('link', { name: 'Royal Free London NHS Foundation Trust' });
    expect(requests.at(-1)).toEqual({
      filter: { search: 'royal', includeClosed: true },
      orderBy: { field: 'NAME', direction: 'ASC' },
      first: 25,
    });
  });

  it('searches when Enter is pressed in the search box', async () => {
    const user = userEvent.setup();
    const router = renderDirectory('/organisations');
    await screen.findByRole('link', { name: 'Royal Free London NHS Foundation Trust' });

    const searchBox = screen.getByLabelText('Search by name or ODS code');
    await user.type(searchBox, 'royal free{Enter}');

    expect(router.state.location.search).toBe('?q=royal+free');
    // The form is not rebuilt after its own submission, so keyboard users stay where they were.
    expect(document.activeElement).toBe(searchBox);
  });

  it('shows the address again in the form after going back', async () => {
    const user = userEvent.setup();
    const router = renderDirectory('/organisations?q=royal');
    await screen.findByRole('link', { name: 'Royal Free London NHS Foundation Trust' });
    await user.clear(screen.getByLabelText('Search by name or ODS code'));
    await user.type(screen.getByLabelText('Search by name or ODS code'), 'free{Enter}');
    expect(router.state.location.search).toBe('?q=free');

    await act(() => router.navigate(-1));

    expect(router.state.location.search).toBe('?q=royal');
    expect((screen.getByLabelText('Search by name or ODS code') as HTMLInputElement).value).toBe('royal');
  });

  it('lists only the ICBs of the chosen region', async () => {
    const user = userEvent.setup();
    renderDirectory('/organisations');
    await screen.findByRole('link', { name: 'Royal Free London NHS Foundation Trust' });
    const icbNames = () =>
      within(screen.getByLabelText('Integrated care board'))
        .getAllByRole('option')
        .map((option) => option.textContent);

    expect(icbNames()).toHaveLength(3);
    await user.selectOptions(screen.getByLabelText('Region'), 'Midlands');
    expect(icbNames()).toEqual(['All ICBs', 'NHS Birmingham and Solihull Integrated Care Board']);
  });

  it('explains an address it cannot read, without asking the server', async () => {
    renderDirectory('/organisations?first=lots');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The page size “lots” (first) is not a whole number.');
    expect(requests).toEqual([]);
  });

  it("shows the server's message when it refuses the input", async () => {
    const message = 'Argument "first" must be between 0 and 100; got 500.';
    renderDirectory('/organisations?first=500', {
      data: null,
      errors: [{ message, extensions: { code: 'BAD_USER_INPUT', argument: 'first' } }],
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(message);
    expect(requests[0]).toMatchObject({ first: 500 });
    expect(document.title).toBe('Error: Organisations – Concord');
  });
});
