import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FormattedExecutionResult } from 'graphql';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  FrameworkCatalogueDocument,
  type FrameworkCatalogueQuery,
  type FrameworkCatalogueQueryVariables,
} from '../../../gql/graphql';
import { FakeSession, renderFrame, user, type Me } from '../../../test/render-frame';
import { frameworksRoutes } from '../routes';

beforeAll(() => {
  // jsdom does not scroll; React Router's scroll restoration asks it to.
  window.scrollTo = () => undefined;
});

let requests: FrameworkCatalogueQueryVariables[] = [];
afterEach(() => {
  cleanup();
  requests = [];
});

const nhsEngland = {
  __typename: 'Organisation',
  id: 'org-x24',
  odsCode: 'X24',
  name: 'NHS England',
} as const;
const ccs = {
  __typename: 'Organisation',
  id: 'org-ccs',
  odsCode: 'CC-CCS',
  name: 'Crown Commercial Service',
} as const;

/** Someone the server says may create frameworks (a central commercial user). */
const creator: Me = {
  ...user('Chris Commercial', [
    {
      __typename: 'Membership',
      id: 'membership-9',
      role: 'CENTRAL_COMMERCIAL',
      organisation: { __typename: 'Organisation', id: nhsEngland.id, name: nhsEngland.name },
      supplier: null,
    },
  ]),
  viewerCanCreateFrameworks: true,
};

function answer(total = 1): FrameworkCatalogueQuery {
  return {
    frameworks: {
      __typename: 'FrameworkConnection',
      totalCount: total,
      pageInfo: {
        __typename: 'PageInfo',
        hasNextPage: false,
        hasPreviousPage: false,
        startCursor: 'a',
        endCursor: 'a',
      },
      edges:
        total === 0
          ? []
          : [
              {
                __typename: 'FrameworkEdge',
                node: {
                  __typename: 'Framework',
                  id: 'framework-1',
                  reference: 'CDX-2026-001',
                  title: 'Clinical Digital Systems 2',
                  status: 'PUBLISHED',
                  startDate: '2026-01-05',
                  endDate: '2029-12-31',
                  owner: nhsEngland,
                  lots: [
                    { __typename: 'Lot', id: 'lot-2', category: 'PAS' },
                    { __typename: 'Lot', id: 'lot-1', category: 'EPR' },
                    { __typename: 'Lot', id: 'lot-3', category: 'EPR' },
                  ],
                },
              },
            ],
    },
    centralBodies: {
      __typename: 'OrganisationConnection',
      edges: [
        { __typename: 'OrganisationEdge', node: ccs },
        { __typename: 'OrganisationEdge', node: nhsEngland },
      ],
    },
  };
}

function renderCatalogue(
  url: string,
  result: FormattedExecutionResult<FrameworkCatalogueQuery> = { data: answer() },
  me: Me | null = null,
) {
  return renderFrame({
    url,
    routes: [...frameworksRoutes, { path: '/frameworks/new', element: <h1>Create a framework</h1> }],
    mocks: [
      new FakeSession(me).viewerMock(),
      {
        request: {
          query: FrameworkCatalogueDocument,
          variables: (variables: FrameworkCatalogueQueryVariables) => {
            requests.push(variables);
            return true;
          },
        },
        result,
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
    ],
  });
}

describe('FrameworkCatalogue', () => {
  it('lists frameworks with their reference, owner, status, dates and lot categories', async () => {
    renderCatalogue('/frameworks');
    const link = await screen.findByRole('link', { name: 'Clinical Digital Systems 2' });
    expect(link.getAttribute('href')).toBe('/frameworks/CDX-2026-001');
    const row = link.closest('tr') as HTMLElement;
    for (const text of [
      'CDX-2026-001',
      'NHS England',
      'Published',
      '5 Jan 2026',
      '31 Dec 2029',
      'EPR, PAS',
    ]) {
      expect(within(row).getByText(text)).toBeTruthy();
    }
    expect(screen.getByRole('status').textContent).toBe('1 published framework');
    expect(requests[0]).toEqual({ filter: {}, orderBy: { field: 'TITLE', direction: 'ASC' }, first: 25 });
    expect(screen.queryByRole('button', { name: 'Create a framework' })).toBeNull();
  });

  it('searches by reference from the search box, keeping the rest of the view in the address', async () => {
    const person = userEvent.setup();
    const { router } = renderCatalogue('/frameworks?sort=end');
    await screen.findByRole('link', { name: 'Clinical Digital Systems 2' });

    await person.type(
      screen.getByLabelText('Search by reference, title or description'),
      'CDX-2026-001{Enter}',
    );

    expect(router.state.location.search).toBe('?q=CDX-2026-001&sort=end');
    expect(
      await screen.findByText('1 published framework matches “CDX-2026-001”', {
        selector: '[role="status"]',
      }),
    ).toBeTruthy();
    expect(requests.at(-1)).toEqual({
      filter: { search: 'CDX-2026-001' },
      orderBy: { field: 'END_DATE', direction: 'ASC' },
      first: 25,
    });
  });

  it('filters by category, status and owner', async () => {
    const person = userEvent.setup();
    const { router } = renderCatalogue('/frameworks');
    await screen.findByRole('link', { name: 'Clinical Digital Systems 2' });

    await person.click(screen.getByText('Filter and sort'));
    await person.click(screen.getByLabelText('Electronic patient record (EPR)'));
    await person.click(screen.getByLabelText('Expired'));
    await person.selectOptions(screen.getByLabelText('Owner'), 'NHS England');
    await person.click(screen.getByRole('button', { name: 'Apply filters' }));

    expect(router.state.location.search).toBe('?category=epr&status=published&status=expired&owner=X24');
    await screen.findByRole('link', { name: 'Clinical Digital Systems 2' });
    expect(requests.at(-1)).toEqual({
      filter: { categories: ['EPR'], statuses: ['PUBLISHED', 'EXPIRED'], ownerOdsCodes: ['X24'] },
      orderBy: { field: 'TITLE', direction: 'ASC' },
      first: 25,
    });
    // Drafts are only for their owners' central teams.
    expect(screen.queryByLabelText('Draft')).toBeNull();
  });

  it('offers central commercial users a framework of their own, and their drafts', async () => {
    renderCatalogue('/frameworks', { data: answer() }, creator);
    const create = await screen.findByRole('button', { name: 'Create a framework' });
    expect(create.getAttribute('href')).toBe('/frameworks/new');
    expect(screen.getByLabelText('Draft')).toBeTruthy();
  });

  it('suggests wider searches when nothing matches', async () => {
    renderCatalogue('/frameworks?q=zzz', { data: answer(0) });
    expect(await screen.findByRole('heading', { name: 'No frameworks match “zzz”' })).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'include expired and withdrawn frameworks' }).getAttribute('href'),
    ).toBe('/frameworks?q=zzz&status=published&status=expired&status=withdrawn');
  });

  it('explains an address it cannot read, without asking the server', async () => {
    renderCatalogue('/frameworks?status=live&sort=price');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      '“live” is not a framework status. Use published, expired, withdrawn, draft.',
    );
    expect(alert.textContent).toContain('“price” is not a sort order.');
    expect(requests).toEqual([]);
    expect(document.title).toBe('Error: Frameworks – Concord');
  });

  it('offers to try again when the service fails', async () => {
    renderCatalogue('/frameworks', {
      errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
    expect(
      await screen.findByRole('heading', { name: 'Sorry, there is a problem with the service' }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
