import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ContractRegisterDocument,
  type ContractRegisterQuery,
  type ContractRegisterQueryVariables,
} from '../../../gql/graphql';
import { addMonths, todayInEngland } from '../../../shared/forms/dates';
import {
  chris,
  complianceAtBirmingham,
  FakeSession,
  renderFrame,
  user,
  type Me,
} from '../../../test/render-frame';
import { contractsRoutes } from '../routes';
import { priya, registerAnswer } from '../test-fixtures';

beforeAll(() => {
  // jsdom does not scroll; React Router's scroll restoration asks it to.
  window.scrollTo = () => undefined;
});

let requests: ContractRegisterQueryVariables[] = [];
afterEach(() => {
  cleanup();
  requests = [];
});

function renderRegister(
  url: string,
  me: Me | null = priya,
  answer: ContractRegisterQuery = registerAnswer(),
) {
  return renderFrame({
    url,
    routes: contractsRoutes,
    mocks: [
      new FakeSession(me).viewerMock(),
      {
        request: {
          query: ContractRegisterDocument,
          variables: (variables: ContractRegisterQueryVariables) => {
            requests.push(variables);
            return true;
          },
        },
        result: { data: answer },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
    ],
  });
}

describe('ContractRegister', () => {
  it('lists the trust’s contracts with their supplier, status, end, value, cost a year and a ceiling flag', async () => {
    renderRegister('/contracts');
    const link = await screen.findByRole('link', { name: 'RAL-2026-001' });
    expect(link.getAttribute('href')).toBe('/contracts/contract-1');
    const row = link.closest('tr') as HTMLElement;
    for (const text of [
      'Sentinel EPR',
      'Brightwater Clinical Informatics UK Ltd',
      'Active',
      '31 Mar 2029',
      '£1,500,000.00',
      '£690,000.00',
      'Above ceiling',
    ]) {
      expect(within(row).getByText(text)).toBeTruthy();
    }
    expect(screen.getByRole('status').textContent).toBe('1 contract');
    expect(requests[0]).toEqual({ filter: {}, orderBy: { field: 'END_DATE', direction: 'ASC' }, first: 25 });
    // A procurement lead records contracts; the header links to the register.
    expect(screen.getByRole('button', { name: 'Record a contract' }).getAttribute('href')).toBe(
      '/contracts/new',
    );
    expect(screen.getByRole('button', { name: 'Import a register' }).getAttribute('href')).toBe(
      '/contracts/import',
    );
    expect(screen.getByRole('button', { name: 'Import OCDS data' }).getAttribute('href')).toBe(
      '/contracts/import/ocds',
    );
    expect(
      within(screen.getByRole('navigation', { name: 'Menu' }))
        .getByRole('link', { name: 'Contracts' })
        .getAttribute('aria-current'),
    ).toBe('page');
  });

  it('puts the search and every filter in the address, and asks for exactly those', async () => {
    const person = userEvent.setup();
    const { router } = renderRegister('/contracts');
    await screen.findByRole('link', { name: 'RAL-2026-001' });

    await person.click(screen.getByText('Filter and sort'));
    await person.click(screen.getByRole('checkbox', { name: 'Active' }));
    await person.click(screen.getByRole('checkbox', { name: 'Electronic patient record (EPR)' }));
    await person.selectOptions(screen.getByRole('combobox', { name: 'How it was bought' }), 'off');
    await person.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'value-desc');
    const endsBy = screen.getByRole('group', { name: 'Ends on or before' });
    await person.type(within(endsBy).getByLabelText('Day'), '31');
    await person.type(within(endsBy).getByLabelText('Month'), '3');
    await person.type(within(endsBy).getByLabelText('Year'), '2028');
    await person.type(screen.getByLabelText('Search by reference, title or supplier'), 'sentinel');
    await person.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        '1 active contract ending by 31 Mar 2028 matches “sentinel”',
      ),
    );
    expect(router.state.location.search).toBe(
      '?q=sentinel&status=active&framework=off&category=epr&ending-before=2028-03-31&sort=value-desc',
    );
    expect(requests.at(-1)).toEqual({
      filter: {
        search: 'sentinel',
        statuses: ['ACTIVE'],
        onFramework: false,
        categories: ['EPR'],
        endingBefore: '2028-03-31',
      },
      orderBy: { field: 'TOTAL_VALUE', direction: 'DESC' },
      first: 25,
    });
  });

  it('has a view of the active contracts ending in the next 12 months', async () => {
    const person = userEvent.setup();
    const { router } = renderRegister('/contracts');
    await screen.findByRole('link', { name: 'RAL-2026-001' });
    const views = screen.getByRole('navigation', { name: 'Views of the register' });
    expect(within(views).getByRole('link', { name: 'All contracts' }).getAttribute('aria-current')).toBe(
      'page',
    );

    await person.click(within(views).getByRole('link', { name: 'Ending in the next 12 months' }));
    const today = todayInEngland();
    const inAYear = addMonths(today, 12);
    expect(new URLSearchParams(router.state.location.search).toString()).toBe(
      new URLSearchParams({ status: 'active', 'ending-after': today, 'ending-before': inAYear }).toString(),
    );
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toMatch(/^1 active contract ending from /),
    );
    expect(requests.at(-1)?.filter).toEqual({
      statuses: ['ACTIVE'],
      endingAfter: today,
      endingBefore: inAYear,
    });
    expect(
      within(views).getByRole('link', { name: 'Ending in the next 12 months' }).getAttribute('aria-current'),
    ).toBe('page');
  });

  it('says what to do when the trust has recorded nothing yet', async () => {
    renderRegister('/contracts', priya, registerAnswer([]));
    await screen.findByRole('heading', { name: 'No contracts recorded yet' });
    expect(
      screen.getByText(/Royal Free London NHS Foundation Trust has no contracts in Concord yet/),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Record a contract' }).getAttribute('href')).toBe(
      '/contracts/new',
    );
  });

  it('tells a compliance lead who records contracts, and offers no button', async () => {
    renderRegister('/contracts', user('Casey Compliance', [complianceAtBirmingham]), registerAnswer([]));
    await screen.findByRole('heading', { name: 'No contracts recorded yet' });
    expect(screen.getByText('Your trust’s procurement team records its contracts here.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Record a contract' })).toBeNull();
  });

  it('explains an empty search apart from an empty register', async () => {
    renderRegister('/contracts?q=nothing', priya, registerAnswer([]));
    await screen.findByRole('heading', { name: 'No contracts match “nothing”' });
    expect(screen.getByRole('link', { name: 'clear the search and the filters' }).getAttribute('href')).toBe(
      '/contracts',
    );
  });

  it('shows central users every trust, with a filter by trust', async () => {
    renderRegister('/contracts?buyer=ral', chris);
    const link = await screen.findByRole('link', { name: 'RAL-2026-001' });
    expect(
      within(link.closest('tr') as HTMLElement).getByText('Royal Free London NHS Foundation Trust'),
    ).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Trust’s ODS code' }) as HTMLInputElement).value).toBe('RAL');
    expect(requests[0]?.filter).toEqual({ buyerOdsCodes: ['RAL'] });
  });

  it('names what it cannot read in the address instead of guessing', async () => {
    renderRegister('/contracts?status=live&ending-after=soon');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('“live” is not a contract status.');
    expect(alert.textContent).toContain('“soon” (ending-after) is not a date.');
    expect(requests).toEqual([]);
  });

  it('asks a visitor to sign in and tells a supplier the register is not theirs', async () => {
    renderRegister('/contracts', null);
    await screen.findByRole('heading', { name: 'Sign in to continue' });
    cleanup();
    renderRegister(
      '/contracts',
      user('Sam Supplier', [
        {
          __typename: 'Membership',
          id: 'membership-s',
          role: 'SUPPLIER',
          organisation: null,
          supplier: { __typename: 'Supplier', id: 'sup-1', name: 'Meridian' },
        },
      ]),
    );
    await screen.findByRole('heading', { name: 'You do not have access to contracts' });
    expect(requests).toEqual([]);
  });
});
