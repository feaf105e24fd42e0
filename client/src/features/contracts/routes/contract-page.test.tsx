import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ConfirmContractDocument,
  ContractPageDocument,
  DeleteContractDocument,
  type ContractPage_ContractFragment,
  type ContractVersionInput,
} from '../../../gql/graphql';
import { complianceAtBirmingham, FakeSession, renderFrame, user, type Me } from '../../../test/render-frame';
import { contractsRoutes } from '../routes';
import { contractFixture, oneOffLine, priya, recurringLine } from '../test-fixtures';

beforeAll(() => {
  window.scrollTo = () => undefined;
});

let sent: { confirm: ContractVersionInput[]; delete: ContractVersionInput[] } = { confirm: [], delete: [] };
afterEach(() => {
  cleanup();
  sent = { confirm: [], delete: [] };
});

function renderPage(contract: ContractPage_ContractFragment | null = contractFixture(), me: Me = priya) {
  return renderFrame({
    url: '/contracts/contract-1',
    routes: [
      ...contractsRoutes.filter((route) => route.path !== 'contracts'),
      { path: '/contracts', element: <h1>Register</h1> },
    ],
    mocks: [
      new FakeSession(me).viewerMock(),
      {
        request: { query: ContractPageDocument, variables: { id: 'contract-1' } },
        result: { data: { contract } },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      {
        request: {
          query: ConfirmContractDocument,
          variables: (variables: { input: ContractVersionInput }) => {
            sent.confirm.push(variables.input);
            return true;
          },
        },
        result: {
          data: {
            confirmContract: {
              __typename: 'ConfirmContractPayload',
              contract: contract && { ...contract, status: 'ACTIVE', rowVersion: contract.rowVersion + 1 },
              userErrors: [],
            },
          },
        },
      },
      {
        request: {
          query: DeleteContractDocument,
          variables: (variables: { input: ContractVersionInput }) => {
            sent.delete.push(variables.input);
            return true;
          },
        },
        result: {
          data: {
            deleteContract: {
              __typename: 'DeleteContractPayload',
              deletedContractId: 'contract-1',
              userErrors: [],
            },
          },
        },
      },
    ],
  });
}

const table = (caption: string) =>
  screen.getByRole('table', { name: new RegExp(`^${caption}`) }) as HTMLTableElement;

describe('ContractPage', () => {
  it('shows the contract’s facts: trust, supplier, the lot it was called off from, dates and money', async () => {
    renderPage();
    await screen.findByRole('heading', { level: 1, name: 'Sentinel EPR' });
    const facts = Object.fromEntries(
      [...document.querySelectorAll('.nhsuk-summary-list__row')].map((row) => [
        row.querySelector('dt')?.textContent,
        row.querySelector('dd')?.textContent,
      ]),
    );
    expect(facts).toMatchObject({
      Trust: 'Royal Free London NHS Foundation Trust',
      Supplier: 'Brightwater Clinical Informatics UK Ltd',
      'How it was bought':
        'Called off from Clinical Digital Systems 2 (CDX-2026-001), lot 1: Electronic patient records',
      Starts: '1 Apr 2026',
      Ends: '31 Mar 2029',
      'Latest end with extensions': '31 Mar 2031',
      'Total value': '£1,500,000.00',
    });
    expect(facts['Who sees the prices']).toMatch(
      /^Anonymous\. Other trusts see these prices only within figures for at least 5 trusts/,
    );
    expect(screen.getByRole('link', { name: 'Clinical Digital Systems 2' }).getAttribute('href')).toBe(
      '/frameworks/CDX-2026-001',
    );
    expect(document.title).toBe('Sentinel EPR (RAL-2026-001) – Concord');
  });

  it('links to the contract’s open data once it is published, and not while it is a draft', async () => {
    renderPage(contractFixture({ ocdsUrl: '/ocds/contracts/contract-1.json' }));
    await screen.findByRole('heading', { level: 1, name: 'Sentinel EPR' });
    const link = screen.getByRole('link', { name: 'Open data (OCDS)' });
    expect(link.getAttribute('href')).toBe('/ocds/contracts/contract-1.json');
    expect(link.closest('.nhsuk-summary-list__row')?.querySelector('dt')?.textContent).toBe('Open data');
    cleanup();
    renderPage(contractFixture({ status: 'DRAFT', ocdsUrl: null }));
    await screen.findByRole('heading', { level: 1, name: 'Sentinel EPR' });
    expect(screen.queryByRole('link', { name: 'Open data (OCDS)' })).toBeNull();
  });

  it('flags a line above its framework ceiling, with the ceiling on the same footing and by how much', async () => {
    renderPage();
    await screen.findByRole('heading', { level: 1, name: 'Sentinel EPR' });
    const callout = screen.getByRole('heading', { name: /Above the framework ceiling/ })
      .parentElement as HTMLElement;
    expect(callout.textContent).toContain('1 line is priced above the framework’s ceiling.');

    const row = within(table('Recurring charges')).getByRole('rowheader', {
      name: /Sentinel Care Record 8\.5/,
    }).parentElement as HTMLElement;
    const cells = [...row.querySelectorAll('td')].map((cell) =>
      cell.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(cells).toEqual([
      'Unit Per bed',
      'Billed Yearly',
      'Quantity 300',
      'Unit price £2,100.00',
      'Discount None',
      'Net unit price £2,100.00',
      'A year per unit £2,100.00',
      'Ceiling a year £1,920.00Above ceilingby £180.00 a bed a year',
    ]);
    expect(within(row).getByText('Bundle')).toBeTruthy();
  });

  it('shows one-off charges apart: the price charged once and what it comes to a year', async () => {
    renderPage();
    await screen.findByRole('heading', { level: 1, name: 'Sentinel EPR' });
    expect(within(table('Recurring charges')).queryByText('Implementation')).toBeNull();
    const oneOff = table('One-off charges');
    const row = within(oneOff).getByRole('rowheader', { name: /Implementation/ })
      .parentElement as HTMLElement;
    const cells = [...row.querySelectorAll('td')].map((cell) =>
      cell.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(cells).toEqual([
      'Unit Per site',
      'Quantity 2',
      'Unit price £90,000.00',
      'Discount None',
      'Net price, once £90,000.00',
      'Spread over a year £30,000.00',
      'Ceiling, spread over a year No framework price',
    ]);
    // Kept out of comparisons, with the trust's reason.
    expect(within(row).getByText('Kept out of comparisons')).toBeTruthy();
    expect(within(row).getByText('Why: Includes data migration from the old system')).toBeTruthy();
  });

  it('leaves the ceiling out of an off-framework contract and shows a day rate’s role and grade', async () => {
    renderPage(
      contractFixture({
        award: null,
        route: 'DIRECT_AWARD',
        anyAboveCeiling: false,
        lines: [
          {
            ...recurringLine,
            pricingUnit: 'PER_DAY',
            billingPeriod: 'ONE_OFF',
            role: 'Solution architect',
            grade: 'Senior',
            productVersion: null,
            description: 'Design authority',
            aboveCeiling: false,
            observation: { ...oneOffLine.observation, ceilingAnnualUnitPrice: null },
          },
        ],
      }),
    );
    await screen.findByRole('heading', { level: 1, name: 'Sentinel EPR' });
    expect(screen.getByText('Off-framework: direct award')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /Above the framework ceiling/ })).toBeNull();
    const oneOff = table('One-off charges');
    expect(within(oneOff).queryByRole('columnheader', { name: /Ceiling/ })).toBeNull();
    expect(within(oneOff).getByText('Solution architect (Senior)')).toBeTruthy();
  });

  it('offers an editor Edit and End early on an active contract; a compliance lead only reads', async () => {
    renderPage();
    await screen.findByRole('heading', { level: 1, name: 'Sentinel EPR' });
    expect(screen.getByRole('button', { name: 'Edit contract' }).getAttribute('href')).toBe(
      '/contracts/contract-1/edit',
    );
    expect(screen.getByRole('button', { name: 'End early' }).getAttribute('href')).toBe(
      '/contracts/contract-1/end-early',
    );
    expect(screen.queryByRole('button', { name: 'Delete draft' })).toBeNull();
    cleanup();

    renderPage(contractFixture({ viewerCanEdit: false }), user('Casey Compliance', [complianceAtBirmingham]));
    await screen.findByRole('heading', { level: 1, name: 'Sentinel EPR' });
    expect(screen.queryByRole('button', { name: 'Edit contract' })).toBeNull();
    expect(
      screen.getByRole('table', { name: 'Changes to the contract, newest first' }).textContent,
    ).toContain('Priya Procurement');
  });

  it('confirms a draft where it is, with a notice', async () => {
    const person = userEvent.setup();
    renderPage(contractFixture({ status: 'DRAFT' }));
    await screen.findByText('This is a draft. Its prices count in no comparison until it is confirmed.');
    await person.click(screen.getByRole('button', { name: 'Confirm contract' }));
    await screen.findByText('RAL-2026-001 has been confirmed. Its prices now count in comparisons.');
    expect(sent.confirm).toEqual([{ id: 'contract-1', expectedRowVersion: 2 }]);
  });

  it('deletes a draft only after asking, then returns to the register', async () => {
    const person = userEvent.setup();
    const { router } = renderPage(contractFixture({ status: 'DRAFT' }));
    await screen.findByRole('heading', { level: 1, name: 'Sentinel EPR' });
    await person.click(screen.getByRole('button', { name: 'Delete draft' }));
    const confirm = screen.getByRole('group', { name: /Delete draft RAL-2026-001\?$/ });
    expect(sent.delete).toEqual([]);
    await person.click(within(confirm).getByRole('button', { name: 'Yes, delete the draft' }));
    await screen.findByRole('heading', { name: 'Register' });
    expect(router.state.location.pathname).toBe('/contracts');
    expect(screen.getByRole('alert').textContent).toContain('Draft RAL-2026-001 has been deleted.');
    expect(sent.delete).toEqual([{ id: 'contract-1', expectedRowVersion: 2 }]);
  });

  it('says a contract nobody may see here is not found', async () => {
    renderPage(null);
    await screen.findByRole('heading', { name: 'Contract not found' });
    expect(screen.getByRole('link', { name: 'Go to the contract register' }).getAttribute('href')).toBe(
      '/contracts',
    );
    expect(document.title).toBe('Contract not found – Concord');
  });
});
