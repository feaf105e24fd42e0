import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  CentralSavingsDocument,
  CentralUptakeDocument,
  ComplianceHomeTrustDocument,
  ComplianceNoticesDocument,
  EndingContractsDocument,
  SupplierHomeProductsDocument,
  TrustSavingsDocument,
  type ComplianceNoticesQuery,
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
  notice,
  noticesAnswer,
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

const meridian = {
  __typename: 'Membership',
  id: 'membership-supplier',
  role: 'SUPPLIER',
  organisation: null,
  supplier: { __typename: 'Supplier', id: 'supplier-meridian', name: 'Meridian Health Systems Ltd' },
} as const;

function renderHome(me: Me | null, url = '/', notices: ComplianceNoticesQuery = noticesAnswer()) {
  return renderFrame({
    url,
    routes: [{ index: true, element: <HomePage /> }],
    mocks: [
      new FakeSession(me).viewerMock(),
      {
        request: { query: ComplianceNoticesDocument, variables: { withinDays: 90 } },
        result: { data: notices },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      {
        request: { query: ComplianceHomeTrustDocument },
        result: {
          data: {
            me: {
              __typename: 'Me',
              activeMembership: {
                __typename: 'Membership',
                id: complianceAtBirmingham.id,
                organisation: { __typename: 'Organisation', id: 'org-rrk', odsCode: 'RRK' },
              },
            },
          },
        },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      {
        request: { query: SupplierHomeProductsDocument, variables: { id: 'supplier-meridian' } },
        result: {
          data: {
            supplier: {
              __typename: 'Supplier',
              id: 'supplier-meridian',
              products: [{ __typename: 'Product', id: 'product-meridian-pacs', name: 'Meridian PACS' }],
            },
          },
        },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
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

  it('shows a trust’s compliance lead what needs attention, each notice in words and linked to its declaration', async () => {
    renderHome(user('Cara Compliance', [complianceAtBirmingham]));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your trust’s compliance' })).toBeTruthy();
    expect(savingsAsked).toEqual([]);
    const table = await screen.findByRole('table', { name: 'What needs your attention' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('link').getAttribute('href'))).toEqual([
      '/declarations/declaration-iso',
      '/declarations/declaration-gs1',
      '/declarations/declaration-ce-plus',
    ]);
    expect(within(rows[0]!).getByText('Rejected').className).toContain('nhsuk-tag');
    expect(rows[0]!.textContent).toContain(
      'ISO/IEC 27001 Information security management systems (ISO27001)',
    );
    // Every notice is about the trust: it is named once, above them.
    expect(
      screen.getByText(/^3 declarations of Royal Free London NHS Foundation Trust need your attention/),
    ).toBeTruthy();
    expect(within(table).queryByRole('columnheader', { name: 'For' })).toBeNull();
    expect(rows[0]!.textContent).toContain('Rejected 20 Nov 2026');
    expect(rows[0]!.textContent).toContain('The certificate named does not cover the trust’s data centre.');
    expect(within(rows[1]!).getByText('Plan overdue')).toBeTruthy();
    expect(rows[1]!.textContent).toContain('Plan due 1 Oct 2026');
    expect(rows[2]!.textContent).toContain('Lapsing soon');
    expect(rows[2]!.textContent).toContain('Expires 16 Jan 2027');
    expect(
      (await screen.findByRole('link', { name: 'Your systems’ gaps against standards' })).getAttribute(
        'href',
      ),
    ).toBe('/organisations/RRK/estate');
    expect(
      screen.getByRole('link', { name: 'Your trust’s compliance with standards' }).getAttribute('href'),
    ).toBe('/organisations/RRK/compliance');
    expect(
      screen.getByRole('link', { name: 'Overdue plans and declarations lapsing soon' }).getAttribute('href'),
    ).toBe('/compliance/attention');
  });

  it('tells a trust’s compliance lead when nothing needs their attention', async () => {
    renderHome(user('Cara Compliance', [complianceAtBirmingham]), '/', noticesAnswer([]));
    expect(await screen.findByText('Nothing needs your attention.')).toBeTruthy();
  });

  it('shows a supplier its notices and its products’ conformance', async () => {
    renderHome(
      user('Sam Supplier', [meridian]),
      '/',
      noticesAnswer([
        notice({ kind: 'LAPSED', subjectName: 'Meridian PACS 7.1', date: '2026-11-30', comment: null }),
        notice({ declarationId: 'declaration-dicom', subjectName: 'Meridian PACS 7.2' }),
      ]),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Your products’ conformance' })).toBeTruthy();
    expect(screen.getByText('Meridian Health Systems Ltd')).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'What needs your attention' });
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.querySelectorAll('td')[1]?.textContent),
    ).toEqual(['For Meridian PACS 7.1', 'For Meridian PACS 7.2']);
    expect(within(table).getAllByRole('row')[1]!.textContent).toContain('Expired 30 Nov 2026');
    expect((await screen.findByRole('link', { name: 'Meridian PACS' })).getAttribute('href')).toBe(
      '/products/product-meridian-pacs/conformance',
    );
    expect(
      screen.getByRole('link', { name: 'Products against interoperability standards' }).getAttribute('href'),
    ).toBe('/compliance/products');
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

  it('shows a procurement lead the trust’s compliance notices too', async () => {
    renderHome(priya);
    const notices = await screen.findByRole('table', { name: 'Compliance notices' });
    expect(within(notices).getAllByRole('row')).toHaveLength(4);
    expect(within(notices).getByRole('link', { name: 'Cyber Essentials Plus' }).getAttribute('href')).toBe(
      '/declarations/declaration-ce-plus',
    );
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
