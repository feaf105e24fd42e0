import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  OrganisationPageDocument,
  SignOutDocument,
  SwitchMembershipDocument,
  type OrganisationPageQuery,
  type SwitchMembershipMutationVariables,
} from '../../../gql/graphql';
import {
  complianceAtBirmingham,
  FakeSession,
  procurementAtRoyalFree,
  renderFrame,
  royalFree,
  user,
  type Me,
} from '../../../test/render-frame';
import { OrganisationPage } from '../../organisations/routes/organisation-page';

const priya = user('Priya Procurement', [procurementAtRoyalFree]);
const taylor = user('Taylor Two-Hats', [procurementAtRoyalFree, complianceAtBirmingham]);

const organisation: NonNullable<OrganisationPageQuery['organisation']> = {
  ...royalFree,
  odsCode: 'RAL',
  codeSource: 'ODS',
  kind: 'TRUST',
  trustType: 'ACUTE',
  trustTypeSource: 'PERSON',
  region: { __typename: 'Region', code: 'Y56', name: 'London' },
  icb: null,
  addressLines: [],
  postcode: null,
  phone: null,
  openedOn: null,
  closedOn: null,
  isOpen: true,
};

beforeAll(() => {
  // jsdom does not scroll; React Router's scroll restoration asks it to.
  window.scrollTo = () => undefined;
});
afterEach(cleanup);

function renderAt(url: string, me: Me | null) {
  const session = new FakeSession(me);
  const requests = { organisation: 0, switches: [] as SwitchMembershipMutationVariables[] };
  const frame = renderFrame({
    url,
    routes: [
      { path: '/', element: <h1>Home</h1> },
      { path: '/organisations', element: <h1>Organisations</h1> },
      { path: '/organisations/:odsCode', element: <OrganisationPage /> },
    ],
    mocks: [
      session.viewerMock(),
      {
        request: { query: OrganisationPageDocument, variables: { odsCode: 'RAL' } },
        result: () => {
          requests.organisation += 1;
          return { data: { organisation } };
        },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      {
        request: { query: SignOutDocument },
        result: () => {
          session.me = null;
          return { data: { signOut: { __typename: 'SignOutPayload', signedOut: true } } };
        },
      },
      {
        request: {
          query: SwitchMembershipDocument,
          variables: (variables: SwitchMembershipMutationVariables) => {
            requests.switches.push(variables);
            return true;
          },
        },
        result: () => {
          session.me = user('Taylor Two-Hats', taylor.memberships, complianceAtBirmingham);
          return {
            data: {
              switchMembership: { __typename: 'SwitchMembershipPayload', me: session.me, userErrors: [] },
            },
          };
        },
      },
    ],
  });
  return { ...frame, requests };
}

const account = () => screen.getByRole('navigation', { name: 'Account' });

describe('the header account area', () => {
  it('offers a visitor a way to sign in and come back to the same page', async () => {
    renderAt('/organisations?q=royal', null);
    const link = await screen.findByRole('link', { name: 'Sign in' });
    expect(link.getAttribute('href')).toBe('/sign-in?returnTo=%2Forganisations%3Fq%3Droyal');
    expect(link.className).toBe('nhsuk-header__account-link');
  });

  it('shows who is signed in, where and as what, with no switcher for a single membership', async () => {
    renderAt('/', priya);
    await screen.findByText('Priya Procurement');
    expect(
      within(account()).getByText('Royal Free London NHS Foundation Trust · Trust procurement'),
    ).toBeTruthy();
    expect(within(account()).queryByLabelText('Switch to')).toBeNull();
    expect(within(account()).getByRole('button', { name: 'Sign out' })).toBeTruthy();
  });

  it('switches membership with the keyboard, and fetches the page again for the new one', async () => {
    const person = userEvent.setup();
    const { requests } = renderAt('/organisations/RAL', taylor);
    await screen.findByRole('heading', { level: 1, name: 'Royal Free London NHS Foundation Trust' });
    await screen.findByText('Taylor Two-Hats');
    expect(requests.organisation).toBe(1);

    const select = within(account()).getByLabelText('Switch to');
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['University Hospitals Birmingham NHS Foundation Trust · Trust compliance']);
    select.focus();
    await person.tab();
    expect(document.activeElement).toBe(within(account()).getByRole('button', { name: 'Switch' }));
    await person.keyboard('{Enter}');

    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toContain(
      'Switched to University Hospitals Birmingham NHS Foundation Trust · Trust compliance.',
    );
    // The frame moves focus to the notice after it renders: wait for it rather than race it.
    await waitFor(() => expect(document.activeElement).toBe(notice));
    expect(requests.switches).toEqual([{ input: { membershipId: 'membership-2' } }]);
    expect(
      within(account()).getByText('University Hospitals Birmingham NHS Foundation Trust · Trust compliance'),
    ).toBeTruthy();
    await screen.findByRole('heading', { level: 1, name: 'Royal Free London NHS Foundation Trust' });
    expect(requests.organisation).toBe(2);
  });

  it('signs out to the home page with a notice, keeping nothing fetched while signed in', async () => {
    const person = userEvent.setup();
    const { router, cache } = renderAt('/organisations/RAL', priya);
    await screen.findByRole('heading', { level: 1, name: 'Royal Free London NHS Foundation Trust' });
    await screen.findByText('Priya Procurement');

    await person.click(within(account()).getByRole('button', { name: 'Sign out' }));

    await screen.findByRole('heading', { level: 1, name: 'Home' });
    expect(router.state.location.pathname).toBe('/');
    expect((await screen.findByRole('alert')).textContent).toContain('You have signed out.');
    await within(account()).findByRole('link', { name: 'Sign in' });
    expect(screen.queryByText('Priya Procurement')).toBeNull();
    // The store is reset once the home page shows (nothing there is fetched again as a visitor):
    // wait for it rather than race it.
    await waitFor(() => {
      const cached = Object.keys(cache.extract());
      expect(cached.filter((key) => /^(Organisation|User|Membership):/.test(key))).toEqual([]);
    });
  });

  it('drops the notice once the person moves on', async () => {
    const person = userEvent.setup();
    const { router } = renderAt('/organisations/RAL', priya);
    await screen.findByText('Priya Procurement');
    await person.click(within(account()).getByRole('button', { name: 'Sign out' }));
    await screen.findByRole('alert');

    await router.navigate('/organisations');
    await screen.findByRole('heading', { level: 1, name: 'Organisations' });
    expect(screen.queryByRole('alert')).toBeNull();
    await router.navigate('/');
    await screen.findByRole('heading', { level: 1, name: 'Home' });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
