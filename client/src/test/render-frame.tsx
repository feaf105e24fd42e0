import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import { createMemoryRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createCache } from '../app/apollo';
import { Layout } from '../app/layout';
import { ViewerDocument, type ViewerQuery } from '../gql/graphql';
import { NoticeProvider } from '../shared/notices/notices';

export type Me = NonNullable<ViewerQuery['me']>;

/** Test data: the Royal Free and a user who works there, in the shape the header asks for. */
export const royalFree = {
  __typename: 'Organisation',
  id: 'org-ral',
  name: 'Royal Free London NHS Foundation Trust',
} as const;
export const birmingham = {
  __typename: 'Organisation',
  id: 'org-rrk',
  name: 'University Hospitals Birmingham NHS Foundation Trust',
} as const;

export const procurementAtRoyalFree = {
  __typename: 'Membership',
  id: 'membership-1',
  role: 'TRUST_PROCUREMENT',
  organisation: royalFree,
  supplier: null,
} as const;
export const complianceAtBirmingham = {
  __typename: 'Membership',
  id: 'membership-2',
  role: 'TRUST_COMPLIANCE',
  organisation: birmingham,
  supplier: null,
} as const;

/** A user acting in `active`, with the contract, comparison and compliance rights the server gives its role. */
export function user(name: string, memberships: Me['memberships'], active = memberships[0] ?? null): Me {
  const role = active?.role;
  return {
    __typename: 'Me',
    user: { __typename: 'User', id: `user-${name}`, name },
    activeMembership: active,
    memberships,
    viewerCanManageUsers: false,
    viewerCanReadAuditTrail: false,
    viewerCanCreateFrameworks: false,
    viewerCanCurateCatalogue: false,
    viewerCanAddProducts: false,
    viewerCanReadContracts:
      role === 'TRUST_PROCUREMENT' || role === 'TRUST_COMPLIANCE' || role === 'CENTRAL_COMMERCIAL',
    viewerCanRecordContracts: role === 'TRUST_PROCUREMENT' || role === 'CENTRAL_COMMERCIAL',
    viewerCanComparePrices: role === 'TRUST_PROCUREMENT' || role === 'CENTRAL_COMMERCIAL',
    viewerCanDeclareCompliance: role === 'TRUST_COMPLIANCE' || role === 'SUPPLIER',
    viewerCanVerifyDeclarations: role === 'CENTRAL_COMMERCIAL',
  };
}

/** A central commercial user at NHS England, with the rights the server gives that role. */
export const nhsEngland = { __typename: 'Organisation', id: 'org-x24', name: 'NHS England' } as const;
export const centralAtNhsEngland = {
  __typename: 'Membership',
  id: 'membership-central',
  role: 'CENTRAL_COMMERCIAL',
  organisation: nhsEngland,
  supplier: null,
} as const;
export const chris: Me = {
  ...user('Chris Commercial', [centralAtNhsEngland]),
  viewerCanCreateFrameworks: true,
  viewerCanCurateCatalogue: true,
  viewerCanAddProducts: true,
};

/**
 * Who the fake server thinks is signed in. The Viewer query answers with it every time it is
 * asked; mocks of mutations change it, as the session cookie would.
 */
export class FakeSession {
  constructor(public me: Me | null = null) {}

  viewerMock(): MockLink.MockedResponse<ViewerQuery> {
    return {
      request: { query: ViewerDocument },
      result: () => ({ data: { me: this.me } }),
      maxUsageCount: Number.POSITIVE_INFINITY,
    };
  }
}

/** The page frame (header, notices, focus) around `routes`, at `url`, with a fake server. */
export function renderFrame({
  url,
  routes,
  mocks,
}: {
  url: string;
  routes: RouteObject[];
  mocks: MockLink.MockedResponse[];
}) {
  const router = createMemoryRouter([{ element: <Layout />, children: routes }], { initialEntries: [url] });
  const cache = createCache();
  render(
    <MockedProvider mocks={mocks} cache={cache}>
      <NoticeProvider>
        <RouterProvider router={router} />
      </NoticeProvider>
    </MockedProvider>,
  );
  return { router, cache };
}
