import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  CentralSavingsDocument,
  CentralUptakeDocument,
  EndingContractsDocument,
  TrustSavingsDocument,
  type CentralSavingsQueryVariables,
  type TrustSavingsQueryVariables,
} from '../../../gql/graphql';
import {
  chris,
  complianceAtBirmingham,
  FakeSession,
  renderFrame,
  user,
  type Me,
} from '../../../test/render-frame';
import { priya } from '../../compare/test-fixtures';
import {
  centralSavingsAnswer,
  centralUptakeAnswer,
  endingAnswer,
  opportunity,
  trustSavingsAnswer,
} from '../test-fixtures';
import { HomePage } from './home-page';

beforeAll(() => {
  window.scrollTo = () => undefined;
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

let savingsAsked: (TrustSavingsQueryVariables | CentralSavingsQueryVariables)[] = [];
afterEach(() => {
  cleanup();
  savingsAsked = [];
});

const dayRate = opportunity({
  contractId: 'contract-3',
  contractReference: 'RAL-2026-003',
  item: 'Clinical safety officer (Senior)',
  productId: null,
  serviceRole: 'Clinical safety officer',
  grade: 'Senior',
  pricingUnit: 'PER_DAY',
  unitPrice: { __typename: 'Money', amount: '900.0000' },
  targetPrice: { __typename: 'Money', amount: '800.0000' },
  annualSaving: { __typename: 'Money', amount: '1500.00' },
});

function renderHome(me: Me | null, url = '/') {
  return renderFrame({
    url,
    routes: [{ index: true, element: <HomePage /> }],
    mocks: [
      new FakeSession(me).viewerMock(),
      {
        request: {
          query: TrustSavingsDocument,
          variables: (variables: TrustSavingsQueryVariables) => {
            savingsAsked.push(variables);
            return variables.target === 'MEDIAN';
          },
        },
        result: { data: trustSavingsAnswer('MEDIAN', [opportunity(), dayRate], 12, '9500.00') },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      {
        request: { query: TrustSavingsDocument, variables: { target: 'CEILING' } },
        result: { data: trustSavingsAnswer('CEILING', []) },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      {
        request: { query: EndingContractsDocument, variables: () => true },
        result: { data: endingAnswer() },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      {
        request: {
          query: CentralSavingsDocument,
          variables: (variables: CentralSavingsQueryVariables) => {
            savingsAsked.push(variables);
            return true;
          },
        },
        result: (variables: CentralSavingsQueryVariables) => ({
          data: centralSavingsAnswer(variables.target),
        }),
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      {
        request: { query: CentralUptakeDocument },
        result: { data: centralUptakeAnswer() },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
    ],
  });
}

describe('HomePage', () => {
  it('welcomes a visitor with what Concord is', async () => {
    renderHome(null);
    expect(await screen.findByRole('heading', { level: 1, name: 'Concord' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Find a framework deal' }).getAttribute('href')).toBe(
      '/frameworks',
    );
  });

  it('welcomes a trust user who cannot compare prices the same way', async () => {
    renderHome(user('Cara Compliance', [complianceAtBirmingham]));
    expect(await screen.findByRole('heading', { level: 1, name: 'Concord' })).toBeTruthy();
    expect(savingsAsked).toEqual([]);
  });

  it('shows a procurement lead what the trust could save, line by line, each linked to its comparison', async () => {
    renderHome(priya);
    expect(await screen.findByRole('heading', { level: 1, name: 'Your trust’s deals' })).toBeTruthy();
    expect(
      await screen.findByText('You could save £9,500.00 a year at the median on 12 lines.'),
    ).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Your top savings' });
    const [product, role] = within(table).getAllByRole('row').slice(1);
    expect(
      within(product!)
        .getByRole('link', { name: 'Sentinel Care Record: compare prices' })
        .getAttribute('href'),
    ).toBe('/compare?product=product-sentinel');
    expect(within(product!).getByRole('link', { name: 'RAL-2026-001' }).getAttribute('href')).toBe(
      '/contracts/contract-1',
    );
    expect(product!.textContent).toContain('£80.00 a user a year');
    expect(product!.textContent).toContain('£2,000.00');
    const roleLink = within(role!)
      .getByRole('link', { name: /Clinical safety officer/ })
      .getAttribute('href');
    expect(new URLSearchParams(roleLink!.split('?')[1]).get('role')).toBe('Clinical safety officer');
    expect(screen.getByText('These are the 2 lines with most to save.')).toBeTruthy();
    // Nothing above a ceiling says so.
    expect(
      await screen.findByText('None of your lines in force is priced above a framework ceiling.'),
    ).toBeTruthy();
    expect(savingsAsked.map((v) => v.target).sort()).toEqual(['CEILING', 'MEDIAN']);
  });

  it('lists contracts ending in the next year with the neighbours whose contracts end near them', async () => {
    renderHome(priya);
    const table = await screen.findByRole('table', { name: 'Contracts ending in the next 12 months' });
    const [row] = within(table).getAllByRole('row').slice(1);
    expect(within(row!).getByRole('link', { name: 'Pathology system' }).getAttribute('href')).toBe(
      '/contracts/contract-9',
    );
    expect(row!.textContent).toContain('31 Mar 2027');
    // Barts once, at its nearer end date; Hillingdon is eight months off, outside six.
    const partners = within(row!).getByText('1 trust').closest('details')!;
    await userEvent.click(within(partners).getByText('1 trust'));
    expect(
      within(partners)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Barts Health NHS Trust, ends 31 May 2027']);
    expect(partners.textContent).toContain('Laboratory');
  });

  it('shows a central user where the NHS could save, by region and ICB, and framework uptake', async () => {
    renderHome(chris);
    expect(await screen.findByRole('heading', { level: 1, name: 'Where the NHS could save' })).toBeTruthy();
    expect((await screen.findByTestId('national-saving')).textContent).toBe(
      '£5,500.00 a year on 3 lines at 2 trusts',
    );
    expect(
      screen.getByRole('img', {
        name: /Bar chart, Saving a year by NHS region: London £3\.5k; Midlands £2k/,
      }),
    ).toBeTruthy();
    const regions = screen.getByRole('table', { name: 'Saving a year by nhs region' });
    expect(
      within(regions)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.textContent),
    ).toEqual([
      'Region LondonLines 2 linesSaving a year £3,500.00',
      'Region MidlandsLines 1 lineSaving a year £2,000.00',
    ]);
    expect(screen.getByRole('img', { name: /West and North London £3\.5k/ })).toBeTruthy();
    const largest = screen.getByRole('table', { name: 'The 2 lines with most to save' });
    expect(within(largest).getByText('University Hospitals Birmingham NHS Foundation Trust')).toBeTruthy();
    expect((await screen.findByTestId('uptake-share')).textContent).toBe(
      '75% of spend through frameworks (£300,000.00 of £400,000.00 a year; 3 of 4 contracts)',
    );
    const alternatives = screen.getByRole('table', {
      name: /Off-framework contracts with a framework alternative/,
    });
    expect(within(alternatives).getByRole('link', { name: 'NHSE-2026-EPR' }).getAttribute('href')).toBe(
      '/frameworks/NHSE-2026-EPR',
    );
  });

  it('measures a central user’s savings against the target chosen, kept in the address', async () => {
    const { router } = renderHome(chris);
    await screen.findByTestId('national-saving');
    await userEvent.selectOptions(screen.getByLabelText('Measure each line against'), 'LOWER_QUARTILE');
    await userEvent.click(screen.getByRole('button', { name: 'Show savings' }));
    expect(router.state.location.search).toBe('?target=lower-quartile');
    expect(await screen.findByRole('heading', { name: 'Savings at the lower quartile' })).toBeTruthy();
    expect(savingsAsked.map((v) => v.target)).toContain('LOWER_QUARTILE');
  });
});
